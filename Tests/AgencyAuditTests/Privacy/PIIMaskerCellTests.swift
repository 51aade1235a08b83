import Testing

@testable import AuditRecords

/// Personal data told by what a cell looks like (for rows whose columns are shifted).
@Suite struct PIIMaskerCellTests {
    @Test(arguments: [
        ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"), ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"), ("0086-13812345678", "13812345678"), ("8613812345678", "13812345678"),
        ("0571-88886666", "057188886666"), ("(010) 1234-5678", "01012345678"),
    ])
    func phonesAreToldByTheirShape(cell: String, digits: String) {
        #expect(PIIMasker.phoneDigits(in: cell) == digits)
    }

    @Test(arguments: [
        "3812004976039587661", "2025-09-01", "2025-09-01 10:00", "59.00", "138****5678", "1381234567", "23812345678",
        "731204888121", "电话13812345678", "",
    ])
    func otherCellsAreNoPhones(cell: String) {
        #expect(PIIMasker.phoneDigits(in: cell) == nil)
    }

    @Test(arguments: [
        ("浙江省杭州市西湖区文三路100号", true), ("文三路 100 号 5 幢 302 室", true), ("北京市海淀区中关村大街1号", true),
        ("浙江省杭州市", true), ("3 单元 502 室", true), ("中关村大街", true),
        ("浙江省", false), ("杭州市", false), ("冰丝防晒衣女夏季长袖外套", false), ("交易成功", false), ("中通快递", false),
        ("请放快递柜，谢谢", false), ("5号", false),
    ])
    func addressesAreToldByTheirMarks(cell: String, isAddress: Bool) {
        #expect(PIIMasker.looksLikeAddress(cell) == isAddress)
    }

    @Test(arguments: [
        ("张三", true), ("欧阳娜娜", true), ("阿卜杜·热合曼", true), ("张", false), ("张三丰李四王", false),
        ("tb_8734512", false), ("张三1", false), ("", false),
    ])
    func namesAreShortChineseWords(cell: String, isName: Bool) {
        #expect(PIIMasker.looksLikeName(cell) == isName)
    }

    /// A row whose fields moved one place: the phone, the address and the name beside them are
    /// masked wherever they landed, the personal columns' kinds reach the cell after them, and
    /// amounts, dates and ids stay readable.
    @Test func aShiftedRowIsMaskedByLook() {
        let cells = [
            "1", "tb_8734512", "59.00", "交易成功", "请尽快", "谢谢", "张三", "浙江省杭州市西湖区文三路100号", "+86 139 0000 1111",
            "2025-09-01",
        ]
        // 买家会员名 (1), 收货人姓名 (5), 收货地址 (6), 联系手机 (7), each also one cell on.
        let near: [Int: PersonalField] = [1: .account, 2: .account, 5: .name, 6: .address, 7: .address, 8: .phone]
        #expect(
            PIIMasker().maskByLook(cells, near: near) == [
                // 张三 is where the address is if the extra comma came after it: hidden as one (no district to keep).
                "1", "t********2", "59.00", "交易成功", "请尽快", "谢*", "***", "浙江省杭州市西湖区 ***", "139****1111",
                "2025-09-01",
            ])
        #expect(PIIMasker(reveal: true).maskByLook(cells, near: near) == cells)
    }

    @Test func aStreetWithoutItsDistrictIsHiddenWholeAndASwallowedCellIsLeftOut() {
        let cells = ["文三路 100 号 5 幢 302 室", "王五", "x\n2,20.00,张三,13812345678"]
        #expect(PIIMasker().maskByLook(cells, near: [:]) == ["***", "王*", nil])
    }
}
