import AgencyAuditSample
import Foundation
import Testing

/// The 拼多多 store the generator writes: the export's quirks are there, no traffic file, and the
/// same spec gives the same bytes.
@Suite struct PinduoduoSampleStoreTests {
    static func spec(seed: UInt64 = 3) -> SampleStoreSpec {
        var s = SampleStoreSpec(seed: seed, firstMonth: "2026-05", monthCount: 1, ordersPerDay: 15)
        s.platform = .pinduoduo
        return s
    }

    static func write(_ spec: SampleStoreSpec) throws -> (URL, SampleStoreSummary) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pdd-sample-\(UUID().uuidString)")
        return (dir, try SampleStoreGenerator.write(spec, to: dir))
    }

    @Test func theOrderCSVHasPinduoduosQuirks() throws {
        let (dir, summary) = try Self.write(Self.spec())
        defer { try? FileManager.default.removeItem(at: dir) }
        // Orders, 推广, 客服数据's 服务数据 and 销售数据 (the latter a BIFF workbook under an .xlsx name), and
        // the price and stock exports of the 5th and the 20th.
        #expect(summary.files.count == 8)
        #expect(summary.files.filter { $0.contains("商品导出/导出商品") }.count == 4)
        let sales = try #require(summary.files.first { $0.hasSuffix("客服_销售数据.xlsx") })
        let salesBytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(sales)))
        #expect(salesBytes.prefix(4) == [0xD0, 0xCF, 0x11, 0xE0])
        #expect(!summary.files.contains { $0.contains("流量") || $0.contains("traffic") })
        let ordersFile = try #require(summary.files.first { $0.hasSuffix(".csv") })
        let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent(ordersFile)))
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n").map(String.init)
        #expect(lines[0].hasPrefix("订单成交时间,商品,订单号,订单状态"))
        #expect(lines[0].hasSuffix("收货人,手机,省,市,区,街道"))
        let rows = lines.dropFirst()
        #expect(rows.count == summary.orderRows)
        #expect(rows.allSatisfy { $0.contains(",\t2605") }, "order numbers behind a tab, YYMMDD- prefixed")
        #expect(rows.contains { $0.hasPrefix(",") && !$0.contains("已取消") }, "paid orders without 订单成交时间")
        #expect(rows.contains { $0.contains("1******") }, "masked phones")
        #expect(rows.contains { $0.contains(",****,") }, "masked provinces")
        #expect(rows.contains { $0.contains("未发货退款成功") && $0.contains("退款成功") })
        let month = try #require(summary.expected.months.first)
        #expect(month.timeUnknownOrders ?? 0 >= 5)
        #expect(month.skippedRules == ["sequential-accounts"])
        let contract = try String(contentsOf: dir.appendingPathComponent("contract.json"), encoding: .utf8)
        #expect(contract.contains(#""platform": "pinduoduo""#))
    }

    @Test func theSameSpecGivesTheSameBytes() throws {
        let (a, first) = try Self.write(Self.spec())
        let (b, second) = try Self.write(Self.spec())
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        #expect(first.files == second.files)
        for file in first.files + ["contract.json", "expected.json"] {
            let x = try Data(contentsOf: a.appendingPathComponent(file))
            let y = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(x == y, "\(file)")
        }
    }

    @Test func everyPlatformIsWritten() {
        #expect(Set(SamplePlatform.supported) == Set(SamplePlatform.allCases))
    }
}
