/// The plan of planted anomalies and hard negatives, made before the first month is written, and
/// the days it picked.
extension TaobaoStoreSimulation {
    /// Schedules the planted orders and hard negatives of every month, and notes the days of the
    /// planted traffic and promotion anomalies.
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
}
