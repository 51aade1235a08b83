import Foundation

/// Writes a realistic sample store workspace: contract.json, the monthly exports in the
/// platforms' own shapes, and expected.json with the figures an audit must reproduce.
///
/// Streams day by day, so a month of millions of orders needs no more memory than a day of them.
public enum SampleStoreGenerator {
    /// Writes a complete store workspace into `directory` (created if missing; existing files it writes are replaced).
    ///
    /// - Returns: the files written and the expected figures (also written as expected.json).
    /// - Throws: `SampleGeneratorError` when the spec is out of range or a file cannot be written.
    public static func write(_ spec: SampleStoreSpec, to directory: URL) throws -> SampleStoreSummary {
        let (year, month) = try validate(spec)
        guard SamplePlatform.supported.contains(spec.platform) else {
            throw SampleGeneratorError.invalidSpec(
                "platform",
                "暂不支持生成\(spec.platform.displayName)的示例店铺（可用：\(SamplePlatform.supported.map(\.rawValue).joined(separator: ", "))）"
            )
        }
        guard !spec.plantDiagnosis || spec.platform == .taobao else {
            throw SampleGeneratorError.invalidSpec("plantDiagnosis", "只用于淘宝/天猫的示例店铺")
        }
        guard !spec.itemExports || (spec.platform == .taobao && spec.plantDiagnosis) else {
            throw SampleGeneratorError.invalidSpec("itemExports", "只用于淘宝/天猫的诊断示例店铺（需同时 plantDiagnosis）")
        }
        guard !spec.refundExport || spec.platform == .taobao else {
            throw SampleGeneratorError.invalidSpec("refundExport", "只用于淘宝/天猫的示例店铺")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(directory.path, error: error)
        }
        var simulation = spec.platform.simulation.init(
            spec: spec, root: directory, firstYear: year, firstMonth: month)
        return try simulation.run()
    }

    /// The first month as numbers, after checking every field of `spec` is usable.
    static func validate(_ spec: SampleStoreSpec) throws -> (year: Int, month: Int) {
        let parts = spec.firstMonth.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), (2000...2099).contains(year), (1...12).contains(month)
        else {
            throw SampleGeneratorError.invalidSpec(
                "firstMonth", "应为 2000-01 到 2099-12 之间的 YYYY-MM 月份，实际是「\(spec.firstMonth)」")
        }
        guard (1...SampleStoreSpec.maximumMonthCount).contains(spec.monthCount) else {
            throw SampleGeneratorError.invalidSpec(
                "monthCount", "应为 1 到 \(SampleStoreSpec.maximumMonthCount) 之间的整数，实际是 \(spec.monthCount)")
        }
        guard (1...SampleStoreSpec.maximumOrdersPerDay).contains(spec.ordersPerDay) else {
            throw SampleGeneratorError.invalidSpec(
                "ordersPerDay", "应为 1 到 \(SampleStoreSpec.maximumOrdersPerDay) 之间的整数，实际是 \(spec.ordersPerDay)")
        }
        guard !spec.storeName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SampleGeneratorError.invalidSpec("storeName", "不能为空")
        }
        return (year, month)
    }
}
