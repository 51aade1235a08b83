import AuditReport
import Testing

@testable import AgencyAudit
@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// A collection point is scored, not exempted: one cheap item bought by many names there within a
/// few hours, far above that item's share of the store's orders then, is brushing; a station's
/// ordinary day, and a best-seller at its usual share, stay low.
@Suite struct CollectionPointBurstTests {
    typealias T = RuleTests
    static let station = "湖北省 武汉市 洪山区 珞喻路1037号 华中科技大学 菜鸟驿站(430074)"
    static let locker = "浙江省 杭州市 西湖区 文三路138号 东方通信大厦 丰巢快递柜"
    static let bestSeller = "【爆款】学生帆布包"
    static let items = [bestSeller, "连衣裙", "数据线", "保温杯", "笔记本", "雨伞", "拖鞋", "耳机"]

    /// 30 days of the store's ordinary orders, each to its own home: the best-seller is 40% of them.
    static func storeMonth() -> [Order] {
        var rng = TestRandom(seed: 12)
        return (0..<900).map { i in
            let item = rng.next() % 10 < 4 ? bestSeller : items[1 + Int(rng.next() % 7)]
            return T.order(
                "B\(i)", T.at(1 + i % 28, 8 + Int(rng.next() % 14), Int(rng.next() % 60)), buyer: "u\(i)",
                name: "顾客\(i)", phone: "139\(10_000_000 + i)", address: "浙江省 杭州市 拱墅区 莫干山路\(i)号", item: item,
                amount: 1990 + Int64(rng.next() % 5000))
        }
    }

    func findings(_ orders: [Order]) -> [Anomaly] {
        let data = MonthData(month: T.month, orders: orders, traffic: [], ads: [])
        return SameAddressClusterRule().detect(in: data, context: RuleTests().context.readingBack(orders))
    }

    @Test func tenNamesOneCheapItemAtALockerInAFewHoursIsFlagged() {
        let burst = (0..<10).map { i in
            T.order(
                "L\(i)", T.at(15, 13, i * 15), buyer: "tb_7\(i)", name: "收件人\(i)", phone: "1367000000\(i)",
                address: Self.locker)
        }
        let found = findings(Self.storeMonth() + burst).filter { $0.orderIDs.contains("L0") }
        #expect(found.count == 1)
        #expect(found.first.map { $0.severity >= .medium } == true)
        #expect(found.first?.orderIDs.sorted() == burst.map(\.id).sorted())
        #expect(found.first?.facts.value(.collectionPointBurst) == .text("丰巢"))
        #expect(found.first?.facts.value(.stationOrdersInWindow) == .count(10))
        let sentence = found.first.map { AnomalyWording(masker: PIIMasker()).chinese($0) } ?? ""
        #expect(sentence.contains("代收点，但这段时间该点 10 单里有 10 单是同一商品"), "\(sentence)")
    }

    /// The same burst hidden in a station's ordinary traffic is still found.
    @Test func aBurstInsideAStationsBusyMonthIsFlagged() {
        var rng = TestRandom(seed: 7)
        let ordinary = (0..<120).map { i in
            T.order(
                "S\(i)", T.at(1 + i % 28, 8 + Int(rng.next() % 14)), buyer: "s\(i)", name: "学生\(i)",
                phone: "138\(20_000_000 + i)", address: Self.station, item: Self.items[Int(rng.next() % 8)],
                amount: 1990 + Int64(rng.next() % 3000))
        }
        let burst = (0..<10).map { i in
            T.order(
                "K\(i)", T.at(16, 20, i * 10), buyer: "tb_8\(i)", name: "同学\(i)", phone: "1368000000\(i)",
                address: Self.station)
        }
        let found = findings(Self.storeMonth() + ordinary + burst).filter { $0.severity >= .medium }
        #expect(found.count == 1)
        #expect(Set(found.first?.orderIDs ?? []) == Set(burst.map(\.id)))
    }

    @Test func aStationsOrdinaryMonthStaysLow() {
        var rng = TestRandom(seed: 9)
        let ordinary = (0..<200).map { i in
            T.order(
                "S\(i)", T.at(1 + i % 28, 8 + Int(rng.next() % 14), Int(rng.next() % 60)), buyer: "s\(i)",
                name: "学生\(i)", phone: "138\(20_000_000 + i)", address: Self.station,
                item: rng.next() % 10 < 4 ? Self.bestSeller : Self.items[1 + Int(rng.next() % 7)],
                amount: 1990 + Int64(rng.next() % 3000))
        }
        let found = findings(Self.storeMonth() + ordinary)
        #expect(found.allSatisfy { $0.severity == .low })
        #expect(found.allSatisfy { $0.facts.value(.collectionPointBurst) == nil })
    }

    /// Ten students buying the store's best-seller at the campus station in one evening, while the
    /// store sells it at 40% everywhere: the station's share is the store's, so it stays low.
    @Test func aBestSellerAtItsUsualShareStaysLow() {
        var rng = TestRandom(seed: 11)
        let evening = (0..<25).map { i in
            T.order(
                "E\(i)", T.at(16, 17, i * 12), buyer: "s\(i)", name: "学生\(i)", phone: "138\(30_000_000 + i)",
                address: Self.station, item: i % 5 < 2 ? Self.bestSeller : Self.items[1 + Int(rng.next() % 7)],
                amount: 1990 + Int64(rng.next() % 3000))
        }
        let found = findings(Self.storeMonth() + evening)
        #expect(found.allSatisfy { $0.severity == .low })
    }

    @Test func binomialTail() {
        #expect(abs(SameAddressClusterRule.binomialTail(atLeast: 10, of: 10, p: 0.4) - 0.000_104_857_6) < 1e-12)
        #expect(abs(SameAddressClusterRule.binomialTail(atLeast: 1, of: 3, p: 0.5) - 0.875) < 1e-12)
        #expect(SameAddressClusterRule.binomialTail(atLeast: 0, of: 3, p: 0.5) == 1)
        #expect(SameAddressClusterRule.binomialTail(atLeast: 5, of: 20, p: 0) == 0)
    }
}
