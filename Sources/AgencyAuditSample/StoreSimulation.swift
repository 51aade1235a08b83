import Foundation

/// One platform's sample store being written: its exports month by month in the platform's own
/// shapes, then contract.json and expected.json.
///
/// Each platform draws from its own seeded generator and keeps its own state (the Taobao store
/// plans planted anomalies across months, the others write clean stores), so the protocol asks only
/// for what `SampleStoreGenerator.write` needs: a simulation made from the spec, and one run of it.
protocol StoreSimulation {
    /// The months to write, from the spec's first month on.
    var months: [(year: Int, month: Int)] { get }

    /// - Parameters:
    ///   - root: the store folder, already created.
    ///   - firstYear: the spec's first month, already checked (`SampleStoreGenerator.validate`).
    init(spec: SampleStoreSpec, root: URL, firstYear: Int, firstMonth: Int)

    /// Writes every month, contract.json and expected.json into `root`.
    mutating func run() throws -> SampleStoreSummary
}

extension StoreSimulation {
    /// The month's folder name under `exports/`, `2025-08`.
    func label(_ i: Int) -> String { SampleStoreFolder.label(months[i]) }
}
