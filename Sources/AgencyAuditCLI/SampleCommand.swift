import AgencyAudit
import AgencyAuditSample
import AuditRecords
import Foundation

/// `agency-audit sample <dir> [--platform NAME] [--seed N] [--months N] [--first-month YYYY-MM] [--orders-per-day N] [--clean] [--legacy-csv] [--utf8-orders] [--resaved-orders]`.
struct SampleCommand {
    var directory: String
    var spec: SampleStoreSpec

    static let help = """
        Usage: agency-audit sample <dir> [--platform taobao|pinduoduo|douyin|jd] [--seed N] [--first-month YYYY-MM] [--months N] [--orders-per-day N] [--clean] [--legacy-csv] [--utf8-orders] [--resaved-orders]

        Writes a realistic store workspace in the files the back offices hand out today (千牛 order
        reports as .xlsx with their 子订单 file, 生意参谋 traffic sources as .xls, 万相台 plan reports
        as a .zip of a GBK csv), with planted anomalies, hard negatives and the expected figures in
        expected.json. SampleData/demo-store is made by:
          agency-audit sample SampleData/demo-store

        Options:
          --platform NAME       taobao (default), pinduoduo, douyin or jd: a 拼多多 store (order csv, 推广
                                xlsx) or a 抖店 store (order csv, one row per 子订单, 巨量千川 reports),
                                neither with a traffic file; or a 京东 store (GBK order csv or 订单明细
                                xlsx, 商智 流量来源 xlsx, 京准通 reports, an unread 售后明细)
          --seed N              random seed (default 20250701)
          --first-month YYYY-MM first month (default 2025-07)
          --months N            number of months (default 3)
          --orders-per-day N    legitimate orders per day (default 50)
          --clean               no planted anomalies
          --legacy-csv          the shapes of 2023 and before instead: every export a CSV (GBK order
                                reports, old column names); the same seed gives the same store
          --utf8-orders         with --legacy-csv: order reports in UTF-8 instead of GB18030 (benchmarks)
          --resaved-orders      the order report as Excel or WPS saves it again: deflated, shared strings
                                (benchmarks)
          -h, --help            show this help
        """

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(
            args, valued: ["--seed", "--first-month", "--months", "--orders-per-day", "--platform"],
            switches: ["--clean", "--utf8-orders", "--legacy-csv", "--resaved-orders"])
        guard let dir = list.positionals.first else { throw UsageError.missingArgument(.sampleFolder) }
        guard list.positionals.count == 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        directory = dir
        spec = .demo
        if let s = list.options["--seed"] {
            guard let v = UInt64(s) else {
                throw UsageError.invalidValue(option: "--seed", expected: .anyWholeNumber, found: s)
            }
            spec.seed = v
        }
        if let m = list.options["--first-month"] {
            guard YearMonth(m) != nil else {
                throw UsageError.invalidValue(option: "--first-month", expected: .month(list: false), found: m)
            }
            spec.firstMonth = m
        }
        if let n = list.options["--months"] {
            guard let v = Int(n), (1...24).contains(v) else {
                throw UsageError.invalidValue(option: "--months", expected: .wholeNumber(in: 1...24), found: n)
            }
            spec.monthCount = v
        }
        if let n = list.options["--orders-per-day"] {
            guard let v = Int(n), (1...200_000).contains(v) else {
                throw UsageError.invalidValue(
                    option: "--orders-per-day", expected: .wholeNumber(in: 1...200_000), found: n)
            }
            spec.ordersPerDay = v
        }
        spec.plantAnomalies = !list.flags.contains("--clean")
        spec.utf8Orders = list.flags.contains("--utf8-orders")
        spec.legacyCSV = list.flags.contains("--legacy-csv")
        spec.resavedOrders = list.flags.contains("--resaved-orders")
        if spec.resavedOrders, spec.legacyCSV { throw UsageError.conflict(.resavedOrdersWithLegacyCSV) }
        if spec.utf8Orders, !spec.legacyCSV { throw UsageError.conflict(.utf8OrdersWithoutLegacyCSV) }
        if let p = list.options["--platform"] {
            guard let platform = SamplePlatform(rawValue: p) else {
                throw UsageError.invalidValue(option: "--platform", expected: .platform, found: p)
            }
            spec.platform = platform
            if platform != .taobao {
                for option in ["--legacy-csv", "--utf8-orders", "--resaved-orders"] where list.flags.contains(option) {
                    throw UsageError.conflict(.taobaoOnlyOption(option))
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
