/// What sample store to generate: its size, months and random seed.
public struct SampleStoreSpec: Sendable, Hashable {
    public var storeName: String
    public var seed: UInt64
    /// The first month, `YYYY-MM`.
    public var firstMonth: String
    public var monthCount: Int
    /// Legitimate orders per day, on average.
    public var ordersPerDay: Int
    /// Plant fraud, hard negatives and one broken row.
    public var plantAnomalies: Bool
    /// Write the order reports in UTF-8 instead of the back office's GB18030 (for benchmarks).
    public var utf8Orders: Bool = false

    public init(storeName: String = "示例女装旗舰店", seed: UInt64 = 20_250_701, firstMonth: String = "2025-07",
                monthCount: Int = 3, ordersPerDay: Int = 50, plantAnomalies: Bool = true) {
        self.storeName = storeName
        self.seed = seed
        self.firstMonth = firstMonth
        self.monthCount = monthCount
        self.ordersPerDay = ordersPerDay
        self.plantAnomalies = plantAnomalies
    }

    /// The bundled demo store: three months from 2025-07, about 50 orders a day.
    public static let demo = SampleStoreSpec()
}

/// What the generator wrote.
public struct SampleStoreSummary: Sendable {
    /// Export files, relative to the store folder.
    public var files: [String]
    public var orderRows: Int
    public var expected: SampleExpectation
}

/// A reason the generator could not write the workspace.
public struct SampleGeneratorError: Error, CustomStringConvertible {
    public var description: String
}
