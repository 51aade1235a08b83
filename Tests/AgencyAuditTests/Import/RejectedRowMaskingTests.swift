import Testing

@testable import AuditImport
@testable import AuditRecords

/// rejects.csv shows a rejected row as it stood, personal fields masked. The fields of a row with
/// a field too many or too few are not where the header says, so they are masked by their look.
@Suite struct RejectedRowMaskingTests {
    static let header = "订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间,买家留言,收货人姓名,收货地址,联系手机\n"

    @Test(arguments: [
        // An unquoted comma in the remark: everything after it one place to the right.
        "1,tb_8734512,59.00,交易成功,2025-09-01 10:00,请尽快,谢谢,张三丰,浙江省杭州市西湖区文三路100号5幢302室,13812345678\n",
        // An unquoted comma inside the address itself.
        "1,tb_8734512,59.00,交易成功,2025-09-01 10:00,请尽快,张三丰,浙江省杭州市西湖区文三路100号,5幢302室,13812345678\n",
        // A field left out before the name: everything after it one place to the left.
        "1,tb_8734512,59.00,交易成功,2025-09-01 10:00,张三丰,浙江省杭州市西湖区文三路100号5幢302室,13812345678\n",
    ])
    func aRowOfAnotherWidthHasItsAddressPhoneAndNameMasked(row: String) throws {
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(Self.header + row)))
        let reject = try #require(imported.rejects.first)
        let raw = reject.raw(masker: PIIMasker())
        for secret in ["文三路", "100号", "5幢", "302室", "13812345678", "张三丰", "三丰", "8734512"] {
            #expect(!raw.contains(secret), "\(secret) in \(raw)")
        }
        #expect(raw.contains("浙江省杭州市西湖区 ***"), "\(raw)")
        #expect(raw.contains("138****5678"), "\(raw)")
        #expect(raw.hasPrefix("1,t********2,59.00,交易成功,2025-09-01 10:00,"), "figures and dates stay readable: \(raw)")
        #expect(reject.raw(masker: PIIMasker(reveal: true)) == String(row.dropLast()))
    }

    /// A row as wide as its header is masked by column, as before, and a phone written with
    /// `+86` and spaces in another column is masked too.
    @Test func aRowAsWideAsItsHeaderIsMaskedByColumn() throws {
        let row = "1,tb_8734512,12..50,交易成功,2025-09-01 10:00,+86 139 0000 1111,张三丰,浙江省杭州市西湖区文三路100号,13812345678\n"
        let imported = try #require(try Fixtures.importExport(Fixtures.utf8(Self.header + row)))
        let reject = try #require(imported.rejects.first)
        #expect(reject.columnText == "第 3 列「买家实际支付金额」")
        #expect(
            reject.raw(masker: PIIMasker())
                == "1,t********2,12..50,交易成功,2025-09-01 10:00,139****1111,张**,浙江省杭州市西湖区 ***,138****5678")
    }
}
