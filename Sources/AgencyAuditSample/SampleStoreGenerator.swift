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
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(directory.path, error: error)
        }
        if spec.platform == .pinduoduo {
            var store = PinduoduoStoreSimulation(spec: spec, root: directory, firstYear: year, firstMonth: month)
            return try store.run()
        }
        if spec.platform == .douyin {
            var douyin = DouyinStoreSimulation(spec: spec, root: directory, firstYear: year, firstMonth: month)
            return try douyin.run()
        }
        if spec.platform == .jd {
            var jd = JDStoreSimulation(spec: spec, root: directory, firstYear: year, firstMonth: month)
            return try jd.run()
        }
        var simulation = StoreSimulation(spec: spec, root: directory, firstYear: year, firstMonth: month)
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

/// The generator's working state across months.
struct StoreSimulation {
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
        scale = Double(spec.ordersPerDay) / 50
        months = SampleStoreFolder.months(firstYear: firstYear, firstMonth: firstMonth, count: spec.monthCount)
    }

    func label(_ i: Int) -> String { SampleStoreFolder.label(months[i]) }
    func day(_ i: Int, _ d: Int) -> SampleDay {
        SampleDay(
            year: months[i].year, month: months[i].month,
            day: min(d, SampleDay.daysIn(year: months[i].year, month: months[i].month)))
    }

    mutating func run() throws -> SampleStoreSummary {
        if spec.plantAnomalies { plan() }
        for i in months.indices { try writeMonth(i) }
        try writeContract()
        let expectation = SampleExpectation(
            seed: spec.seed, months: expectedMonths, planted: planted,
            hardNegatives: negatives.keys.sorted().map { k in
                let v = negatives[k]!
                return SampleExpectation.HardNegative(kind: k, month: v.month, orderIDs: v.ids, dates: v.dates)
            })
        try writeText(expectation.json(), to: "expected.json")
        return SampleStoreSummary(files: files.sorted(), orderRows: orderRows, expected: expectation)
    }

    /// Writes a small UTF-8 file (contract.json, expected.json) into the store folder.
    func writeText(_ text: String, to name: String) throws {
        try SampleStoreFolder.writeText(text, to: name, in: root)
    }

    // MARK: - Identities

    mutating func nextID() -> Int {
        orderCounter += 1
        return 3_812_004_976_000_000_000 + orderCounter * 104_729 + rng.int(0...999)
    }

    mutating func personName(surname: String? = nil) -> String {
        let s = surname ?? rng.pick(SampleCatalogue.surnames)
        return s + rng.pick(SampleCatalogue.givenChars) + (rng.chance(0.6) ? rng.pick(SampleCatalogue.givenChars) : "")
    }

    mutating func nick() -> String {
        switch rng.int(0...3) {
        case 0: return "tb_\(rng.int(1_000_000...9_999_999))"
        case 1: return rng.pick(SampleCatalogue.nickWords) + String(rng.int(1...999))
        case 2: return "\(rng.pick(["j", "x", "m", "z"]))***\(rng.int(0...9))"
        default: return "t_\(rng.int(10_000_000...99_999_999))"
        }
    }

    mutating func mobile() -> String {
        "1\(rng.pick(["3", "5", "8", "9"]))\(rng.int(0...9))\(rng.int(10_000_000...99_999_999))"
    }

    mutating func address() -> String {
        let p = rng.pick(SampleCatalogue.places)
        let road = rng.pick(p.roads)
        return
            "\(p.province) \(p.city) \(p.district) \(road)\(rng.int(1...999))号 \(rng.int(1...30))幢\(rng.int(1...6))单元\(rng.int(1...28))0\(rng.int(1...4))室(\(p.postcode))"
    }

    // MARK: - One order

    /// A legitimate order created at `time`.
    mutating func legitOrder(at time: SampleTime, monthEnd: SampleDay) -> SampleOrder {
        let weights = SampleCatalogue.items.map(\.weight)
        let item = SampleCatalogue.items[rng.weighted(weights)]
        let qty = rng.chance(0.08) ? 2 : 1
        let goods = item.cents * qty
        var paid = goods
        if goods > 3000, rng.chance(0.2) { paid -= rng.chance(0.5) ? 500 : 1000 }
        let masked = rng.chance(0.1)
        let phone = mobile()
        var o = SampleOrder(
            id: nextID(), nick: nick(),
            alipay: masked ? "a***@163.com" : String(phone.prefix(3)) + "****" + String(phone.suffix(4)),
            goodsCents: goods, paidCents: paid, status: "交易成功", name: personName(), address: address(),
            phoneCell: masked ? String(phone.prefix(3)) + "****" + String(phone.suffix(4)) : "'" + phone,
            created: time, paid: time.adding(rng.int(5...300)), itemTitle: item.title, quantity: qty)
        if rng.chance(0.03) { o.note = rng.pick(SampleCatalogue.notes) }
        let r = rng.unit()
        if r < 0.02 {
            o.status = "等待买家付款"
            o.paid = nil
        } else if r < 0.06 {
            o.status = "交易关闭"
            o.paid = nil
            o.closeReason = "买家不想买了"
        } else if r < 0.09 {
            o.status = "交易关闭"
            o.closeReason = "退款"
            o.refundCents = paid
        } else {
            if r < 0.10 { o.refundCents = min(paid / 2, 2000) }  // a partial refund: always less than paid
            let daysLeft = monthEnd.ordinal - time.day.ordinal
            if daysLeft <= 1 {
                o.status = rng.chance(0.5) ? "买家已付款，等待卖家发货" : "卖家已发货，等待买家确认"
            } else if daysLeft <= 5, rng.chance(0.3) {
                o.status = "卖家已发货，等待买家确认"
            }
        }
        if o.paid != nil, o.status != "买家已付款，等待卖家发货" { shipped(&o) }
        return o
    }

    mutating func shipped(_ o: inout SampleOrder) { storeWaybill(&o) }

    /// A planted or hard-negative order with a given identity.
    mutating func specialOrder(
        at rawTime: SampleTime, nick: String, name: String, phone: String, address: String, item: Int,
        paidDelay: Int = 20
    ) -> SampleOrder {
        let time = SampleTime(day: rawTime.day, second: 0).adding(rawTime.second)
        let it = SampleCatalogue.items[item]
        var o = SampleOrder(
            id: nextID(), nick: nick, alipay: String(phone.prefix(3)) + "****" + String(phone.suffix(4)),
            goodsCents: it.cents, paidCents: it.cents, status: "交易成功", name: name, address: address,
            phoneCell: "'" + phone, created: time, paid: time.adding(paidDelay), itemTitle: it.title, quantity: 1)
        shipped(&o)
        return o
    }

    mutating func schedule(_ o: SampleOrder, group: String) {
        scheduled[o.created.day.iso, default: []].append((o, group))
    }

    // MARK: - The plan of planted anomalies and hard negatives

    mutating func plan() {
        let n = months.count
        // Repeat customer: one person, six orders at least ten days apart.
        let loyalPhone = mobile()
        let loyalName = personName()
        let loyalAddress = address()
        let loyalNick = nick()
        for (mi, d) in [(0, 3), (0, 15), (0, 27), (1, 10), (1, 22), (2, 5)] where mi < n {
            let o = specialOrder(
                at: SampleTime(day: day(mi, d), second: 20 * 3600 + rng.int(0...3000)), nick: loyalNick,
                name: loyalName,
                phone: loyalPhone, address: loyalAddress, item: rng.int(0...(SampleCatalogue.items.count - 2)))
            schedule(o, group: "repeat-customer")
        }
        if n >= 2 {
            // Family: three buyers of one surname at one address, two orders each, spread over the month.
            let home = address()
            let family = (0..<3).map { _ in (nick(), personName(surname: "陈"), mobile()) }
            for (k, d) in [2, 9, 16, 21, 26, 30].enumerated() {
                let m = family[k % 3]
                schedule(
                    specialOrder(
                        at: SampleTime(day: day(1, d), second: 19 * 3600 + rng.int(0...7200)), nick: m.0, name: m.1,
                        phone: m.2,
                        address: home, item: rng.int(0...(SampleCatalogue.items.count - 2))), group: "family")
            }
            // Office reception desk: many colleagues, weekdays, office hours.
            let office = "上海 上海市 浦东新区 世纪大道100号 环球金融中心28楼 前台(200120)"
            let colleagues = (0..<12).map { _ in (nick(), personName(), mobile()) }
            let weekdays = (4...25).map { day(1, $0) }.filter { !$0.isWeekend }
            for k in 0..<14 {
                let d = weekdays[(k * 2 + k / 5) % weekdays.count]
                let c = colleagues[k % 12]
                schedule(
                    specialOrder(
                        at: SampleTime(day: d, second: (9 + rng.int(0...8)) * 3600 + rng.int(0...3000)), nick: c.0,
                        name: c.1,
                        phone: c.2, address: office, item: rng.int(0...(SampleCatalogue.items.count - 2))),
                    group: "office-reception")
            }
            // P1: brushing to one address typed four ways, eight new-looking accounts, the 9.9 item, within three hours.
            let variants = [
                "浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)", "杭州市余杭区五常街道文一西路９９８号3栋2单元301室",
                "浙江 杭州 余杭区 文一西路998号3幢2单元301", "浙江省杭州市余杭区五常街道文一西路998号 3 幢 2 单元 301 室",
                "浙江省杭州市余杭区文一西路998号三幢2单元301室",
            ]
            let base = rng.int(7_731_000...7_739_000)
            for k in 0..<8 {
                let o = specialOrder(
                    at: SampleTime(day: day(1, 14), second: 10 * 3600 + k * 1380 + rng.int(0...300)),
                    nick: "tb_\(base + k)",
                    name: personName(), phone: mobile(), address: variants[k % variants.count],
                    item: SampleCatalogue.cheapItem)
                schedule(o, group: "P1")
            }
            orderPlants["P1"] = ("same-address-cluster", 1, [day(1, 14).iso])
            plantShapes["P1"] = "address-typed-many-ways"
            planted.append(
                SampleExpectation.Planted(
                    id: "P13", rule: "search-brushing", month: label(1), dates: [day(1, 14).iso],
                    orderIDs: [], source: "手淘搜索", campaign: nil, shape: "search-brushing"))
            // P7: empty parcels: nine orders marked completed with no tracking number, the 9.9 item, over two days.
            for k in 0..<9 {
                var o = specialOrder(
                    at: SampleTime(day: day(1, 23), second: 11 * 3600 + k * 15_000 + rng.int(0...900)), nick: nick(),
                    name: personName(), phone: mobile(), address: address(), item: SampleCatalogue.cheapItem)
                o.logistics = ""
                o.carrier = ""
                schedule(o, group: "P7")
            }
            orderPlants["P7"] = ("shipped-without-logistics", 1, [day(1, 23).iso, day(1, 24).iso])
            plantShapes["P7"] = "completed-without-tracking"
            // P10: a masked phone behind five names and addresses buying one item within eight hours.
            for k in 0..<5 {
                var o = specialOrder(
                    at: SampleTime(day: day(1, 6), second: 10 * 3600 + k * 6_000 + rng.int(0...600)), nick: nick(),
                    name: personName(), phone: mobile(), address: address(), item: 7)
                o.phoneCell = "137****8899"
                schedule(o, group: "P10")
            }
            orderPlants["P10"] = ("same-phone-cluster", 1, [day(1, 6).iso])
            plantShapes["P10"] = "masked-phone-many-names"
            // Hard negative: a residential parcel locker receiving for many neighbours, several a day at times.
            let locker = "江苏省 苏州市 工业园区 星湖街328号 玲珑湾花园 丰巢快递柜(215021)"
            for k in 0..<12 {
                schedule(
                    specialOrder(
                        at: SampleTime(day: day(1, 8 + k / 2), second: (9 + k % 2 * 6) * 3600 + rng.int(0...3000)),
                        nick: nick(),
                        name: personName(), phone: mobile(), address: locker,
                        item: rng.int(0...(SampleCatalogue.items.count - 2))),
                    group: "parcel-locker")
            }
            // Hard negative: the same masked phone on orders of different items spread over the month.
            for (k, d) in [3, 11, 18, 26].enumerated() {
                var o = specialOrder(
                    at: SampleTime(day: day(1, d), second: 15 * 3600), nick: nick(), name: personName(),
                    phone: mobile(),
                    address: address(), item: k)
                o.phoneCell = "135****6600"
                schedule(o, group: "masked-phone-coincidence")
            }
            let surgeDay = (19...25).map { day(1, $0) }.first { !$0.isWeekend }!
            planted.append(
                SampleExpectation.Planted(
                    id: "P8", rule: "orders-buyers-mismatch", month: label(1), dates: [day(1, 27).iso],
                    orderIDs: [], source: nil, campaign: nil, shape: "orders-buyers-mismatch"))
            planted.append(
                SampleExpectation.Planted(
                    id: "P3", rule: "traffic-source-surge", month: label(1), dates: [surgeDay.iso],
                    orderIDs: [], source: "其他来源/其他来源", campaign: nil, shape: "traffic-source-surge"))
            plantRotatingRing()
            plantCollectionPoints()
            plantWaybillBatch()
        }
        if n >= 3 {
            // Campus parcel station: forty orders over the month from 38 students.
            let station = "湖北省 武汉市 洪山区 珞喻路1037号 华中科技大学 菜鸟驿站(430074)"
            let students = (0..<38).map { _ in (nick(), personName(), mobile()) }
            for k in 0..<40 {
                let d = 1 + (k * 3 + k / 13) % SampleDay.daysIn(year: months[2].year, month: months[2].month)
                let s = students[k % 38]
                schedule(
                    specialOrder(
                        at: SampleTime(day: day(2, d), second: (10 + rng.int(0...11)) * 3600 + rng.int(0...3000)),
                        nick: s.0,
                        name: s.1, phone: s.2, address: station, item: rng.int(0...(SampleCatalogue.items.count - 2))),
                    group: "campus-parcel-station")
            }
            // P2: one phone, six names and addresses, the 9.9 item, within thirty hours.
            for k in 0..<6 {
                let o = specialOrder(
                    at: SampleTime(day: day(2, 20), second: 9 * 3600 + k * 21_000 + rng.int(0...600)), nick: nick(),
                    name: personName(), phone: "13957112345", address: address(), item: SampleCatalogue.cheapItem)
                schedule(o, group: "P2")
            }
            orderPlants["P2"] = ("same-phone-cluster", 2, [day(2, 20).iso, day(2, 21).iso])
            plantShapes["P2"] = "one-phone-many-names"
            // P11: five buyers paying seconds apart for different items to one flat.
            let flat = address()
            for k in 0..<5 {
                let o = specialOrder(
                    at: SampleTime(day: day(2, 5), second: 14 * 3600 + k * 17 + rng.int(0...5)), nick: nick(),
                    name: personName(),
                    phone: mobile(), address: flat, item: k * 2, paidDelay: 3)
                schedule(o, group: "P11")
            }
            orderPlants["P11"] = ("same-address-cluster", 2, [day(2, 5).iso])
            plantShapes["P11"] = "buyers-seconds-apart"
            // Hard negative: one buyer splitting a cart into four orders within a minute.
            let home = address()
            let splitter = (nick(), personName(), mobile())
            for k in 0..<4 {
                schedule(
                    specialOrder(
                        at: SampleTime(day: day(2, 7), second: 21 * 3600 + k * 15), nick: splitter.0, name: splitter.1,
                        phone: splitter.2, address: home, item: k + 3, paidDelay: 5), group: "split-cart")
            }
            // P6: new-looking accounts numbered in sequence, each with its own name, phone and city, one item, one morning.
            let first = rng.int(880_000...889_000)
            for k in 0..<7 {
                let o = specialOrder(
                    at: SampleTime(day: day(2, 12), second: 8 * 3600 + k * 2_400 + rng.int(0...600)),
                    nick: "tb_\(first + k)",
                    name: personName(), phone: mobile(), address: address(), item: 2)
                schedule(o, group: "P6")
            }
            orderPlants["P6"] = ("sequential-accounts", 2, [day(2, 12).iso])
            plantShapes["P6"] = "numbered-accounts"
            planted.append(
                SampleExpectation.Planted(
                    id: "P12", rule: "traffic-source-drop", month: label(2), dates: [day(2, 26).iso],
                    orderIDs: [], source: "淘内免费/手淘搜索", campaign: nil, shape: "traffic-source-drop"))
            planted.append(
                SampleExpectation.Planted(
                    id: "P9", rule: "traffic-conversion-collapse", month: label(2), dates: [day(2, 16).iso],
                    orderIDs: [], source: nil, campaign: nil, shape: "traffic-conversion-collapse"))
            planted.append(
                SampleExpectation.Planted(
                    id: "P4", rule: "spend-over-limit", month: label(2), dates: [day(2, 23).iso],
                    orderIDs: [], source: nil, campaign: nil, shape: "spend-over-limit"))
            negatives["promotion-day"] = (label(2), [], [day(2, 9).iso])
        }
        planted.append(
            SampleExpectation.Planted(
                id: "P5", rule: "roi-below-redline", month: label(0), dates: (11...14).map { day(0, $0).iso },
                orderIDs: [], source: nil, campaign: nil, shape: "roi-below-redline"))
    }

    var promotionDay: String? { negatives["promotion-day"]?.dates.first }
    var collapseDay: String? { planted.first { $0.id == "P9" }?.dates.first }
    var dropDay: String? { planted.first { $0.id == "P12" }?.dates.first }
    var searchBrushDay: String? { planted.first { $0.id == "P13" }?.dates.first }
    var gapDay: String? { planted.first { $0.id == "P8" }?.dates.first }
    var surgeDay: String? { planted.first { $0.id == "P3" }?.dates.first }
    var spendDay: String? { planted.first { $0.id == "P4" }?.dates.first }
    var roiDays: Set<String> { Set(planted.first { $0.id == "P5" }?.dates ?? []) }

    // MARK: - A month of exports

    mutating func writeMonth(_ mi: Int) throws {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let monthLabel = label(mi)
        let last = SampleDay(year: year, month: month, day: days)
        let folder = "exports/\(monthLabel)"

        // Orders.
        let orders: any OrderReportWriter =
            spec.legacyCSV
            ? try CSVOrderReport(root: root, folder: folder, last: last, store: spec.storeName, utf8: spec.utf8Orders)
            : try QianniuOrderReport(
                root: root, folder: folder, last: last, store: spec.storeName, resaved: spec.resavedOrders)
        var paidCount = 0
        var gmv = 0
        var refunds = 0
        var plantedPaid = 0
        var plantedGMV = 0
        var paidPerDay = [Int](repeating: 0, count: days + 1)
        var broken = 0
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var count = Double(spec.ordersPerDay) * (today.isWeekend ? 1.1 : 0.96) * rng.jitter(0.08)
            if today.iso == promotionDay { count *= 2.5 }
            // Orders and, side by side, the group each belongs to ("" for ordinary legitimate ones).
            var dayOrders: [SampleOrder] = []
            var groups: [String] = []
            dayOrders.reserveCapacity(Int(count.rounded()) + 16)
            for _ in 0..<Int(count.rounded()) {
                let hour = rng.weighted(Self.hourWeights)
                dayOrders.append(
                    legitOrder(at: SampleTime(day: today, second: hour * 3600 + rng.int(0...3599)), monthEnd: last))
                groups.append("")
            }
            if today.iso == gapDay {
                // P8: orders that never came through the store's traffic (injected outside the platform's visits).
                for _ in 0..<Int((Double(spec.ordersPerDay) * 0.8).rounded()) {
                    dayOrders.append(
                        legitOrder(
                            at: SampleTime(day: today, second: rng.int(9...21) * 3600 + rng.int(0...3599)),
                            monthEnd: last))
                    groups.append("unvisited")
                }
            }
            for (o, group) in scheduled[today.iso] ?? [] {
                dayOrders.append(o)
                groups.append(group)
            }
            // Sorting positions by precomputed keys moves integers, not orders of a dozen strings each.
            if mi == 0, d == 3, spec.plantAnomalies {
                var bad = legitOrder(at: SampleTime(day: today, second: 15 * 3600), monthEnd: last)
                bad.brokenAmount = true
                dayOrders.append(bad)
                groups.append("broken")
            }
            // Sorting positions by precomputed keys moves integers, not orders of a dozen strings each.
            let keys = dayOrders.map { (time: $0.created.day.ordinal * 86_400 + $0.created.second, id: $0.id) }
            let sequence = Array(dayOrders.indices).sorted { keys[$0] < keys[$1] }
            if Self.noteDays.contains(d) {
                // Every month holds a few notes with a comma, a doubled quote and a line break, whatever its size.
                for (note, i) in zip(
                    SampleCatalogue.awkwardNotes,
                    sequence.lazy.filter { groups[$0].isEmpty && dayOrders[$0].note.isEmpty })
                {
                    dayOrders[i].note = note
                }
            }
            for i in sequence {
                let group = groups[i]
                if mi == 1, group.isEmpty, rng.chance(0.05) { dayOrders[i].excelTimes = true }
                orders.append(dayOrders[i])
                if group.isEmpty {
                    guard let p = dayOrders[i].paidAsRead, p.day.year == year, p.day.month == month else { continue }
                    paidCount += 1
                    gmv += dayOrders[i].paidCents
                    refunds += dayOrders[i].refundCents
                    paidPerDay[p.day.day] += 1
                    continue
                }
                let o = dayOrders[i]
                if group == "broken" {
                    broken += 1
                    continue
                }
                if Self.hardNegativeGroups.contains(group) {
                    negatives[group, default: (monthLabel, [], [])].ids.append(o.idText)
                }
                let isPlanted = orderPlants[group] != nil
                if isPlanted { plantedIDs[group, default: []].insert(o.idText) }
                guard let p = o.paidAsRead, p.day.year == year, p.day.month == month else { continue }
                paidCount += 1
                gmv += o.paidCents
                refunds += o.refundCents
                if group != "unvisited" { paidPerDay[p.day.day] += 1 }
                if isPlanted {
                    plantedPaid += 1
                    plantedGMV += o.paidCents
                }
            }
        }
        var fileRows = try orders.finish(broken: broken)
        orderRows += fileRows[0].read
        files += fileRows.map(\.file)
        for (group, plant) in orderPlants.sorted(by: { $0.key < $1.key }) where plant.month == mi {
            guard let ids = plantedIDs[group]?.sorted() else { continue }
            planted.append(
                SampleExpectation.Planted(
                    id: group, rule: plant.rule, month: monthLabel, dates: plant.dates,
                    orderIDs: ids, source: nil, campaign: nil, shape: plantShapes[group] ?? plant.rule))
        }
        planted.sort { ($0.id.count, $0.id) < ($1.id.count, $1.id) }

        // Traffic.
        var traffic = TrafficTotals()
        fileRows += try writeTraffic(mi, paidPerDay: paidPerDay, totals: &traffic)
        // Ads.
        var spendCents = 0
        var salesCents = 0
        fileRows.append(try writeAds(mi, spend: &spendCents, sales: &salesCents))

        /// A ratio, 0 when there is nothing to divide by (a month without paid orders, say).
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let metrics: [(String, Double)] = [
            ("orders", Double(paidCount)), ("gmv", Double(gmv) / 100), ("refundAmount", Double(refunds) / 100),
            ("visitors", Double(traffic.visitors)), ("searchVisitorsPerDay", ratio(traffic.search, days)),
            ("naturalTrafficShare", ratio(traffic.natural, traffic.visitors)),
            ("conversionRate", ratio(traffic.buyers, traffic.visitors)),
            ("averageOrderValue", ratio(gmv, paidCount) / 100),
            ("adSpend", Double(spendCents) / 100), ("adROI", ratio(salesCents, spendCents)),
            ("ordersExcludingPlanted", Double(paidCount - plantedPaid)),
            ("gmvExcludingPlanted", Double(gmv - plantedGMV) / 100),
        ]
        expectedMonths.append(
            SampleExpectation.Month(month: monthLabel, metrics: metrics, files: fileRows.sorted { $0.file < $1.file }))
        monthStats.append(
            MonthStats(
                orders: paidCount, legitOrders: paidCount - plantedPaid, gmv: gmv,
                naturalShare: ratio(traffic.natural, traffic.visitors), roi: ratio(salesCents, spendCents)))
    }

    /// Order groups that are hard negatives: legitimate orders a good detector must leave alone.
    static let hardNegativeGroups: Set<String> = [
        "repeat-customer", "family", "office-reception", "campus-parcel-station", "parcel-locker",
        "masked-phone-coincidence", "split-cart", "campus-station-busy-day", "neighbour-buildings",
        "two-home-family", "office-tower-colleagues", "missed-pickup-backup-carrier",
    ]

    /// Days of each month whose first legitimate orders get the notes CSV writers trip over.
    static let noteDays: Set<Int> = [2, 12, 22]

    static let hourWeights: [Double] = [
        2, 1, 0.5, 0.3, 0.2, 0.3, 0.8, 1.5, 3, 5, 7, 7, 5, 5, 5, 5, 5, 5, 5, 6, 8, 9, 8, 5,
    ]

    struct TrafficTotals {
        var visitors = 0, search = 0, natural = 0, buyers = 0
    }

    mutating func writeTraffic(_ mi: Int, paidPerDay: [Int], totals: inout TrafficTotals) throws -> [SampleExpectation
        .FileRows]
    {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let header = ["流量载体", "一级来源", "二级来源", "访客数", "浏览量", "支付买家数", "支付转化率", "支付金额", "客单价"]
        var result: [SampleExpectation.FileRows] = []
        var monthly: TrafficFile?
        let first = SampleDay(year: year, month: month, day: 1)
        let last = SampleDay(year: year, month: month, day: days)
        if mi > 0 {
            monthly = try trafficFile(mi, from: first, to: last, header: ["统计日期"] + header)
        }
        var monthlySkipped = 0
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var rows: [(SampleCatalogue.Source, Int, Int, Int)] = []  // source, visitors, page views, buyers
            var visitors: [Int] = []
            for s in SampleCatalogue.sources {
                var v = s.visitors * scale * (today.isWeekend ? 1.15 : 1) * rng.jitter(0.08)
                if today.iso == promotionDay { v *= 2.5 + rng.unit() * 0.5 }
                if today.iso == surgeDay, s.group == "其他来源" { v *= 8 }
                if today.iso == collapseDay { v *= 2.4 }  // P9: bought traffic everywhere, buyers unchanged
                if today.iso == dropDay, s.name == "手淘搜索" { v *= 0.2 }  // P12: search demoted for a day
                if today.iso == searchBrushDay, s.name == "手淘搜索" { v *= 2.0 }  // P13: brushing through search
                visitors.append(Int(v.rounded()))
            }
            let weightSum = zip(SampleCatalogue.sources, visitors).reduce(0.0) { $0 + $1.0.conversion * Double($1.1) }
            let buyersToday = Double(paidPerDay[d]) * 0.97
            for (k, s) in SampleCatalogue.sources.enumerated() {
                var b = Int((buyersToday * s.conversion * Double(visitors[k]) / weightSum).rounded())
                if today.iso == surgeDay, s.group == "其他来源" { b = 0 }
                b = min(b, visitors[k])
                rows.append((s, visitors[k], Int(Double(visitors[k]) * (1.8 + rng.unit())), b))
            }
            var oneDay: TrafficFile?
            if mi == 0 {
                oneDay = try trafficFile(mi, from: today, to: today, header: header)
            }
            let writer = oneDay ?? monthly!
            // Paid amounts: buyers × a typical order value. The draw once made for each group's 汇总 row is
            // still taken (and dropped) so that the rest of a seed's store stays as it was.
            var amounts = [Int](repeating: 0, count: rows.count)
            var group = ""
            for (k, r) in rows.enumerated() {
                if r.0.group != group {
                    group = r.0.group
                    if rows[k...].prefix(while: { $0.0.group == group }).contains(where: { $0.3 > 0 }) {
                        _ = rng.next()
                    }
                }
                amounts[k] = r.3 * 15_000 + (r.3 > 0 ? rng.int(0...999) : 0)
            }
            var skipped = 0
            group = ""
            for (k, r) in rows.enumerated() {
                if r.0.group != group {
                    // The 汇总 row: the sums of the group's rows, its ratios recomputed from them.
                    group = r.0.group
                    let members = rows.indices[k...].prefix { rows[$0].0.group == group }
                    let v = members.reduce(0) { $0 + rows[$1].1 }
                    let pv = members.reduce(0) { $0 + rows[$1].2 }
                    let b = members.reduce(0) { $0 + rows[$1].3 }
                    let amount = members.reduce(0) { $0 + amounts[$1] }
                    writer.row(
                        (mi == 0 ? [] : [today.iso])
                            + trafficCells(
                                group: group, name: "汇总", visitors: v, pageViews: pv, buyers: b, amount: amount))
                    writer.breakdown(
                        (mi == 0 ? [] : [today.iso]), group: group, name: "汇总", visitors: v, pageViews: pv, buyers: b,
                        amount: amount)
                    skipped += 1
                }
                writer.row(
                    (mi == 0 ? [] : [today.iso])
                        + trafficCells(
                            group: r.0.group, name: r.0.name, visitors: r.1, pageViews: r.2, buyers: r.3,
                            amount: amounts[k]))
                writer.breakdown(
                    (mi == 0 ? [] : [today.iso]), group: r.0.group, name: r.0.name, visitors: r.1, pageViews: r.2,
                    buyers: r.3,
                    amount: amounts[k])
                totals.visitors += r.1
                totals.buyers += r.3
                if r.0.name == "手淘搜索" { totals.search += r.1 }
                if r.0.group == "淘内免费" { totals.natural += r.1 }
            }
            if let w = oneDay {
                let rows = try w.close(summaryRows: skipped)
                files.append(rows.file)
                result.append(rows)
            } else {
                monthlySkipped += skipped
            }
        }
        if let w = monthly {
            let rows = try w.close(summaryRows: monthlySkipped)
            files.append(rows.file)
            result.append(rows)
        }
        return result
    }

    /// A 生意参谋 店铺来源 download covering `from`…`to`: today's `.xls`, or the legacy csv.
    func trafficFile(_ mi: Int, from: SampleDay, to: SampleDay, header: [String]) throws -> TrafficFile {
        let base = "exports/\(label(mi))/生意参谋/【生意参谋平台】店铺来源_\(from.iso)_\(to.iso)"
        let title = ["【生意参谋平台】店铺来源", "统计时间：\(from.iso) ~ \(to.iso)"]
        if spec.legacyCSV {
            let w = try ExportFileWriter(root: root, name: base + ".csv", encoding: .utf8BOM, lineEnd: "\r\n")
            for line in title + [""] { w.line(line) }
            w.line(header.joined(separator: ","))
            return .csv(w, name: base + ".csv")
        }
        return .xls(
            SYCMWorkbook(
                root: root, name: base + ".xls", title: title + ["终端：全部终端", "说明：汇总行是该一级来源下各来源之和"],
                header: header))
    }

    /// One traffic download being written, in whichever container.
    enum TrafficFile {
        case csv(ExportFileWriter, name: String)
        case xls(SYCMWorkbook)

        func row(_ cells: [String]) {
            switch self {
            case .csv(let w, _): w.row(cells)
            case .xls(let w): w.row(cells)
            }
        }

        /// The row split by carrier on the 分载体 sheet of an `.xls` (85% 无线端, the rest PC端).
        func breakdown(
            _ date: [String], group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int
        ) {
            guard case .xls(let w) = self else { return }
            let v = visitors * 85 / 100
            let pv = pageViews * 85 / 100
            let b = buyers * 85 / 100
            let a = amount * 85 / 100
            w.breakdownRow(
                date
                    + StoreSimulation.trafficCells(
                        carrier: "无线端", group: group, name: name, visitors: v, pageViews: pv, buyers: b, amount: a))
            w.breakdownRow(
                date
                    + StoreSimulation.trafficCells(
                        carrier: "PC端", group: group, name: name, visitors: visitors - v,
                        pageViews: pageViews - pv, buyers: buyers - b, amount: amount - a))
        }

        func close(summaryRows: Int) throws -> SampleExpectation.FileRows {
            switch self {
            case .csv(let w, let name):
                try w.close()
                return SampleExpectation.FileRows(
                    file: name, kind: "traffic", encoding: "utf-8-bom", read: w.rowsWritten,
                    accepted: w.rowsWritten - summaryRows, rejected: 0, skipped: summaryRows)
            case .xls(let w):
                return try w.close(summaryRows: summaryRows)
            }
        }
    }

    /// One traffic row, its conversion and 客单价 computed from its own figures.
    func trafficCells(group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int) -> [String]
    {
        Self.trafficCells(
            carrier: "无线端", group: group, name: name, visitors: visitors, pageViews: pageViews, buyers: buyers,
            amount: amount)
    }

    static func trafficCells(
        carrier: String, group: String, name: String, visitors: Int, pageViews: Int, buyers: Int, amount: Int
    ) -> [String] {
        [
            carrier, group, name, ExportNumber.count(visitors), ExportNumber.count(pageViews),
            ExportNumber.count(buyers),
            ExportNumber.percent(visitors > 0 ? Double(buyers) / Double(visitors) : 0),
            ExportNumber.money(amount, grouped: true),
            buyers > 0 ? ExportNumber.money(amount / buyers, grouped: true) : "-",
        ]
    }

    mutating func writeAds(_ mi: Int, spend: inout Int, sales: inout Int) throws -> SampleExpectation.FileRows {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let last = SampleDay(year: year, month: month, day: days)
        let base = "计划报表_\(last.compact)_110330"
        let name = "exports/\(label(mi))/\(base).csv"
        let w: AdsFile
        if spec.legacyCSV {
            let csv = try ExportFileWriter(root: root, name: name, encoding: .utf8, lineEnd: "\n")
            csv.line("日期,场景名字,计划ID,计划名称,展现量,点击量,花费,点击率,平均点击花费,总成交金额,总成交笔数,投入产出比")
            w = .csv(csv)
        } else {
            w = .zip(try WanXiangTaiPlanReport(root: root, folder: "exports/\(label(mi))", base: base))
        }
        var totalImpressions = 0
        var totalClicks = 0
        var totalOrders = 0
        for d in 1...days {
            let today = SampleDay(year: year, month: month, day: d)
            var spends = SampleCatalogue.campaigns.map { $0.spend * scale * rng.jitter(0.12) }
            var rois = SampleCatalogue.campaigns.map { $0.roi * rng.jitter(0.15) }
            if today.iso == promotionDay { spends = spends.map { $0 * 1.25 } }
            // Outside the planted day, spend stays under the approved daily limit (500 per 50 orders a day).
            // Outside the planted day, spend stays within 250–450 a day (per 50 orders a day), under the approved limit.
            let ceiling = 450 * scale
            let floor = 250 * scale
            let dayTotal = spends.reduce(0, +)
            if today.iso != spendDay, dayTotal > ceiling { spends = spends.map { $0 * ceiling / dayTotal } }
            if today.iso != spendDay, dayTotal < floor { spends = spends.map { $0 * floor / dayTotal } }
            if today.iso == spendDay {
                let target = (780 + rng.unit() * 40) * scale
                let sum = spends.reduce(0, +)
                spends = spends.map { $0 * target / sum }
            }
            // The day's ROI is the spend-weighted mean of the campaigns'; keep it in 1.0–1.3 on the planted
            // red-line days and in 2.2–4.5 on the others.
            let dayROI = zip(spends, rois).reduce(0) { $0 + $1.0 * $1.1 } / spends.reduce(0, +)
            if roiDays.contains(today.iso) {
                let target = 1.0 + rng.unit() * 0.3
                rois = rois.map { _ in target * rng.jitter(0.03) }
                let planted = zip(spends, rois).reduce(0) { $0 + $1.0 * $1.1 } / spends.reduce(0, +)
                rois = rois.map { $0 * target / planted }
            } else if dayROI < 2.2 || dayROI > 4.5 {
                let bound = min(max(dayROI, 2.2), 4.5)
                rois = rois.map { $0 * bound / dayROI }
            }
            for (k, c) in SampleCatalogue.campaigns.enumerated() {
                let s = Int((spends[k] * 100).rounded())
                let g = Int((spends[k] * rois[k] * 100).rounded())
                let cpc = 0.9 + rng.unit() * 0.7
                let clicks = max(1, Int((spends[k] / cpc).rounded()))
                let impressions = Int(Double(clicks) / (0.02 + rng.unit() * 0.015))
                let orders = Int((Double(g) / 15_000).rounded())
                spend += s
                sales += g
                totalImpressions += impressions
                totalClicks += clicks
                totalOrders += orders
                w.row([
                    mi == 2 ? today.slashed : today.iso, c.scene, c.id, c.name, ExportNumber.count(impressions),
                    ExportNumber.count(clicks),
                    "¥" + ExportNumber.money(s, grouped: true),
                    ExportNumber.percent(Double(clicks) / Double(impressions)),
                    ExportNumber.fixed(Double(s) / 100 / Double(clicks), 2), "¥" + ExportNumber.money(g, grouped: true),
                    String(orders),
                    ExportNumber.fixed(Double(g) / Double(max(s, 1)), 2),
                ])
            }
        }
        w.row([
            "合计", "-", "-", "-", ExportNumber.count(totalImpressions), ExportNumber.count(totalClicks),
            "¥" + ExportNumber.money(spend, grouped: true),
            ExportNumber.percent(Double(totalClicks) / Double(max(totalImpressions, 1))),
            ExportNumber.fixed(Double(spend) / 100 / Double(max(totalClicks, 1)), 2),
            "¥" + ExportNumber.money(sales, grouped: true), String(totalOrders),
            ExportNumber.fixed(Double(sales) / Double(max(spend, 1)), 2),
        ])
        switch w {
        case .csv(let csv):
            try csv.close()
            files.append(name)
            return SampleExpectation.FileRows(
                file: name, kind: "ads", encoding: "utf-8", read: csv.rowsWritten, accepted: csv.rowsWritten - 1,
                rejected: 0, skipped: 1)
        case .zip(let plan):
            try plan.close(
                stamp: ArchiveTimestamp(
                    year: last.year, month: last.month, day: last.day, hour: 11, minute: 3, second: 30))
            files.append(plan.zipName)
            return SampleExpectation.FileRows(
                file: plan.zipName + "/" + plan.entryName, kind: "ads", encoding: "gb18030", read: plan.rowsWritten,
                accepted: plan.rowsWritten - 1, rejected: 0, skipped: 1)
        }
    }

    /// The month's plan report being written: the legacy csv, or today's zip holding a GB18030 csv.
    enum AdsFile {
        case csv(ExportFileWriter)
        case zip(WanXiangTaiPlanReport)

        func row(_ cells: [String]) {
            switch self {
            case .csv(let w): w.row(cells)
            case .zip(let w): w.row(cells)
            }
        }
    }

    // MARK: - Contract

    /// contract.json: stage targets chosen from the generated figures so that each month meets some
    /// targets and misses others (orders ≈ 1.03 × the legitimate paid orders, GMV ≈ 0.95 × the GMV).
    func writeContract() throws {
        /// `v` rounded to the largest of `steps` that is at most a twentieth of it (never to zero).
        func target(_ v: Double, steps: [Double]) -> Int {
            let step = steps.first { v >= 20 * $0 } ?? 1
            return max(1, Int((v / step).rounded() * step))
        }
        let s0 = monthStats[0]
        var stages = """
                {"name": "第1月 适应期", "from": "\(label(0))", "to": "\(label(0))", "targets": {"searchVisitorsPerDay": \(target(500 * scale, steps: [10, 1])), "orders": \(target(Double(s0.legitOrders) * 1.03, steps: [50, 10]))}}
            """
        if months.count > 1 {
            let s1 = monthStats[1]
            let name = months.count == 2 ? "第2月 增长期" : "第2-\(months.count)月 增长期"
            stages += """
                ,
                    {"name": "\(name)", "from": "\(label(1))", "to": "\(label(months.count - 1))", "targets": {"naturalTrafficShare": 0.4, "orders": \(target(Double(s1.legitOrders) * 1.03, steps: [50, 10])), "gmv": \(target(Double(s1.gmv) / 100 * 0.95, steps: [1000, 100, 10])), "adROI": 3.0}}
                """
        }
        let json = """
            {
              "store": {"name": \(JSONText.quoted(spec.storeName)), "platform": "taobao"},
              "agency": {"name": "杭州某某电商托管有限公司"},
              "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}]},
              "limits": {"dailyAdSpend": \(target(500 * scale, steps: [10, 1])), "roiRedLine": 1.5, "roiRedLineDays": 3},
              "stages": [
            \(stages)
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8}
            }

            """
        try writeText(json, to: "contract.json")
    }
}
