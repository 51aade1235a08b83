import Testing

@testable import AuditRecords

@Suite struct PIIMaskerTests {
    let masker = PIIMasker()

    @Test(arguments: [("张三", "张*"), ("欧阳娜娜", "欧***"), ("李", "李*"), ("", "")])
    func namesKeepTheirFirstCharacter(name: String, masked: String) {
        #expect(masker.name(name) == masked)
    }

    @Test(arguments: [("tb_8734512", "t********2"), ("ab", "a*b"), ("a", "*"), ("", "")])
    func accountsKeepTheirFirstAndLastCharacter(account: String, masked: String) {
        #expect(masker.account(account) == masked)
    }

    @Test(arguments: [
        ("13812341234", "138****1234"), ("138-1234-1234", "138****1234"), ("137****8899", "137****8899"),
        ("12345", "*****"), ("", ""),
    ])
    func phonesKeepTheirFirstThreeAndLastFourDigits(phone: String, masked: String) {
        #expect(masker.phone(phone) == masked)
    }

    @Test(arguments: [
        ("浙江省 杭州市 西湖区 文三路138号(310012)", "浙江省 杭州市 西湖区 ***"),
        ("上海 上海市 浦东新区 世纪大道100号", "上海 上海市 浦东新区 ***"),
        ("浙江省杭州市建德市新安江街道", "浙江省杭州市建德市 ***"),
    ])
    func addressesAreCutAfterTheDistrict(address: String, masked: String) {
        #expect(masker.address(address) == masked)
    }

    @Test func phonesInFreeTextAreScrubbed() {
        #expect(masker.scrubPhones("call 13812341234 now") == "call 138****1234 now")
        #expect(masker.scrubPhones("订单 3812345678901234567") == "订单 3812345678901234567", "an order id is no phone")
    }

    @Test func revealLeavesEverythingAsItIs() {
        let revealing = PIIMasker(reveal: true)
        #expect(revealing.name("张三") == "张三")
        #expect(revealing.phone("13812341234") == "13812341234")
        #expect(revealing.address("浙江省 杭州市 西湖区 文三路138号") == "浙江省 杭州市 西湖区 文三路138号")
        #expect(revealing.scrubPhones("call 13812341234") == "call 13812341234")
        #expect(revealing.mask("tb_8734512", as: .account) == "tb_8734512")
    }
}
