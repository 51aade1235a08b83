import AuditImport
import AuditRecords
import Foundation
import MonthlyAudit
import Testing

/// An export that masks or encrypts most addresses and phones: the rules that group on them see
/// only the rest, and the report says so instead of finding nothing in silence.
@Suite struct KeylessOrdersReportTests {
    /// Twelve paid orders: `addresses` of them with a real address, `phones` with a real phone.
    static func month(addresses: Int, phones: Int) throws -> [String] {
        var csv = "订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单付款时间\r\n"
        for i in 0..<12 {
            let address = i < addresses ? "浙江省杭州市西湖区文三路\(100 + i)号" : (i % 2 == 0 ? "****" : "##密文##")
            let phone = i < phones ? "1380000\(1000 + i)" : "$$密文$$"
            csv += "\(9000 + i),buyer\(i),19.90,交易成功,张\(i),\(address),\(phone),2026-05-0\(1 + i % 9) 10:00:00\r\n"
        }
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(csv), file: "exports/2026-05/orders.csv"))
        #expect(imported.counts.accepted == 12)
        let contract = Contract(storeName: "测试店", stages: [])
        return MonthlyAuditor.audit(
            month: YearMonth(year: 2026, month: 5), contract: contract, imports: [imported], previous: nil,
            history: []
        ).result.warningSentences
    }

    @Test func mostAddressesMaskedIsSaidWithTheCount() throws {
        let warnings = try Self.month(addresses: 4, phones: 12)
        #expect(
            warnings.contains(
                "规则「同地址多单」（same-address-cluster）、「关联订单团伙」（linked-orders）只看到部分订单：8 个已付款订单（67%）没有收货地址（导出中为空、打码或加密），这些订单不参与按此分组的检查"
            ), "\(warnings)")
        #expect(!warnings.contains { $0.contains("same-phone-cluster") })
    }

    @Test func everyPhoneEncryptedSkipsThePhoneRule() throws {
        let warnings = try Self.month(addresses: 12, phones: 0)
        #expect(
            warnings.contains(
                "已跳过规则「同手机号多单」（same-phone-cluster）：本月已付款订单都没有可用的手机号（含可见尾号的打码手机号）（导出中为空、打码或加密）"),
            "\(warnings)")
        #expect(!warnings.contains { $0.contains("same-address-cluster") })
    }

    @Test func aFewMaskedOrdersAreNoNews() throws {
        let warnings = try Self.month(addresses: 10, phones: 10)
        #expect(!warnings.contains { $0.contains("same-address-cluster") || $0.contains("same-phone-cluster") })
    }
}
