import AgencyAudit
import AgencyAuditSample
import AuditRecords
import Foundation

/// `agency-audit sample <dir> [--platform …] …`: writes a sample store workspace.
///
/// The options are declared in `SampleCommand+Declaration.swift`, with the help.
struct SampleCommand: Subcommand {
    var directory: String
    var spec: SampleStoreSpec

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, options: Self.declaration.options)
        guard let dir = list.positionals.first else { throw UsageError.missingArgument(.sampleFolder) }
        guard list.positionals.count == 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        directory = dir
        spec = .demo
        if let s = list.value(of: Option.seed) {
            guard let v = UInt64(s) else {
                throw UsageError.invalidValue(option: Option.seed.name, expected: .anyWholeNumber, found: s)
            }
            spec.seed = v
        }
        if let m = list.value(of: Option.firstMonth) {
            guard YearMonth(m) != nil else {
                throw UsageError.invalidValue(option: Option.firstMonth.name, expected: .month(list: false), found: m)
            }
            spec.firstMonth = m
        }
        if let n = list.value(of: Option.months) {
            guard let v = Int(n), Self.monthCountRange.contains(v) else {
                throw UsageError.invalidValue(
                    option: Option.months.name, expected: .wholeNumber(in: Self.monthCountRange), found: n)
            }
            spec.monthCount = v
        }
        if let n = list.value(of: Option.ordersPerDay) {
            guard let v = Int(n), Self.ordersPerDayRange.contains(v) else {
                throw UsageError.invalidValue(
                    option: Option.ordersPerDay.name, expected: .wholeNumber(in: Self.ordersPerDayRange), found: n)
            }
            spec.ordersPerDay = v
        }
        spec.plantAnomalies = !list.contains(Option.clean)
        spec.utf8Orders = list.contains(Option.utf8Orders)
        spec.legacyCSV = list.contains(Option.legacyCSV)
        spec.resavedOrders = list.contains(Option.resavedOrders)
        spec.plantDiagnosis = list.contains(Option.diagnosis)
        spec.refundExport = list.contains(Option.refundExport)
        spec.itemExports = list.contains(Option.itemExports)
        if spec.itemExports, !spec.plantDiagnosis { throw UsageError.conflict(.itemExportsWithoutDiagnosis) }
        if spec.resavedOrders, spec.legacyCSV { throw UsageError.conflict(.resavedOrdersWithLegacyCSV) }
        if spec.utf8Orders, !spec.legacyCSV { throw UsageError.conflict(.utf8OrdersWithoutLegacyCSV) }
        if let p = list.value(of: Option.platform) {
            guard let platform = SamplePlatform(rawValue: p), SamplePlatform.supported.contains(platform) else {
                throw UsageError.invalidValue(option: Option.platform.name, expected: .platform, found: p)
            }
            spec.platform = platform
            if platform != .taobao {
                for option in [
                    Option.legacyCSV, Option.utf8Orders, Option.resavedOrders, Option.diagnosis, Option.refundExport,
                    Option.itemExports,
                ]
                where list.contains(option) {
                    throw UsageError.conflict(.taobaoOnlyOption(option.name))
                }
            }
        }
    }

    func run(output: inout some TextOutputStream) throws -> ExitCode {
        let summary = try SampleStoreGenerator.write(spec, to: URL(fileURLWithPath: directory))
        print("已写入 \(summary.files.count) 个导出文件（订单 \(summary.orderRows) 行）到 \(directory)", to: &output)
        return .success
    }
}
