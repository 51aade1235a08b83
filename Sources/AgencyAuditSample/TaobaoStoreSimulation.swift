import Foundation

/// A 淘宝/天猫 store, the demo store: 千牛 order reports with their 子订单 file, 生意参谋 traffic
/// sources and 万相台 plan reports, month by month, with the planted anomalies and hard negatives
/// that `agency-audit evaluate` scores the rules on.
///
/// Its state carries across months: the plan (`plan()`) schedules planted orders on their days
/// before the first month is written, and each month's figures feed the contract's targets.
struct TaobaoStoreSimulation: StoreSimulation {
    let spec: SampleStoreSpec
    let root: URL
    var rng: SplitMix64
    let scale: Double
    var months: [(year: Int, month: Int)] = []
    var orderCounter = 0
    var files: [String] = []
    var orderRows = 0
    var expectedMonths: [SampleExpectation.Month] = []
    var planted: [SampleExpectation.Planted] = []
    var negatives: [String: (month: String, ids: [String], dates: [String])] = [:]
    /// Planted orders scheduled per day (keyed by ISO date), with the id of what they belong to.
    var scheduled: [String: [(SampleOrder, String)]] = [:]
    var plantedIDs: [String: Set<String>] = [:]
    /// Planted order groups: rule, month index, dates.
    var orderPlants: [String: (rule: String, month: Int, dates: [String])] = [:]
    /// The shape each planted group (or day anomaly) plants, when it has a name of its own.
    var plantShapes: [String: String] = [:]
    var monthStats: [MonthStats] = []
    /// The store's e-waybill runs (`storeWaybill`).
    var waybills = WaybillBook()
    /// The diagnosis's planted causes, when the spec asks for them, and their truth.
    var diagnosis: DiagnosisPlan?
    /// The diagnosis's downloads of a store with nothing planted in its orders (`SampleStoreSpec.diagnosisDownloads`),
    /// drawn from a generator of their own so the store's orders and traffic stay as they are without them.
    var downloads: DiagnosisPlan?
    var downloadsRNG: SplitMix64
    var diagnosisTruth: [SampleExpectation.DiagnosisPlant] = []
    /// The month's refund requests for 千牛's 退款管理 export (`SampleStoreSpec.refundExport`).
    var refundRequests: [QianniuRefundExport.Request] = []
    /// The month's sales per day and catalogue item, for 生意参谋's 商品_全部 (`SampleStoreSpec.itemExports`).
    var itemSales = ItemSales(days: 0)

    struct MonthStats {
        var orders = 0
        /// Paid orders without the planted fake ones.
        var legitOrders = 0
        var gmv = 0
        var naturalShare = 0.0
        var roi = 0.0
    }

    init(spec: SampleStoreSpec, root: URL, firstYear: Int, firstMonth: Int) {
        self.spec = spec
        self.root = root
        rng = SplitMix64(seed: spec.seed)
        downloadsRNG = SplitMix64(seed: spec.seed ^ 0x6469_6167)  // "diag"
        scale = Double(spec.ordersPerDay) / 50
        months = SampleStoreFolder.months(firstYear: firstYear, firstMonth: firstMonth, count: spec.monthCount)
        if spec.plantDiagnosis {
            diagnosis = DiagnosisPlan(months: months, oversold: spec.refundExport, itemExports: spec.itemExports)
        } else if spec.diagnosisDownloads {
            downloads = DiagnosisPlan(downloadsOnlyFor: months)
        }
    }

    func day(_ i: Int, _ d: Int) -> SampleDay {
        SampleDay(
            year: months[i].year, month: months[i].month,
            day: min(d, SampleDay.daysIn(year: months[i].year, month: months[i].month)))
    }

    mutating func run() throws -> SampleStoreSummary {
        if spec.plantAnomalies { plan() }
        for i in months.indices { try writeMonth(i) }
        try writeContract()
        var expectation = SampleExpectation(
            seed: spec.seed, months: expectedMonths, planted: planted,
            hardNegatives: negatives.keys.sorted().map { k in
                let v = negatives[k]!
                return SampleExpectation.HardNegative(kind: k, month: v.month, orderIDs: v.ids, dates: v.dates)
            })
        expectation.diagnosis = diagnosisTruth
        try writeText(expectation.json(), to: "expected.json")
        return SampleStoreSummary(files: files.sorted(), orderRows: orderRows, expected: expectation)
    }

    /// Writes a small UTF-8 file (contract.json, expected.json) into the store folder.
    func writeText(_ text: String, to name: String) throws {
        try SampleStoreFolder.writeText(text, to: name, in: root)
    }
}
