import AgencyAuditSample
import ExportContainers
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Generates small stores in fresh temporary folders and checks the written files against
/// expected.json with a CSV reader and arithmetic of their own (nothing shared with the generator;
/// today's containers are opened with the pipeline's container readers, which share nothing with
/// the generator's writers either).
@Suite struct SampleStoreGeneratorTests {
    /// Two months across a year end, ten orders a day: small enough to generate in milliseconds.
    static let small = SampleStoreSpec(seed: 7, firstMonth: "2025-12", monthCount: 2, ordersPerDay: 10)
    /// Three months, so every planted shape and hard negative is present.
    static let threeMonths = SampleStoreSpec(seed: 11, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 10)
    /// The same stores in the legacy CSV shapes.
    static let smallCSV = legacy(small)
    static let threeMonthsCSV = legacy(threeMonths)

    static func legacy(_ spec: SampleStoreSpec) -> SampleStoreSpec {
        var s = spec
        s.legacyCSV = true
        return s
    }

    // MARK: - Determinism and shape

    @Test(arguments: [SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.smallCSV])
    func sameSpecGivesByteIdenticalFiles(spec: SampleStoreSpec) throws {
        try withStore(spec) { a, summary in
            try withStore(spec) { b, _ in
                // 31 one-day traffic files in December, one monthly, two order (and two 子订单) and two ad
                // files, and January's agency-claims.csv and approvals.csv.
                #expect(summary.files.count == 31 + 1 + 2 + 2 + (spec.legacyCSV ? 0 : 2) + 1 + 1)
                for file in summary.files + ["contract.json", "expected.json"] {
                    let first = try Data(contentsOf: a.appendingPathComponent(file))
                    let second = try Data(contentsOf: b.appendingPathComponent(file))
                    #expect(first == second, "\(file)")
                }
            }
            var otherSeed = spec
            otherSeed.seed = 8
            try withStore(otherSeed) { b, other in
                let orders = try #require(other.files.first { $0.contains("ExportOrderList") })
                let first = try Data(contentsOf: a.appendingPathComponent(orders))
                let second = try Data(contentsOf: b.appendingPathComponent(orders))
                #expect(first != second)
            }
        }
    }

    @Test func workspaceHasTheExportFileNamesOfTheBackOffice() throws {
        try withStore(Self.threeMonths) { _, summary in
            #expect(summary.files.contains("exports/2025-07/ExportOrderList202507312359.xlsx"))
            #expect(summary.files.contains("exports/2025-07/ExportOrderDetailList202507312359.xlsx"))
            #expect(summary.files.contains("exports/2025-07/生意参谋/【生意参谋平台】店铺来源_2025-07-01_2025-07-01.xls"))
            #expect(summary.files.contains("exports/2025-08/生意参谋/【生意参谋平台】店铺来源_2025-08-01_2025-08-31.xls"))
            #expect(summary.files.contains("exports/2025-09/计划报表_20250930_110330.zip"))
            #expect(summary.files.contains("exports/2025-08/agency-claims.csv"))
            // The merchant's approvals.csv in the second and third months, manual.csv in the third.
            #expect(summary.files.contains("exports/2025-09/manual.csv"))
            #expect(summary.files.count == 6 + 31 + 2 + 3 + 1 + 3)
            #expect(
                summary.expected.months[2].files.map(\.file).contains(
                    "exports/2025-09/计划报表_20250930_110330.zip/计划报表_20250930_110330.csv"))
        }
        try withStore(Self.threeMonthsCSV) { _, summary in
            #expect(summary.files.contains("exports/2025-07/ExportOrderList202507312359.csv"))
            #expect(summary.files.contains("exports/2025-09/ExportOrderList202509302359.csv"))
            #expect(summary.files.contains("exports/2025-07/生意参谋/【生意参谋平台】店铺来源_2025-07-01_2025-07-01.csv"))
            #expect(summary.files.contains("exports/2025-07/生意参谋/【生意参谋平台】店铺来源_2025-07-31_2025-07-31.csv"))
            #expect(summary.files.contains("exports/2025-08/生意参谋/【生意参谋平台】店铺来源_2025-08-01_2025-08-31.csv"))
            #expect(summary.files.contains("exports/2025-09/计划报表_20250930_110330.csv"))
            #expect(summary.files.count == 3 + 31 + 2 + 3 + 1 + 3)
            #expect(summary.files == summary.files.sorted())
            #expect(summary.expected.months.map(\.month) == ["2025-07", "2025-08", "2025-09"])
        }
    }

    @Test func orderFileIsGB18030WithCRLFAndTheExactTaobaoHeader() throws {
        try withStore(Self.smallCSV) { dir, summary in
            #expect(summary.expected.months.map(\.month) == ["2025-12", "2026-01"])
            let orderFile = try #require(summary.files.first { $0.contains("ExportOrderList20251231") })
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(orderFile)))
            #expect(String(validating: bytes, as: UTF8.self) == nil, "GB18030 Chinese text is not valid UTF-8")
            #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
            let text = try #require(Self.decodeGB18030(bytes))
            #expect(text.hasPrefix("\"订单编号\",\"买家会员名\",\"买家支付宝账号\""))
            let records = CSV.records(text)
            #expect(text.components(separatedBy: "\r\n").count - 1 == records.count, "every record ends in CRLF")
            #expect(records[0] == Self.orderHeader)
            #expect(records.dropFirst().allSatisfy { $0.count == 25 })
            let row = records[1]
            #expect(row[0].hasPrefix("=\"") && row[0].count == 19 + 3, "id as an Excel formula: \(row[0])")
            #expect(row[22] == Self.small.storeName)
        }
    }

    @Test func trafficAndAdFilesHaveTheirTitleLinesEncodingsAndLineEnds() throws {
        try withStore(Self.smallCSV) { dir, summary in
            let oneDay = try Data(
                contentsOf: dir.appendingPathComponent("exports/2025-12/生意参谋/【生意参谋平台】店铺来源_2025-12-01_2025-12-01.csv"))
            #expect(Array(oneDay.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let dayText = String(decoding: oneDay.dropFirst(3), as: UTF8.self)
            #expect(
                dayText.hasPrefix(
                    "【生意参谋平台】店铺来源\r\n统计时间：2025-12-01 ~ 2025-12-01\r\n\r\n流量载体,一级来源,二级来源,访客数,浏览量,支付买家数,支付转化率,支付金额,客单价\r\n"
                ))
            let month = try Data(
                contentsOf: dir.appendingPathComponent("exports/2026-01/生意参谋/【生意参谋平台】店铺来源_2026-01-01_2026-01-31.csv"))
            #expect(String(decoding: month.dropFirst(3), as: UTF8.self).contains("\r\n\r\n统计日期,流量载体,一级来源,"))
            let ads = try Data(contentsOf: dir.appendingPathComponent("exports/2026-01/计划报表_20260131_110330.csv"))
            #expect(Array(ads.prefix(3)) != [0xEF, 0xBB, 0xBF])
            let adText = String(decoding: ads, as: UTF8.self)
            #expect(adText.hasPrefix("日期,场景名字,计划ID,计划名称,展现量,点击量,花费,点击率,平均点击花费,总成交金额,总成交笔数,投入产出比\n"))
            #expect(!adText.contains("\r"))
            #expect(adText.split(separator: "\n").last?.hasPrefix("合计,-,-,-,") == true)
            #expect(summary.expected.months[0].files.map(\.encoding).contains("utf-8-bom"))
        }
    }

    // MARK: - expected.json against an independent recount

    @Test(arguments: [SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.smallCSV])
    func expectedRowCountsMatchARecountOfTheFiles(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            for month in summary.expected.months {
                for f in month.files {
                    let t = try Self.table(of: f, in: dir)
                    let subtotals = t.rows.filter { $0.contains("汇总") || $0.first == "合计" }.count
                    let rejected =
                        f.kind == "orders" ? t.rows.filter { Self.cents(t[$0, "买家实际支付金额", "买家实付金额"]) == nil }.count : 0
                    #expect(t.rows.count + t.otherRows == f.read, "\(f.file)")
                    #expect(subtotals + t.otherRows == f.skipped, "\(f.file)")
                    #expect(rejected == f.rejected, "\(f.file)")
                    #expect(f.read == f.accepted + f.rejected + f.skipped, "\(f.file)")
                }
            }
            #expect(
                summary.expected.months.flatMap(\.files).reduce(0) { $0 + $1.rejected } == 1, "one planted broken row")
        }
    }

    @Test(arguments: [
        SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.threeMonths,
        SampleStoreGeneratorTests.threeMonthsCSV,
    ])
    func expectedMetricsMatchARecountOfTheFiles(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            let plantedIDs = Set(summary.expected.planted.flatMap(\.orderIDs))
            for month in summary.expected.months {
                var orders = 0
                var gmv = 0
                var refunds = 0
                var plantedOrders = 0
                var plantedGMV = 0
                var visitors = 0
                var search = 0
                var natural = 0
                var buyers = 0
                var spend = 0
                var sales = 0
                for f in month.files {
                    let t = try Self.table(of: f, in: dir)
                    switch f.kind {
                    case "orders":
                        for r in t.rows {
                            // Paid in this month: `2025-12-03 10:12:45` or Excel's `2025/12/3 10:12`.
                            let paidAt = t[r, "订单付款时间"]
                            guard let paid = Self.cents(t[r, "买家实际支付金额", "买家实付金额"]), paidAt.count >= 7 else { continue }
                            let ym = paidAt.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " }).prefix(2).map
                            { Int($0)! }
                            guard String(format: "%04d-%02d", ym[0], ym[1]) == month.month else { continue }
                            orders += 1
                            gmv += paid
                            refunds += Self.cents(t[r, "退款金额"])!
                            if plantedIDs.contains(Self.orderID(t[r, "订单编号"])) {
                                plantedOrders += 1
                                plantedGMV += paid
                            }
                        }
                    case "traffic":
                        for r in t.rows where t[r, "二级来源"] != "汇总" {
                            let v = Self.count(t[r, "访客数"])
                            visitors += v
                            buyers += Self.count(t[r, "支付买家数"])
                            if t[r, "二级来源"] == "手淘搜索" { search += v }
                            if t[r, "一级来源"] == "淘内免费" { natural += v }
                        }
                    case "ads":
                        for r in t.rows where r[0] != "合计" {
                            spend += Self.cents(t[r, "花费"])!
                            sales += Self.cents(t[r, "总成交金额"])!
                        }
                    default:
                        continue
                    }
                }
                let days = Double(Self.daysIn(month.month))
                let recount: [String: Double] = [
                    "orders": Double(orders), "gmv": Double(gmv) / 100, "refundAmount": Double(refunds) / 100,
                    "visitors": Double(visitors), "searchVisitorsPerDay": Double(search) / days,
                    "naturalTrafficShare": Double(natural) / Double(visitors),
                    "conversionRate": Double(buyers) / Double(visitors),
                    "averageOrderValue": Double(gmv) / 100 / Double(orders), "adSpend": Double(spend) / 100,
                    "adROI": Double(sales) / Double(spend), "ordersExcludingPlanted": Double(orders - plantedOrders),
                    "gmvExcludingPlanted": Double(gmv - plantedGMV) / 100,
                ]
                #expect(
                    month.metrics.map(\.0) == [
                        "orders", "gmv", "refundAmount", "visitors", "searchVisitorsPerDay", "naturalTrafficShare",
                        "conversionRate", "averageOrderValue", "adSpend", "adROI", "ordersExcludingPlanted",
                        "gmvExcludingPlanted",
                    ])
                for (name, value) in month.metrics {
                    let want = try #require(recount[name])
                    #expect(
                        abs(value - want) <= max(1e-6 * abs(want), 1e-6),
                        "\(month.month) \(name): expected.json \(value), recount \(want)")
                }
            }
        }
    }

    /// The same seed in both shapes is the same store: the same figures, planted anomalies and hard negatives.
    @Test func bothShapesOfOneSeedAreTheSameStore() throws {
        try withStore(Self.small) { _, today in
            try withStore(Self.smallCSV) { _, legacy in
                for (a, b) in zip(today.expected.months, legacy.expected.months) {
                    #expect(a.metrics.map(\.0) == b.metrics.map(\.0))
                    #expect(a.metrics.map(\.1) == b.metrics.map(\.1), "\(a.month)")
                    // Accepted rows per kind are the same; the containers add the 子订单 file and skipped rows.
                    for kind in ["orders", "traffic", "ads"] {
                        #expect(
                            a.files.filter { $0.kind == kind }.reduce(0) { $0 + $1.accepted }
                                == b.files.filter { $0.kind == kind }.reduce(0) { $0 + $1.accepted },
                            "\(a.month) \(kind)")
                    }
                }
                #expect(today.expected.planted.map(\.orderIDs) == legacy.expected.planted.map(\.orderIDs))
                #expect(today.expected.hardNegatives.map(\.orderIDs) == legacy.expected.hardNegatives.map(\.orderIDs))
            }
        }
    }

    @Test(arguments: [SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.smallCSV])
    func subtotalRowsAreTheSumsOfTheirGroups(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            for f in summary.expected.months.flatMap(\.files) where f.kind == "traffic" {
                let t = try Self.table(of: f, in: dir)
                var k = 0
                while k < t.rows.count {
                    let subtotal = t.rows[k]
                    #expect(t[subtotal, "二级来源"] == "汇总", "\(f.file) row \(k)")
                    let members = t.rows[(k + 1)...].prefix {
                        t[$0, "一级来源"] == t[subtotal, "一级来源"] && t[$0, "二级来源"] != "汇总"
                    }
                    for column in ["访客数", "浏览量", "支付买家数"] {
                        #expect(
                            Self.count(t[subtotal, column]) == members.reduce(0) { $0 + Self.count(t[$1, column]) },
                            "\(f.file) \(subtotal)")
                    }
                    #expect(
                        Self.cents(t[subtotal, "支付金额"]) == members.reduce(0) { $0 + Self.cents(t[$1, "支付金额"])! },
                        "\(f.file) \(subtotal)")
                    k += 1 + members.count
                }
            }
            for f in summary.expected.months.flatMap(\.files) where f.kind == "ads" {
                let t = try Self.table(of: f, in: dir)
                let total = try #require(t.rows.last)
                #expect(total[0] == "合计" && total[1...3].allSatisfy { $0 == "-" || $0 == "\\N" })
                let details = t.rows.dropLast()
                #expect(Self.cents(t[total, "花费"]) == details.reduce(0) { $0 + Self.cents(t[$1, "花费"])! })
                #expect(Self.cents(t[total, "总成交金额"]) == details.reduce(0) { $0 + Self.cents(t[$1, "总成交金额"])! })
                #expect(Self.count(t[total, "展现量"]) == details.reduce(0) { $0 + Self.count(t[$1, "展现量"]) })
            }
        }
    }

    /// Today's 生意参谋 `.xls`: the 分载体 sheet breaks down the same visitors, row by row.
    @Test func theCarrierSheetSplitsTheSameVisitors() throws {
        try withStore(Self.small) { dir, summary in
            let f = try #require(summary.expected.months[1].files.first { $0.kind == "traffic" })
            let book = try BIFF8Workbook(
                CompoundFile(MemoryBytes([UInt8](Data(contentsOf: dir.appendingPathComponent(f.file))))))
            #expect(book.sheets.map(\.name) == ["全店流量来源", "分载体流量来源"])
            let whole = try Self.sheetTable(book, 0)
            let carriers = try Self.sheetTable(book, 1)
            #expect(carriers.rows.count == 2 * whole.rows.count)
            for (k, r) in whole.rows.enumerated() {
                let split = carriers.rows[(2 * k)...(2 * k + 1)]
                #expect(split.map { carriers[$0, "流量载体"] } == ["无线端", "PC端"])
                #expect(split.reduce(0) { $0 + Self.count(carriers[$1, "访客数"]) } == Self.count(whole[r, "访客数"]))
            }
        }
    }

    // MARK: - Planted anomalies and hard negatives

    @Test(arguments: [SampleStoreGeneratorTests.threeMonths, SampleStoreGeneratorTests.threeMonthsCSV])
    func plantedAndHardNegativeOrdersAreInTheirMonthsOrderFiles(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            var idsByMonth: [String: Set<String>] = [:]
            for f in summary.expected.months.flatMap(\.files) where f.kind == "orders" {
                let month = String(f.file.dropFirst("exports/".count).prefix(7))
                let t = try Self.table(of: f, in: dir)
                idsByMonth[month] = Set(t.rows.map { Self.orderID(t[$0, "订单编号"]) })
            }
            let allIDs = idsByMonth.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            #expect(allIDs.count == summary.orderRows, "order ids are unique across the workspace")
            #expect(
                Set(summary.expected.planted.map(\.rule)).isSuperset(of: [
                    "same-address-cluster", "same-phone-cluster", "traffic-source-surge",
                    "spend-over-limit", "roi-below-redline",
                ]))
            for p in summary.expected.planted {
                #expect(Set(p.orderIDs).isSubset(of: idsByMonth[p.month] ?? []), "\(p.id) \(p.rule)")
                #expect(p.dates.allSatisfy { $0.hasPrefix(p.month) }, "\(p.id) dates \(p.dates)")
            }
            let address = try #require(summary.expected.planted.first { $0.id == "P1" })
            #expect(address.rule == "same-address-cluster" && address.orderIDs.count == 8)
            let redLine = try #require(summary.expected.planted.first { $0.rule == "roi-below-redline" })
            #expect(redLine.dates.count == 4)
            #expect(summary.expected.planted.first { $0.rule == "traffic-source-surge" }?.source == "其他来源/其他来源")
            let kinds = Set(summary.expected.hardNegatives.map(\.kind))
            #expect(
                kinds.isSuperset(of: [
                    "repeat-customer", "family", "office-reception", "campus-parcel-station", "promotion-day",
                ]))
            for h in summary.expected.hardNegatives {
                #expect(Set(h.orderIDs).isSubset(of: allIDs), "\(h.kind)")
                #expect(Set(h.orderIDs).isDisjoint(with: summary.expected.planted.flatMap(\.orderIDs)), "\(h.kind)")
            }
            #expect(summary.expected.hardNegatives.first { $0.kind == "campus-parcel-station" }?.orderIDs.count == 40)
            #expect(summary.expected.hardNegatives.first { $0.kind == "office-reception" }?.orderIDs.count == 14)
        }
    }

    @Test(arguments: [SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.smallCSV])
    func awkwardBuyerNotesAreWrittenEveryMonth(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            for f in summary.expected.months.flatMap(\.files) where f.kind == "orders" {
                let t = try Self.table(of: f, in: dir)
                let notes = t.rows.map { t[$0, "买家留言"] }
                #expect(notes.filter { $0.contains(",") }.count >= 3, "\(f.file)")
                #expect(notes.filter { $0.contains("\"") }.count >= 3, "\(f.file)")
                #expect(notes.filter { $0.contains("\n") }.count >= 3, "\(f.file)")
            }
        }
    }

    @Test func aCleanStoreHasNoPlantsAndNoBrokenRow() throws {
        var spec = Self.small
        spec.plantAnomalies = false
        try withStore(spec) { _, summary in
            #expect(summary.expected.planted.isEmpty)
            #expect(summary.expected.hardNegatives.isEmpty)
            #expect(summary.expected.months.flatMap(\.files).allSatisfy { $0.rejected == 0 })
            for month in summary.expected.months {
                #expect(month.metric("orders") == month.metric("ordersExcludingPlanted"))
            }
        }
    }

    // MARK: - contract.json, expected.json

    @Test func jsonFilesParseAndFollowTheSpec() throws {
        var spec = Self.small
        spec.storeName = "小\"店\", 测试\\"
        try withStore(spec) { dir, summary in
            let contractJSON = try JSONSerialization.jsonObject(
                with: Data(contentsOf: dir.appendingPathComponent("contract.json")))
            let contract = try #require(contractJSON as? [String: Any])
            #expect((contract["store"] as? [String: Any])?["name"] as? String == spec.storeName)
            let stages = try #require(contract["stages"] as? [[String: Any]])
            #expect(stages.map { $0["from"] as? String } == ["2025-12", "2026-01"])
            #expect(stages.map { $0["to"] as? String } == ["2025-12", "2026-01"])
            #expect(stages.map { $0["name"] as? String } == ["第1月 适应期", "第2月 增长期"])
            for stage in stages {
                let targets = try #require(stage["targets"] as? [String: Any])
                // Plain figures, and the growth target over the first month.
                #expect(
                    targets.values.allSatisfy { ($0 as? Double).map { $0 > 0 } ?? ($0 is [String: Any]) }, "\(targets)")
            }
            let growth = try #require((stages[1]["targets"] as? [String: Any])?["naturalVisitors"] as? [String: Any])
            #expect(growth["growth"] as? Double == 0.05 && growth["baseline"] as? String == "2025-12")
            let limits = try #require(contract["limits"] as? [String: Double])
            #expect(limits["roiRedLine"] == 1.5 && limits["roiRedLineDays"] == 3)

            let expectedJSON = try JSONSerialization.jsonObject(
                with: Data(contentsOf: dir.appendingPathComponent("expected.json")))
            let expected = try #require(expectedJSON as? [String: Any])
            #expect(expected["schemaVersion"] as? Int == 1)
            #expect(expected["seed"] as? Int == 7)
            let months = try #require(expected["months"] as? [[String: Any]])
            #expect(months.count == 2)
            let metrics = try #require(months[0]["metrics"] as? [String: Double])
            #expect(metrics["orders"] == summary.expected.months[0].metric("orders"))
            let planted = try #require(expected["planted"] as? [[String: Any]])
            #expect(planted.count == summary.expected.planted.count)
            #expect(
                planted.allSatisfy {
                    $0.keys.sorted() == ["campaign", "dates", "id", "month", "orderIds", "rule", "shape", "source"]
                })
        }
    }

    // MARK: - Errors

    @Test(arguments: [
        SampleStoreSpec(firstMonth: "2025-7"), SampleStoreSpec(firstMonth: "2025-13"),
        SampleStoreSpec(firstMonth: "July"),
        SampleStoreSpec(monthCount: 0), SampleStoreSpec(ordersPerDay: 0), SampleStoreSpec(ordersPerDay: -5),
        SampleStoreSpec(storeName: " "),
    ])
    func anUnusableSpecIsRefusedWithAMessage(spec: SampleStoreSpec) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: SampleGeneratorError.self) { try SampleStoreGenerator.write(spec, to: dir) }
        #expect(error.description.hasPrefix("无法生成示例店铺："))
        #expect(!FileManager.default.fileExists(atPath: dir.path), "nothing written")
    }

    @Test func anUnwritableFolderIsAnErrorNamingThePath() throws {
        let file = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not a folder".utf8).write(to: file)
        let error = try #require(throws: SampleGeneratorError.self) {
            try SampleStoreGenerator.write(Self.small, to: file)
        }
        #expect(error.description.contains(file.lastPathComponent))
    }

    // MARK: - Helpers

    static let orderHeader = [
        "订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言",
        "收货人姓名", "收货地址 ", "运送方式", "联系电话 ", "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类",
        "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "退款金额",
    ]

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-sample-\(UUID().uuidString)")
    }

    /// Generates `spec` into a fresh temporary folder, runs `body`, and removes the folder.
    func withStore(_ spec: SampleStoreSpec, _ body: (URL, SampleStoreSummary) throws -> Void) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try SampleStoreGenerator.write(spec, to: dir)
        try body(dir, summary)
    }

    /// An export's data rows under its header, in any container, cells by header name.
    struct Table {
        var header: [String]
        var rows: [[String]]
        /// Rows the audit must also read and skip: explanation rows, and every row of a sheet
        /// that breaks another down (生意参谋's 分载体 sheet).
        var otherRows = 0

        /// The cell of the first of `names` in the header (names trimmed: Taobao's have trailing spaces).
        subscript(_ row: [String], _ names: String...) -> String {
            let trimmed = header.map { $0.trimmingCharacters(in: .whitespaces) }
            guard let i = names.lazy.compactMap({ trimmed.firstIndex(of: $0) }).first else {
                fatalError("no column \(names) in \(header)")
            }
            return i < row.count ? row[i] : ""
        }
    }

    /// The data rows of an export file: decoded, parsed, title lines, header and notes dropped.
    static func table(of f: SampleExpectation.FileRows, in dir: URL) throws -> Table {
        if f.encoding == "xlsx" {
            let zip = try ZipArchive(MemoryBytes([UInt8](Data(contentsOf: dir.appendingPathComponent(f.file)))))
            var budget = InflateBudget()
            let book = try XLSXWorkbook(archive: zip, budget: &budget, spillDirectory: nil)
            return try sheetTable(book, 0)
        }
        if f.encoding == "xls" {
            let book = try BIFF8Workbook(
                CompoundFile(MemoryBytes([UInt8](Data(contentsOf: dir.appendingPathComponent(f.file))))))
            var t = try sheetTable(book, 0)
            let carriers = try sheetTable(book, 1)
            t.otherRows += carriers.rows.count + carriers.otherRows
            return t
        }
        var path = f.file
        var bytes: [UInt8]
        if let zipEnd = path.range(of: ".zip/") {
            let zip = try ZipArchive(
                MemoryBytes(
                    [UInt8](Data(contentsOf: dir.appendingPathComponent(String(path[..<zipEnd.lowerBound]) + ".zip")))))
            let entry = try #require(zip.entries.first { $0.name == String(path[zipEnd.upperBound...]) })
            var budget = InflateBudget()
            bytes = try zip.data(of: entry, budget: &budget)
            path = entry.name
        } else {
            bytes = Array(try Data(contentsOf: dir.appendingPathComponent(f.file)))
        }
        let text: String
        switch f.encoding {
        case "gb18030": text = try #require(decodeGB18030(bytes))
        case "utf-8-bom":
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        default: text = String(decoding: bytes, as: UTF8.self)
        }
        var records = CSV.records(text)
        if f.kind == "traffic" {
            #expect(records.prefix(2).map { $0.count } == [1, 1], "two title lines")
            records.removeFirst(2)  // the blank line is no record
        }
        return Table(header: records[0], rows: Array(records.dropFirst()))
    }

    /// A sheet's rows below its header (the first row with more than one cell), padded to the
    /// header's width; rows of one cell below the data are explanation rows.
    static func sheetTable(_ book: some WorkbookReader, _ index: Int) throws -> Table {
        var rows: [[String]] = []
        try book.forEachRow(inSheet: index, from: nil) {
            rows.append($0.strings)
            return true
        }
        let headerIndex = try #require(rows.firstIndex { $0.count > 1 })
        let header = rows[headerIndex]
        let below = rows[(headerIndex + 1)...]
        let data = below.filter { $0.count > 1 }.map {
            $0 + Array(repeating: "", count: max(0, header.count - $0.count))
        }
        return Table(header: header, rows: Array(data), otherRows: below.count - data.count)
    }

    /// `="3812…"` (the legacy csv) or `3812…` (xlsx) → the id.
    static func orderID(_ cell: String) -> String {
        cell.hasPrefix("=\"") ? String(cell.dropFirst(2).dropLast()) : cell
    }

    /// `1,234.56`, `¥86.20`, `-` → cents; nil for text that is no amount (`12..50`).
    static func cents(_ cell: String) -> Int? {
        let plain = cell.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "¥", with: "")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let whole = Int(parts[0]), let frac = Int(parts[1]) else {
            return nil
        }
        return whole * 100 + frac
    }

    /// `1,234` → 1234.
    static func count(_ cell: String) -> Int { Int(cell.replacingOccurrences(of: ",", with: "")) ?? -1 }

    static func daysIn(_ month: String) -> Int {
        let parts = month.split(separator: "-").map { Int($0)! }
        var components = DateComponents(year: parts[0], month: parts[1])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        components.day = 1
        return calendar.range(of: .day, in: .month, for: calendar.date(from: components)!)!.count
    }

    static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")!
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress
                var op: UnsafeMutablePointer<CChar>? = o.baseAddress
                return iconv(cd, &ip, &inLeft, &op, &outLeft) != -1
            }
        }
        guard ok else { return nil }
        return String(decoding: output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A plain RFC 4180 reader for the tests: quoted fields may hold commas, doubled quotes and line breaks;
/// a quote inside an unquoted field (Excel's `="…"`) is an ordinary character.
enum CSV {
    /// The records of `text`; CR before LF is dropped and blank lines give no record.
    static func records(_ text: String) -> [[String]] {
        let s = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var i = 0
        var inQuotes = false
        var atFieldStart = true
        while i < s.count {
            let c = s[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && atFieldStart {
                inQuotes = true
            } else if c == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
                atFieldStart = true
                i += 1
                continue
            } else if c == "\n" {
                record.append(String(field))
                field = String.UnicodeScalarView()
                records.append(record)
                record = []
                atFieldStart = true
                i += 1
                continue
            } else if c != "\r" {
                field.append(c)
            }
            atFieldStart = false
            i += 1
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        return records.filter { $0 != [""] }
    }
}
