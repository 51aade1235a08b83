import Foundation

/// The causes the three-step diagnosis must tell apart, planted in a store of their own
/// (`SampleStoreSpec.plantDiagnosis`) so the demo store stays as it is: a best-seller out of stock
/// for 4 days, a market-wide dip (the peer tier falling with the store) and a store-only dip (the
/// peer tier flat) in 生意参谋's 数据概览 downloads, and a last month downloaded on the 2nd of the
/// next month with an ROI red-line run on its last 3 days. Hard negatives beside them: an item
/// taken down on purpose (no sale from the 20th of the first month on, never back) and a quiet
/// weekend when the whole store sold a quarter of its usual.
struct DiagnosisPlan {
    /// The catalogue's best-seller (纯棉短袖T恤, the highest weight), out of stock for 4 days.
    static let bestSeller = 2
    /// Taken down on purpose from `discontinuedFrom` of the first month.
    static let discontinued = 11
    static let discontinuedFrom = 20
    /// An item that sells well, with no sale during the weekend lull.
    static let lullItem = 0
    /// The store's orders during the lull, against its usual.
    static let lullFactor = 0.25
    /// Its visitors during the lull: half (a quarter would be a traffic drop the rules rightly flag).
    static let lullVisitorFactor = 0.5
    /// The days of the stock-out, in `stockOutMonth`.
    static let stockOutDays = 12...15
    /// The store's volume (orders and visitors) month by month: the second month 20% down with the
    /// market, the third 20% down again on its own.
    static let volume = [1.0, 0.8, 0.64]
    /// The peer tier's visitors month by month: 20% down in the second month, flat in the third.
    static let peerVolume = [1.0, 0.8, 0.8]
    /// The peer tier's visitors of a store whose downloads plant nothing: the market roughly flat.
    static let flatPeerVolume = [1.0, 1.03, 0.97]

    let monthCount: Int
    /// The stock-out is oversold (orders taken and refunded unshipped, 缺货) rather than the listing
    /// taken down: with 千牛's refund export.
    let oversold: Bool
    /// The weekend of the lull in the first month: its Friday, Saturday and Sunday.
    let lullDays: [Int]
    let stockOutMonth: Int?
    let lateMonth: Int
    /// Days of the last month whose ROI is planted under the red line.
    let redLineDays: [Int]

    /// 生意参谋's 商品_全部 and the product-list snapshots are written (`SampleStoreSpec.itemExports`),
    /// with a second stock-out only they show as such (`quietItem`).
    let itemExports: Bool
    /// The peer tier's visitors month by month (`peerVolume`, or `flatPeerVolume` for downloads only).
    let peerVolumes: [Double]

    /// The downloads of a store with no cause planted in its orders or traffic: no stock-out, lull
    /// or red-line run, every month taken on the 5th of the next, the market roughly flat; only the
    /// agency's work files plant theirs (slow customer service, weeks without an activity).
    init(downloadsOnlyFor months: [(year: Int, month: Int)]) {
        monthCount = months.count
        oversold = false
        itemExports = false
        lullDays = []
        stockOutMonth = nil
        lateMonth = -1
        redLineDays = []
        peerVolumes = Self.flatPeerVolume
    }

    init(months: [(year: Int, month: Int)], oversold: Bool = false, itemExports: Bool = false) {
        monthCount = months.count
        self.oversold = oversold
        self.itemExports = itemExports
        peerVolumes = Self.peerVolume
        let first = months[0]
        let friday = (5...21).first { SampleDay(year: first.year, month: first.month, day: $0).weekday == 4 }!
        lullDays = [friday, friday + 1, friday + 2]
        stockOutMonth = months.count > 1 ? 1 : nil
        lateMonth = months.count - 1
        let days = SampleDay.daysIn(year: months[lateMonth].year, month: months[lateMonth].month)
        redLineDays = [days - 2, days - 1, days]
    }

    func volume(_ mi: Int) -> Double { Self.volume[min(mi, Self.volume.count - 1)] }
    func peerVolume(_ mi: Int) -> Double { peerVolumes[min(mi, peerVolumes.count - 1)] }
    func isLull(_ mi: Int, _ d: Int) -> Bool { mi == 0 && lullDays.contains(d) }

    /// Whether a legitimate order for `item` on day `d` of month `mi` never happens: the item is out
    /// of stock, taken down, or not bought during the lull.
    func drops(item: Int, _ mi: Int, _ d: Int) -> Bool {
        if isOversold(item: item, mi, d) { return false }
        if item == Self.bestSeller, mi == stockOutMonth, Self.stockOutDays.contains(d) { return true }
        if item == Self.discontinued, mi > 0 || d >= Self.discontinuedFrom { return true }
        if item == Self.lullItem, isLull(mi, d) { return true }
        if isQuietStockOut(item: item, mi, d) { return true }
        return false
    }

    /// Whether an order for `item` on day `d` of month `mi` is taken although the item is out of
    /// stock, then refunded unshipped (缺货).
    func isOversold(item: Int, _ mi: Int, _ d: Int) -> Bool {
        oversold && item == Self.bestSeller && mi == stockOutMonth && Self.stockOutDays.contains(d)
    }

    /// When month `mi`'s exports were taken: the 2nd of the next month for the last month, the 5th
    /// for the others (long settled).
    func taken(_ mi: Int, months: [(year: Int, month: Int)]) -> SampleTime {
        let (y, m) = months[mi]
        let next = SampleDay(year: y, month: m, day: SampleDay.daysIn(year: y, month: m)).next
        let day = SampleDay(year: next.year, month: next.month, day: mi == lateMonth ? 2 : 5)
        return SampleTime(day: day, second: 9 * 3600 + 30 * 60 + 12)
    }
}

extension TaobaoStoreSimulation {
    /// The planted causes and hard negatives of month `mi`, for expected.json.
    func diagnosisTruth(_ mi: Int, plan: DiagnosisPlan) -> [SampleExpectation.DiagnosisPlant] {
        let month = label(mi)
        let title = { (i: Int) in SampleCatalogue.items[i].title }
        var truth: [SampleExpectation.DiagnosisPlant] = []
        if mi == 0 {
            truth.append(
                .init(
                    cause: "discontinued-item", month: month, item: title(DiagnosisPlan.discontinued),
                    dates: [day(0, DiagnosisPlan.discontinuedFrom).iso], isHardNegative: true))
            truth.append(
                .init(
                    cause: "weekend-lull", month: month, item: title(DiagnosisPlan.lullItem),
                    dates: plan.lullDays.map { day(0, $0).iso }, isHardNegative: true))
        }
        if mi == plan.stockOutMonth {
            truth.append(
                .init(
                    cause: "stock-out", month: month, item: title(DiagnosisPlan.bestSeller),
                    dates: DiagnosisPlan.stockOutDays.map { day(mi, $0).iso }, isHardNegative: false))
            if plan.oversold {
                truth.append(
                    .init(
                        cause: "stock-out-refunds", month: month, item: title(DiagnosisPlan.bestSeller),
                        dates: DiagnosisPlan.stockOutDays.map { day(mi, $0).iso }, isHardNegative: false))
            }
        }
        if mi == 1 {
            truth.append(.init(cause: "market-dip", month: month, item: nil, dates: [], isHardNegative: false))
        }
        if mi == 2 {
            truth.append(.init(cause: "store-dip", month: month, item: nil, dates: [], isHardNegative: false))
        }
        if mi == plan.lateMonth {
            var late = SampleExpectation.DiagnosisPlant(
                cause: "unsettled-red-line-run", month: month, item: nil,
                dates: plan.redLineDays.map { day(mi, $0).iso }, isHardNegative: false)
            late.takenOn = plan.taken(mi, months: months).day.iso
            truth.append(late)
        }
        return truth
    }

    /// Month `mi`'s 数据概览 download: the store's figures of each day (from its own traffic and
    /// orders) beside a peer tier whose visitors follow `DiagnosisPlan.peerVolume`.
    mutating func writeOverview(_ mi: Int, plan: DiagnosisPlan, daily: [DayFigures]) throws -> [SampleExpectation
        .FileRows]
    {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let download = try SYCMOverviewDownload(
            root: root, folder: "exports/\(label(mi))/生意参谋", from: day(mi, 1), to: day(mi, days),
            exported: plan.taken(mi, months: months))
        let baseVisitors = SampleCatalogue.sources.reduce(0) { $0 + $1.visitors } * scale
        for d in 1...days {
            let f = daily[d]
            let peerVisitors = baseVisitors * 1.6 * plan.peerVolume(mi) * rng.jitter(0.03)
            let peerConversion = 0.021 * rng.jitter(0.03)
            let peerValue = 160 * rng.jitter(0.03)
            let peerBuyers = peerVisitors * peerConversion
            let storeConversion = f.visitors > 0 ? Double(f.buyers) / Double(f.visitors) : 0
            let storeValue = f.buyers > 0 ? Double(f.salesCents) / 100 / Double(f.buyers) : 0
            typealias M = SYCMOverviewDownload.Metric
            let figures: [M: SYCMOverviewDownload.Figures] = [
                .sales: .init(
                    store: Double(f.salesCents) / 100, peerAverage: peerBuyers * peerValue,
                    peerTop: peerBuyers * peerValue * 3.2),
                .visitors: .init(store: Double(f.visitors), peerAverage: peerVisitors, peerTop: peerVisitors * 3),
                .buyers: .init(store: Double(f.buyers), peerAverage: peerBuyers, peerTop: peerBuyers * 3.1),
                .conversion: .init(store: storeConversion, peerAverage: peerConversion, peerTop: peerConversion * 1.6),
                .orderValue: .init(store: storeValue, peerAverage: peerValue, peerTop: peerValue * 1.4),
                .pageViews: .init(
                    store: Double(f.visitors) * 2.3, peerAverage: peerVisitors * 2.2, peerTop: peerVisitors * 6.5),
                .refunds: .init(
                    store: Double(f.salesCents) / 100 * 0.03, peerAverage: peerBuyers * peerValue * 0.04,
                    peerTop: peerBuyers * peerValue * 0.02),
                .signedRefundRate: .init(store: 0.012, peerAverage: 0.015, peerTop: 0.006),
            ]
            try download.add(day(mi, d), figures)
        }
        files.append(download.zipName)
        return try download.close()
    }

    /// Sets the modification time of the files written since `first` (an index into `files`) to
    /// when month `mi`'s exports were taken: a browser keeps the time it saved each download.
    func stampFiles(from first: Int, taken: SampleTime) throws {
        let seconds = (taken.day.ordinal * 86_400 + taken.second) - 8 * 3600
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        for name in files[first...] {
            let path = root.appendingPathComponent(name).path
            do {
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
            } catch {
                throw SampleGeneratorError.cannotWrite(path, error: error)
            }
        }
    }

    /// A day's store figures for the 数据概览 download.
    struct DayFigures {
        var visitors = 0
        var buyers = 0
        var salesCents = 0
    }
}
