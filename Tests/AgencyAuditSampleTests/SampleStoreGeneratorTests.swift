import Foundation
import Glibc
import Testing
import AgencyAuditSample

/// Generates small stores in fresh temporary folders and checks the written files against
/// expected.json with a CSV reader and arithmetic of their own (nothing shared with the generator).
@Suite struct SampleStoreGeneratorTests {
    /// Two months across a year end, ten orders a day: small enough to generate in milliseconds.
    static let small = SampleStoreSpec(seed: 7, firstMonth: "2025-12", monthCount: 2, ordersPerDay: 10)
    /// Three months, so every planted shape and hard negative is present.
    static let threeMonths = SampleStoreSpec(seed: 11, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 10)

    // MARK: - Determinism and shape

    @Test func sameSpecGivesByteIdenticalFiles() throws {
        try withStore(Self.small) { a, summary in
            try withStore(Self.small) { b, _ in
                #expect(summary.files.count == 31 + 1 + 2 + 2)  // 31 one-day traffic files in December, one monthly, two order and two ad files
                for file in summary.files + ["contract.json", "expected.json"] {
                    let first = try Data(contentsOf: a.appendingPathComponent(file)), second = try Data(contentsOf: b.appendingPathComponent(file))
                    #expect(first == second, "\(file)")
                }
            }
            var otherSeed = Self.small
            otherSeed.seed = 8
            try withStore(otherSeed) { b, other in
                let orders = try #require(other.files.first { $0.contains("ExportOrderList") })
                let first = try Data(contentsOf: a.appendingPathComponent(orders)), second = try Data(contentsOf: b.appendingPathComponent(orders))
                #expect(first != second)
            }
        }
    }

    @Test func workspaceHasTheExportFileNamesOfTheBackOffice() throws {
        try withStore(Self.threeMonths) { _, summary in
            #expect(summary.files.contains("exports/2025-07/ExportOrderList202507312359.csv"))
            #expect(summary.files.contains("exports/2025-09/ExportOrderList202509302359.csv"))
            #expect(summary.files.contains("exports/2025-07/生意参谋/【生意参谋平台】店铺来源_2025-07-01_2025-07-01.csv"))
            #expect(summary.files.contains("exports/2025-07/生意参谋/【生意参谋平台】店铺来源_2025-07-31_2025-07-31.csv"))
            #expect(summary.files.contains("exports/2025-08/生意参谋/【生意参谋平台】店铺来源_2025-08-01_2025-08-31.csv"))
            #expect(summary.files.contains("exports/2025-09/计划报表_20250930_110330.csv"))
            #expect(summary.files.count == 3 + 31 + 2 + 3)
            #expect(summary.files == summary.files.sorted())
            #expect(summary.expected.months.map(\.month) == ["2025-07", "2025-08", "2025-09"])
        }
    }

    @Test func orderFileIsGB18030WithCRLFAndTheExactTaobaoHeader() throws {
        try withStore(Self.small) { dir, summary in
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
        try withStore(Self.small) { dir, summary in
            let oneDay = try Data(contentsOf: dir.appendingPathComponent("exports/2025-12/生意参谋/【生意参谋平台】店铺来源_2025-12-01_2025-12-01.csv"))
            #expect(Array(oneDay.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let dayText = String(decoding: oneDay.dropFirst(3), as: UTF8.self)
            #expect(dayText.hasPrefix("【生意参谋平台】店铺来源\r\n统计时间：2025-12-01 ~ 2025-12-01\r\n\r\n流量载体,一级来源,二级来源,访客数,浏览量,支付买家数,支付转化率,支付金额,客单价\r\n"))
            let month = try Data(contentsOf: dir.appendingPathComponent("exports/2026-01/生意参谋/【生意参谋平台】店铺来源_2026-01-01_2026-01-31.csv"))
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

    @Test func expectedRowCountsMatchARecountOfTheFiles() throws {
        try withStore(Self.small) { dir, summary in
            for month in summary.expected.months {
                for f in month.files {
                    let records = try Self.dataRecords(of: f, in: dir)
                    let skipped = records.filter { $0.contains("汇总") || $0.first == "合计" }.count
                    let rejected = f.kind == "orders" ? records.filter { Self.cents($0[6]) == nil }.count : 0
                    #expect(records.count == f.read, "\(f.file)")
                    #expect(skipped == f.skipped, "\(f.file)")
                    #expect(rejected == f.rejected, "\(f.file)")
                    #expect(f.read == f.accepted + f.rejected + f.skipped, "\(f.file)")
                }
            }
            #expect(summary.expected.months.flatMap(\.files).reduce(0) { $0 + $1.rejected } == 1, "one planted broken row")
        }
    }

    @Test(arguments: [SampleStoreGeneratorTests.small, SampleStoreGeneratorTests.threeMonths])
    func expectedMetricsMatchARecountOfTheFiles(spec: SampleStoreSpec) throws {
        try withStore(spec) { dir, summary in
            let plantedIDs = Set(summary.expected.planted.flatMap(\.orderIDs))
            for month in summary.expected.months {
                var orders = 0, gmv = 0, refunds = 0, plantedOrders = 0, plantedGMV = 0
                var visitors = 0, search = 0, natural = 0, buyers = 0, spend = 0, sales = 0
                for f in month.files {
                    let records = try Self.dataRecords(of: f, in: dir)
                    switch f.kind {
                    case "orders":
                        for r in records {
                            // Paid in this month: `2025-12-03 10:12:45` or Excel's `2025/12/3 10:12`.
                            guard let paid = Self.cents(r[6]), r[15].count >= 7 else { continue }
                            let ym = r[15].split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " }).prefix(2).map { Int($0)! }
                            guard String(format: "%04d-%02d", ym[0], ym[1]) == month.month else { continue }
                            orders += 1
                            gmv += paid
                            refunds += Self.cents(r[24])!
                            if plantedIDs.contains(String(r[0].dropFirst(2).dropLast())) {
                                plantedOrders += 1
                                plantedGMV += paid
                            }
                        }
                    case "traffic":
                        let offset = records[0].count == 10 ? 1 : 0  // monthly downloads start with 统计日期
                        for r in records where r[offset + 2] != "汇总" {
                            let v = Self.count(r[offset + 3])
                            visitors += v
                            buyers += Self.count(r[offset + 5])
                            if r[offset + 2] == "手淘搜索" { search += v }
                            if r[offset + 1] == "淘内免费" { natural += v }
                        }
                    default:
                        for r in records where r[0] != "合计" {
                            spend += Self.cents(r[6])!
                            sales += Self.cents(r[9])!
                        }
                    }
                }
                let days = Double(Self.daysIn(month.month))
                let recount: [String: Double] = [
                    "orders": Double(orders), "gmv": Double(gmv) / 100, "refundAmount": Double(refunds) / 100,
                    "visitors": Double(visitors), "searchVisitorsPerDay": Double(search) / days,
                    "naturalTrafficShare": Double(natural) / Double(visitors), "conversionRate": Double(buyers) / Double(visitors),
                    "averageOrderValue": Double(gmv) / 100 / Double(orders), "adSpend": Double(spend) / 100,
                    "adROI": Double(sales) / Double(spend), "ordersExcludingPlanted": Double(orders - plantedOrders),
                    "gmvExcludingPlanted": Double(gmv - plantedGMV) / 100,
                ]
                #expect(month.metrics.map(\.0) == ["orders", "gmv", "refundAmount", "visitors", "searchVisitorsPerDay", "naturalTrafficShare",
                                                   "conversionRate", "averageOrderValue", "adSpend", "adROI", "ordersExcludingPlanted", "gmvExcludingPlanted"])
                for (name, value) in month.metrics {
                    let want = try #require(recount[name])
                    #expect(abs(value - want) <= max(1e-6 * abs(want), 1e-6), "\(month.month) \(name): expected.json \(value), recount \(want)")
                }
            }
        }
    }

    @Test func subtotalRowsAreTheSumsOfTheirGroups() throws {
        try withStore(Self.small) { dir, summary in
            for f in summary.expected.months.flatMap(\.files) where f.kind == "traffic" {
                let records = try Self.dataRecords(of: f, in: dir)
                let offset = records[0].count == 10 ? 1 : 0
                var k = 0
                while k < records.count {
                    let subtotal = records[k]
                    #expect(subtotal[offset + 2] == "汇总", "\(f.file) row \(k)")
                    let members = records[(k + 1)...].prefix { $0[offset + 1] == subtotal[offset + 1] && $0[offset + 2] != "汇总" }
                    for column in [3, 4, 5] {
                        #expect(Self.count(subtotal[offset + column]) == members.reduce(0) { $0 + Self.count($1[offset + column]) }, "\(f.file) \(subtotal)")
                    }
                    #expect(Self.cents(subtotal[offset + 7]) == members.reduce(0) { $0 + Self.cents($1[offset + 7])! }, "\(f.file) \(subtotal)")
                    k += 1 + members.count
                }
            }
            for f in summary.expected.months.flatMap(\.files) where f.kind == "ads" {
                let records = try Self.dataRecords(of: f, in: dir)
                let total = try #require(records.last)
                #expect(total[0] == "合计" && total[1...3] == ["-", "-", "-"])
                #expect(Self.cents(total[6]) == records.dropLast().reduce(0) { $0 + Self.cents($1[6])! })
                #expect(Self.cents(total[9]) == records.dropLast().reduce(0) { $0 + Self.cents($1[9])! })
                #expect(Self.count(total[10]) == records.dropLast().reduce(0) { $0 + Self.count($1[10]) })
            }
        }
    }

    // MARK: - Planted anomalies and hard negatives

    @Test func plantedAndHardNegativeOrdersAreInTheirMonthsOrderFiles() throws {
        try withStore(Self.threeMonths) { dir, summary in
            var idsByMonth: [String: Set<String>] = [:]
            for f in summary.expected.months.flatMap(\.files) where f.kind == "orders" {
                let month = String(f.file.dropFirst("exports/".count).prefix(7))
                idsByMonth[month] = Set(try Self.dataRecords(of: f, in: dir).map { String($0[0].dropFirst(2).dropLast()) })
            }
            let allIDs = idsByMonth.values.reduce(into: Set<String>()) { $0.formUnion($1) }
            #expect(allIDs.count == summary.orderRows, "order ids are unique across the workspace")
            #expect(Set(summary.expected.planted.map(\.rule)).isSuperset(of: ["same-address-cluster", "same-phone-cluster", "traffic-source-surge",
                                                                              "spend-over-limit", "roi-below-redline"]))
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
            #expect(kinds.isSuperset(of: ["repeat-customer", "family", "office-reception", "campus-parcel-station", "promotion-day"]))
            for h in summary.expected.hardNegatives {
                #expect(Set(h.orderIDs).isSubset(of: allIDs), "\(h.kind)")
                #expect(Set(h.orderIDs).isDisjoint(with: summary.expected.planted.flatMap(\.orderIDs)), "\(h.kind)")
            }
            #expect(summary.expected.hardNegatives.first { $0.kind == "campus-parcel-station" }?.orderIDs.count == 40)
            #expect(summary.expected.hardNegatives.first { $0.kind == "office-reception" }?.orderIDs.count == 14)
        }
    }

    @Test func awkwardBuyerNotesAreWrittenEveryMonth() throws {
        try withStore(Self.small) { dir, summary in
            for f in summary.expected.months.flatMap(\.files) where f.kind == "orders" {
                let notes = try Self.dataRecords(of: f, in: dir).map { $0[8] }
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
            let contractJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("contract.json")))
            let contract = try #require(contractJSON as? [String: Any])
            #expect((contract["store"] as? [String: Any])?["name"] as? String == spec.storeName)
            let stages = try #require(contract["stages"] as? [[String: Any]])
            #expect(stages.map { $0["from"] as? String } == ["2025-12", "2026-01"])
            #expect(stages.map { $0["to"] as? String } == ["2025-12", "2026-01"])
            #expect(stages.map { $0["name"] as? String } == ["第1月 适应期", "第2月 增长期"])
            for stage in stages {
                let targets = try #require(stage["targets"] as? [String: Double])
                #expect(targets.values.allSatisfy { $0 > 0 }, "\(targets)")
            }
            let limits = try #require(contract["limits"] as? [String: Double])
            #expect(limits["roiRedLine"] == 1.5 && limits["roiRedLineDays"] == 3)

            let expectedJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("expected.json")))
            let expected = try #require(expectedJSON as? [String: Any])
            #expect(expected["schemaVersion"] as? Int == 1)
            #expect(expected["seed"] as? Int == 7)
            let months = try #require(expected["months"] as? [[String: Any]])
            #expect(months.count == 2)
            let metrics = try #require(months[0]["metrics"] as? [String: Double])
            #expect(metrics["orders"] == summary.expected.months[0].metric("orders"))
            let planted = try #require(expected["planted"] as? [[String: Any]])
            #expect(planted.count == summary.expected.planted.count)
            #expect(planted.allSatisfy { $0.keys.sorted() == ["campaign", "dates", "id", "month", "orderIds", "rule", "source"] })
        }
    }

    // MARK: - Errors

    @Test(arguments: [
        SampleStoreSpec(firstMonth: "2025-7"), SampleStoreSpec(firstMonth: "2025-13"), SampleStoreSpec(firstMonth: "July"),
        SampleStoreSpec(monthCount: 0), SampleStoreSpec(ordersPerDay: 0), SampleStoreSpec(ordersPerDay: -5), SampleStoreSpec(storeName: " "),
    ])
    func anUnusableSpecIsRefusedWithAMessage(spec: SampleStoreSpec) throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: SampleGeneratorError.self) { try SampleStoreGenerator.write(spec, to: dir) }
        #expect(error.description.hasPrefix("cannot generate the sample store: "))
        #expect(!FileManager.default.fileExists(atPath: dir.path), "nothing written")
    }

    @Test func anUnwritableFolderIsAnErrorNamingThePath() throws {
        let file = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not a folder".utf8).write(to: file)
        let error = try #require(throws: SampleGeneratorError.self) { try SampleStoreGenerator.write(Self.small, to: file) }
        #expect(error.description.contains(file.lastPathComponent))
    }

    // MARK: - Helpers

    static let orderHeader = ["订单编号", "买家会员名", "买家支付宝账号", "买家应付货款", "买家应付邮费", "总金额", "买家实际支付金额", "订单状态", "买家留言",
                              "收货人姓名", "收货地址 ", "运送方式", "联系电话 ", "联系手机", "订单创建时间", "订单付款时间 ", "宝贝标题 ", "宝贝种类",
                              "物流单号 ", "物流公司", "订单备注", "宝贝总数量", "店铺名称", "订单关闭原因", "退款金额"]

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

    /// The data records of an export file: decoded, parsed, title lines and header dropped.
    static func dataRecords(of f: SampleExpectation.FileRows, in dir: URL) throws -> [[String]] {
        let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(f.file)))
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
        return Array(records.dropFirst())
    }

    /// `1,234.56`, `¥86.20`, `-` → cents; nil for text that is no amount (`12..50`).
    static func cents(_ cell: String) -> Int? {
        let plain = cell.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "¥", with: "")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let whole = Int(parts[0]), let frac = Int(parts[1]) else { return nil }
        return whole * 100 + frac
    }

    /// `1,234` → 1234.
    static func count(_ cell: String) -> Int { Int(cell.replacingOccurrences(of: ",", with: ""))! }

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
        var inLeft = input.count, outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress, op: UnsafeMutablePointer<CChar>? = o.baseAddress
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
        var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
        var i = 0, inQuotes = false, atFieldStart = true
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
