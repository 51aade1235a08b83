import Testing

@testable import AgencyAudit
@testable import AuditRecords

@Suite struct AddressNormalizerTests {
    let normalizer = AddressNormalizer()

    @Test(arguments: [
        "浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)",
        "杭州市余杭区五常街道文一西路９９８号3栋2单元301室",
        "浙江 杭州 余杭区 文一西路998号3幢2单元301",
        "浙江省杭州市余杭区五常街道文一西路998号 3 幢 2 单元 301 室",
        "浙江省杭州市余杭区文一西路998号3号楼2单元301（311121）",
        "浙江省杭州市余杭区文一西路998号三幢2单元301室",
    ])
    func variantsOfOnePlaceMeet(address: String) {
        #expect(normalizer.key(address) == "余杭区文一西路998号3号2单元301")
    }

    /// The region typed again after the platform's own (a full address pasted into the detail
    /// field) is the same place; a road that merely shares a word with the district is not cut.
    @Test(arguments: [
        ("浙江省杭州市江干区杭州市江干区九堡镇东方公寓7幢1161室", "浙江省杭州市江干区九堡镇东方公寓7幢1161室"),
        ("浙江省杭州市江干区浙江省杭州市江干区东方公寓7幢1161室", "杭州市江干区东方公寓7幢1161"),
        ("浙江省杭州市江干区江干区东方公寓7幢1161室", "江干区东方公寓7幢1161室"),
        ("上海市浦东新区上海市浦东新区张江路88号2号楼301室", "上海浦东新区张江路88号2号楼301"),
    ])
    func regionTypedTwiceMeets(typedTwice: String, once: String) {
        #expect(normalizer.key(typedTwice) == normalizer.key(once))
    }

    @Test func aRoadNamedAfterTheDistrictIsKept() {
        #expect(normalizer.key("杭州市江干区江干路88号2幢301") != normalizer.key("杭州市江干区88号2幢301"))
        #expect(normalizer.key("杭州市西湖区西湖大道1号") == "西湖区西湖大道1号")
    }

    /// After a number, 号 # 栋 幢 座 号楼 #楼 号院 are one class: each pair here is one place.
    @Test(arguments: [
        ("陕西省西安市碑林区友谊东路284#", "陕西省西安市碑林区友谊东路284号"),
        ("碑林区友谊东路284号3#楼", "碑林区友谊东路284号3栋"),
        ("碑林区友谊东路284号3号楼", "碑林区友谊东路284号3幢"),
        ("碑林区友谊东路284号3座", "碑林区友谊东路284#3#"),
        ("碑林区友谊东路284号三号楼2单元501室", "碑林区友谊东路284号3栋2单元501"),
        ("朝阳区建国路88号院3号楼", "朝阳区建国路88号3号楼"),
        ("朝阳区建国路88#院3#楼", "朝阳区建国路88号院3栋"),
        ("南山区科技园B座1201", "南山区科技园b栋1201室"),
        ("南山区科技园Ｂ座1201", "南山区科技园b#1201"),
        ("余杭区文一西路998号3栋楼", "余杭区文一西路998号3号楼"),
    ])
    func numberSuffixesAreOneClass(a: String, b: String) {
        #expect(normalizer.key(a) == normalizer.key(b), "\(normalizer.key(a)) vs \(normalizer.key(b))")
    }

    /// Different numbers stay apart, and a bare 楼 after a number is a floor, not a building.
    @Test(arguments: [
        ("碑林区友谊东路284号", "碑林区友谊东路285号"),
        ("碑林区友谊东路284#", "碑林区友谊东路285#"),
        ("碑林区友谊东路284号3栋", "碑林区友谊东路284号4栋"),
        ("碑林区友谊东路284号3#", "碑林区友谊东路284号4号楼"),
        ("碑林区友谊东路284号3栋", "碑林区友谊东路284号3楼"),
        ("碑林区友谊东路284号3号楼", "碑林区友谊东路284号三楼"),
        ("碑林区友谊东路284号3栋2楼", "碑林区友谊东路284号3栋3楼"),
        ("南山区科技园A座1201", "南山区科技园B座1201"),
        ("朝阳区建国路88号院3号楼", "朝阳区建国路89号院3号楼"),
        ("碑林区友谊东路284号3栋", "碑林区友谊东路3号284栋"),
    ])
    func differentNumbersStayApart(a: String, b: String) {
        #expect(normalizer.key(a) != normalizer.key(b), "\(normalizer.key(a))")
    }

    @Test(arguments: [
        ("浙江省杭州市余杭区文一西路998号3号楼三楼", "余杭区文一西路998号3号3层"),
        ("余杭区文一西路998#3#楼12楼1203室", "余杭区文一西路998号3号12层1203"),
        ("朝阳区建国路88号院3号楼", "朝阳区建国路88号3号"),
    ])
    func keysRead(address: String, key: String) {
        #expect(normalizer.key(address) == key)
    }

    @Test func differentRoomsStayApart() {
        #expect(normalizer.key("浙江省 杭州市 余杭区 文一西路998号3幢2单元301室") != normalizer.key("浙江省 杭州市 余杭区 文一西路998号3幢2单元302室"))
    }

    @Test func municipalityWrittenTwice() {
        #expect(normalizer.key("上海 上海市 浦东新区 世纪大道100号 28楼 前台(200120)") == normalizer.key("上海市浦东新区世纪大道100号二十八楼前台"))
    }

    @Test func placeNamesWithNumeralsAreKept() {
        #expect(normalizer.key("浙江省 杭州市 西湖区 文三路138号") == "西湖区文三路138号")
    }

    @Test func phoneKeys() {
        func key(_ s: String) -> UInt64? { Fixtures.withCell(s) { OrderKeys.phoneKey($0) } }
        #expect(key("'13812345678") == 13_812_345_678)
        #expect(key("+86 138-1234-5678") == 13_812_345_678)
        #expect(key("138****5678") == nil)
        #expect(key("12345678901234567890123") == 34_567_890_123)  // long: the last 11 digits
        #expect(key("12345") == nil)
    }

    /// The fast version works on code points in scratch buffers; it must give exactly the keys of
    /// the plain one, on addresses and on random strings made of the characters its steps look for.
    @Test func agreesWithThePlainReferenceVersion() {
        let reference = ReferenceAddressNormalizer()
        let alphabet = Array(
            "浙江省杭州市上海区县旗街道镇乡幢座号楼栋层室房院#ab一二三四五六七八九十零〇两0123456789()（） ，、.。单元路广西壮族自治区北京ＡＢ　a😀é".unicodeScalars)
        var rng = TestRandom(seed: 20_251_122)
        var inputs = [
            "浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)", "上海 上海市 浦东新区 世纪大道100号 二十八楼 前台(200120)",
            "广西壮族自治区南宁市青秀区民族大道十二号楼三十二楼", "ＡＢＣ　１２３ 311121", "(123456)", "", "市", "北京北京市朝阳区", "区街道镇乡",
        ]
        for _ in 0..<30_000 {
            var v = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 25) { v.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            inputs.append(String(v))
        }
        let disagreeing = inputs.filter {
            normalizer.key($0) != reference.key($0) || normalizer.hashKey($0) != reference.hashKey($0)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(3))")
    }
}
