import AuditReport
import Testing

@testable import AuditDetect
@testable import AuditMeasure
@testable import AuditRecords

/// Rings: orders tied together through rotated addresses, phones and accounts.
@Suite struct LinkedOrdersRuleTests {
    typealias T = RuleTests
    let context = RuleTests().context

    func detect(_ orders: [Order]) -> [Anomaly] {
        LinkedOrdersRule().detect(
            in: MonthData(month: T.month, orders: orders, traffic: [], ads: []), context: context.readingBack(orders))
    }

    static let streets = [
        "浙江省 杭州市 西湖区 文三路11号 2幢1单元301室", "江苏省 南京市 鼓楼区 中山路22号 5幢2单元502室",
        "广东省 深圳市 南山区 科技园路33号 8栋1203室", "四川省 成都市 武侯区 人民南路44号 3幢4单元601室",
        "湖北省 武汉市 江汉区 解放大道55号 1幢2单元202室", "山东省 济南市 历下区 泉城路66号 6幢1单元101室",
    ]

    /// Twelve orders over 4 addresses, 4 phones and 6 accounts, rotated so no address or phone
    /// has more than three orders, within eleven hours, the 9.9 item, twelve names.
    static func ring() -> [Order] {
        (0..<12).map { k in
            T.order(
                "G\(k)", T.at(17, 9 + k, k * 3), buyer: "tb_\(1_000_000 + k % 6 * 10_007)", name: "买家\(k)",
                phone: "1391234\(String(format: "%04d", k / 3 * 11))", address: streets[k % 4])
        }
    }

    @Test func rotatingRingIsHigh() {
        let orders = Self.ring()
        let found = detect(orders)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(found.first?.orderIDs == orders.map(\.id))
        let facts = found.first?.facts ?? []
        // Links: 4 addresses × 2 + 4 phones × 2 + 6 accounts × 1 = 22 over 12 orders.
        #expect(facts.value(.linksPerOrder) == .ratio(22.0 / 12))
        #expect(facts.value(.sharedAddresses) == .count(4))
        #expect(facts.value(.sharedPhones) == .count(4))
        #expect(facts.value(.sharedAccounts) == .count(6))
        #expect(facts.value(.sharedAccountStems) == .count(0))
        #expect(facts.value(.distinctAccounts) == .count(6))
        #expect(facts.value(.distinctReceivers) == .count(12))
        // Score: 12 orders 2 + within a day 2 + one item 2 + cheap 1 + a web 2 + twelve names 2.
        #expect(facts.value(.score) == .score(11))
        let evidence = AnomalyWording(masker: PIIMasker()).chinese(found[0])
        #expect(evidence.contains("团伙") && evidence.contains("4 个收货地址") && evidence.contains("6 个买家账号"))
        #expect(!evidence.contains("文三路"))
    }

    @Test func familyWithTwoHomesAndTwoPhonesOverWeeksIsClean() {
        let items = ["连衣裙", "牛仔裤", "T恤", "袖套", "毛衣", "围巾", "雨伞", "拖鞋"]
        let orders = (0..<8).map { k in
            T.order(
                "H\(k)", T.at(2 + k * 4, 20), buyer: ["linmei", "tb_5550123", "林小宝", "tb_5550188"][k % 4],
                name: ["林梅", "林强", "林小宝", "王芳"][k % 4], phone: ["13700001111", "13900002222"][k / 2 % 2],
                address: Self.streets[k % 2], item: items[k], amount: 3_000 + Int64(k) * 1_700)
        }
        #expect(detect(orders).isEmpty)
        // Even all within two days, two names' worth of people buying varied things is no ring.
        let squeezed = orders.enumerated().map { k, o in
            var o = o
            o.paidAt = T.at(10, 9 + k)
            return o
        }
        #expect(detect(squeezed).isEmpty)
    }

    @Test func colleaguesOnDifferentFloorsOfOneTowerAreNeverMerged() {
        let orders = (0..<8).map { k in
            T.order(
                "O\(k)", T.at(16, 14, k * 10), buyer: "colleague\(k)", name: "同事\(k)",
                phone: "1380000\(String(format: "%04d", k))",
                address: "上海市 浦东新区 陆家嘴环路1000号 恒生银行大厦\(8 + k * 3)楼\(8 + k * 3)0\(1 + k % 4)室")
        }
        #expect(Set(orders.map(\.addressKey)).count == 8, "each floor and room its own address")
        #expect(detect(orders).isEmpty)
    }

    @Test func campusStationNeverLinksOrders() {
        let station = "湖北省 武汉市 洪山区 珞喻路1037号 华中科技大学 菜鸟驿站(430074)"
        // Fifteen students (roommates share a phone) and thirty: under and over the key's crowd cap.
        for count in [15, 30] {
            let orders = (0..<count).map { k in
                T.order(
                    "S\(k)", T.at(10, 9 + k % 10, k), buyer: "tb_\(2_000_000 + k * 997)", name: "学生\(k)",
                    phone: "1380000\(String(format: "%04d", k / 2))", address: station)
            }
            #expect(detect(orders).isEmpty, "\(count) orders at a station")
        }
    }

    /// The evasion: a fresh address and phone for every order. Bought accounts still come in
    /// registration blocks (tb_88011x…tb_88019x), whose stem links them.
    @Test func freshAddressesAndPhonesStillLinkThroughAnAccountBlock() {
        let orders = (0..<8).map { k in
            T.order(
                "B\(k)", T.at(12, 9 + k), buyer: "tb_8801\(10 + k * 11)", name: "号\(k)",
                phone: "1360000\(String(format: "%04d", k * 7))", address: Self.streets[k % 6] + "-\(k)号")
        }
        let found = detect(orders)
        #expect(found.count == 1)
        #expect(found.first?.facts.value(.sharedAccountStems) == .count(1))
        #expect(found.first.map { $0.severity >= .medium } == true)
        // A bare prefix never links: the same accounts' numbers in different blocks give nothing.
        let scattered = orders.enumerated().map { k, o in
            var o = o
            o.buyer = "tb_\(880_110 + k * 1_000)"
            return o
        }
        #expect(detect(scattered).isEmpty)
    }

    /// A stranger whose account number happens to sit in a ring account's block (two accounts, no
    /// block) stays out of the ring.
    @Test func aStrangerInOneRingAccountsNumberBlockStaysOut() {
        let stranger = T.order(
            "X", T.at(17, 12), buyer: "tb_\(1_000_000 + 55)", name: "路人", phone: "13612345678",
            address: "福建省 厦门市 思明区 湖滨南路1号 1幢101室", item: "连衣裙", amount: 23_900)
        let found = detect(Self.ring() + [stranger])
        #expect(found.count == 1)
        #expect(found.first?.orderIDs == Self.ring().map(\.id))
    }

    /// One address behind every order is the address rule's case.
    @Test func oneAddressIsLeftToTheClusterRule() {
        let orders = (0..<6).map { k in
            T.order(
                "A\(k)", T.at(12, 9 + k), buyer: "tb_\(3_000_000 + k % 3)", name: "人\(k)",
                phone: "1350000\(String(format: "%04d", k % 3))", address: Self.streets[0])
        }
        #expect(detect(orders).isEmpty)
    }
}
