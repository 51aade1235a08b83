/// What sample store to generate: its size, months and random seed.
public struct SampleStoreSpec: Sendable, Hashable {
    /// The 店铺名称 written on every order row and in contract.json.
    public var storeName: String
    /// The seed of the generator's own random numbers: the same spec always gives the same bytes.
    public var seed: UInt64
    /// The first month, `YYYY-MM`.
    public var firstMonth: String
    /// How many months of exports to write, from `firstMonth` on.
    public var monthCount: Int
    /// Legitimate orders per day, on average.
    ///
    /// Traffic and ad spend scale with it (a 50-a-day store is the reference), and so does the
    /// contract's daily ad-spend limit.
    public var ordersPerDay: Int
    /// Plant fraud, hard negatives and one broken row.
    public var plantAnomalies: Bool
    /// Write the order reports in UTF-8 instead of the back office's GB18030 (for benchmarks;
    /// legacy CSV only).
    public var utf8Orders: Bool = false
    /// Write the exports as the back offices did until 2023 — CSV only, the old column names —
    /// instead of today's containers: 千牛 orders `.xlsx` with a 子订单 file, 生意参谋 `.xls`,
    /// 万相台 `.zip`. The same seed gives the same store either way.
    public var legacyCSV: Bool = false
    /// Write 千牛's order report as a workbook saved again in Excel or WPS: deflated, text in
    /// shared strings (for benchmarks; today's containers only).
    public var resavedOrders: Bool = false
    /// The platform whose files are written (`contract.json`'s `store.platform`); 淘宝/天猫 by default.
    public var platform: SamplePlatform = .taobao
    /// Plant the causes the three-step diagnosis tells apart (淘宝/天猫 only): a best-seller out of
    /// stock for 4 days, a market-wide and a store-only dip in 生意参谋's 数据概览 downloads, a last
    /// month downloaded on the 2nd of the next month with an ROI red-line run on its last 3 days,
    /// and their hard negatives; their truth goes to expected.json's `diagnosis`.
    public var plantDiagnosis: Bool = false
    /// Write 千牛's 退款管理 export each month (淘宝/天猫 only): one row per refunded order, its goods
    /// status and the buyer's reason. With `plantDiagnosis`, the best-seller's stock-out is then an
    /// oversold one (orders taken, refunded unshipped with the reason 缺货) instead of a listing taken down.
    public var refundExport: Bool = false
    /// Write 生意参谋's 商品_全部 (one .xls a day) and 千牛's product-list snapshots (商品批量导出) each
    /// month (淘宝/天猫 only). With `plantDiagnosis`, the stock-outs show in them (售罄 days, a second
    /// run visited and carted without a sale, stock at 0 in a snapshot), the discontinued item is
    /// 下架 to the end, and the second month's snapshots hold an approved and an unapproved price change.
    public var itemExports: Bool = false
    /// Write the downloads the three-step diagnosis reads for the store as it is, with no cause
    /// planted in its orders or traffic (淘宝/天猫; the demo store's): 生意参谋's
    /// 数据概览 each month (the peer tier roughly flat), 客服绩效 (slow in the second month) and
    /// 千牛's 单品立减导出 (no activity in weeks 2 and 3 of the last month). `plantDiagnosis` writes
    /// them itself, with its causes.
    public var diagnosisDownloads: Bool = false

    /// Creates a spec; the defaults are the demo store's.
    public init(
        storeName: String = "示例女装旗舰店", seed: UInt64 = 20_250_701, firstMonth: String = "2025-07",
        monthCount: Int = 3, ordersPerDay: Int = 50, plantAnomalies: Bool = true
    ) {
        self.storeName = storeName
        self.seed = seed
        self.firstMonth = firstMonth
        self.monthCount = monthCount
        self.ordersPerDay = ordersPerDay
        self.plantAnomalies = plantAnomalies
    }

    /// The bundled demo store: three months from 2025-07, about 50 orders a day, with the downloads
    /// the three-step diagnosis reads.
    public static let demo: SampleStoreSpec = {
        var spec = SampleStoreSpec()
        spec.diagnosisDownloads = true
        return spec
    }()

    /// The largest supported `ordersPerDay` (about 6 million orders, 2 GB of order reports, a month).
    public static let maximumOrdersPerDay = 200_000
    /// The largest supported `monthCount`.
    public static let maximumMonthCount = 120
}

/// What the generator wrote.
public struct SampleStoreSummary: Sendable {
    /// Files written under exports/ (the exports and the agency's claims files), relative to the store
    /// folder, sorted (contract.json and expected.json not included).
    public var files: [String]
    /// Data rows written to the order reports, the planted broken row included.
    public var orderRows: Int
    /// The figures an audit of the store must reproduce, as written to expected.json.
    public var expected: SampleExpectation
}

/// A reason the generator could not write the workspace, worded for the merchant.
public struct SampleGeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and what to change.
    public var description: String

    /// Creates an error with its message.
    public init(_ description: String) { self.description = description }

    static func cannotWrite(_ path: String, reason: String) -> SampleGeneratorError {
        SampleGeneratorError("无法写入示例店铺文件 \(path)：\(reason)")
    }

    static func invalidSpec(_ field: String, _ problem: String) -> SampleGeneratorError {
        SampleGeneratorError("无法生成示例店铺：\(field) \(problem)")
    }
}
