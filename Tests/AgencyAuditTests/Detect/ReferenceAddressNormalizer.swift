@testable import AgencyAudit
@testable import AuditRecords

/// The address normaliser as it was first written: one array per step, plainly. Kept only in the
/// tests, as the reference the fast in-buffer version in the library must agree with.
struct ReferenceAddressNormalizer: Sendable {
    func key(_ address: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: normalized(address))
        return String(out)
    }

    /// The key as a stable 64-bit hash, for grouping millions of orders without building strings.
    func hashKey(_ address: String) -> UInt64 {
        // A masked or encrypted value is no address.
        if ["**", "##", "$$", "密文"].contains(where: address.contains) { return 0 }
        var h = StableHash()
        for u in normalized(address) { h.combine(unit: u.value) }
        return h.value
    }

    func normalized(_ address: String) -> Scalars {
        var s = fold(address)
        s = removePostalCode(s)
        s.removeAll { Self.separators.contains($0) }
        s = stripProvinceAndCity(s)
        s = stripTownship(s)
        s = arabicNumerals(s)
        return canonicalUnits(s)
    }

    typealias Scalars = [Unicode.Scalar]

    /// Full-width ASCII to ASCII, ideographic and no-break spaces to space, letters lower-cased.
    func fold(_ s: String) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(s.utf8.count / 2)
        for u in s.unicodeScalars {
            var v = u.value
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
            if v == 0x3000 || v == 0x09 || v == 0xA0 { v = 0x20 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            out.append(Unicode.Scalar(v) ?? u)
        }
        return out
    }

    /// Drops `(311121)` anywhere and a bare six-digit postal code at the end.
    func removePostalCode(_ c: Scalars) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if c[i] == "(", i + 7 < c.count, c[i + 7] == ")", c[(i + 1)...(i + 6)].allSatisfy(Self.isDigit) {
                i += 8
                continue
            }
            out.append(c[i])
            i += 1
        }
        var end = out.count
        while end > 0, out[end - 1] == " " { end -= 1 }
        if end >= 7, out[(end - 6)..<end].allSatisfy(Self.isDigit), out[end - 7] == " " {
            out.removeSubrange((end - 7)...)
        }
        return out
    }

    func stripProvinceAndCity(_ c: Scalars) -> Scalars {
        var rest = c[...]
        var province: Scalars?
        for p in Self.provinces where rest.starts(with: p) {
            province = p
            rest = rest.dropFirst(p.count)
            for suffix in Self.provinceSuffixes where rest.starts(with: suffix) {
                rest = rest.dropFirst(suffix.count)
                break
            }
            break
        }
        // A municipality is written once or twice: 上海 上海市 浦东新区.
        if let p = province, rest.starts(with: p) {
            rest = rest.dropFirst(p.count)
            if rest.first == "市" { rest = rest.dropFirst() }
        }
        // City: a name ending in 市 within the next five characters, or a known city without 市.
        if let cityEnd = rest.prefix(6).firstIndex(of: "市"), cityEnd > rest.startIndex,
            hasDistrict(after: cityEnd + 1, in: rest)
        {
            rest = rest[(cityEnd + 1)...]
        } else {
            for city in Self.cities
            where rest.starts(with: city) && hasDistrict(after: rest.startIndex + city.count, in: rest) {
                rest = rest.dropFirst(city.count)
                break
            }
        }
        return Array(rest)
    }

    /// True when a district word (区, 县, 旗, or a county-level 市) follows within a few characters.
    private func hasDistrict(after index: Int, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard index < s.endIndex else { return false }
        return s[index...].prefix(6).contains(where: Self.isDistrictWord)
    }

    /// Drops a `…街道` / `…镇` / `…乡` segment right after the district.
    func stripTownship(_ c: Scalars) -> Scalars {
        guard let d = c.prefix(7).firstIndex(where: Self.isDistrictWord) else { return c }
        let after = d + 1
        let window = c[after...].prefix(8)
        if let j = window.indices.first(where: { c[$0] == "街" && $0 + 1 < c.count && c[$0 + 1] == "道" }) {
            return Array(c[...d]) + Array(c[(j + 2)...])
        }
        if let j = window.prefix(5).indices.first(where: { c[$0] == "镇" || c[$0] == "乡" }), j > after {
            return Array(c[...d]) + Array(c[(j + 1)...])
        }
        return c
    }

    /// 三楼 → 3楼, 十二栋 → 12栋: only before a unit word, so place names (文三路) stay.
    func arabicNumerals(_ c: Scalars) -> Scalars {
        guard c.contains(where: { Self.numeralValue($0) != nil }) else { return c }
        var out: Scalars = []
        var i = 0
        while i < c.count {
            guard Self.numeralValue(c[i]) != nil else {
                out.append(c[i])
                i += 1
                continue
            }
            var j = i
            while j < c.count, Self.numeralValue(c[j]) != nil { j += 1 }
            if j < c.count, Self.unitWords.contains(c[j]) {
                out.append(contentsOf: String(chineseNumber(c[i..<j])).unicodeScalars)
            } else {
                out.append(contentsOf: c[i..<j])
            }
            i = j
        }
        return out
    }

    private func chineseNumber(_ s: ArraySlice<Unicode.Scalar>) -> Int {
        var total = 0
        var current = 0
        for ch in s {
            let v = Self.numeralValue(ch)!
            if v == 10 {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                current = current * 10 + v
            }
        }
        return total + current
    }

    /// 号 # 栋 幢 座 (with 楼, or 院 after 号 and #) after a number or a lone letter → 号; 楼 after a
    /// number → 层; 室 and 房 after a number dropped.
    func canonicalUnits(_ c: Scalars) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            let ch = c[i]
            if let last = out.last {
                let before = out.count > 1 ? out[out.count - 2] : " "
                let numbered = Self.isDigit(last) || (Self.isLetter(last) && !Self.isLetter(before))
                if numbered, "号#栋幢座".unicodeScalars.contains(ch) {
                    out.append("号")
                    i += 1
                    if i < c.count, c[i] == "楼" || (c[i] == "院" && (ch == "号" || ch == "#")) { i += 1 }
                    continue
                }
            }
            if let last = out.last, Self.isDigit(last) {
                if ch == "楼" {
                    out.append("层")
                    i += 1
                    continue
                }
                if ch == "室" || ch == "房" {
                    i += 1
                    continue
                }
            }
            out.append(ch)
            i += 1
        }
        return out
    }

    static func isLetter(_ u: Unicode.Scalar) -> Bool { u.value >= 0x61 && u.value <= 0x7A }
    static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
    static func isDistrictWord(_ u: Unicode.Scalar) -> Bool { u == "区" || u == "县" || u == "市" || u == "旗" }

    static func numeralValue(_ u: Unicode.Scalar) -> Int? {
        switch u {
        case "零", "〇": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    static let separators: Set<Unicode.Scalar> = [" ", ",", "，", "、", ".", "。"]
    static let unitWords: Set<Unicode.Scalar> = ["楼", "层", "栋", "幢", "单", "号", "室", "座", "#"]
    static let provinces: [Scalars] = [
        "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
        "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
        "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
    ].map { Array($0.unicodeScalars) }
    static let provinceSuffixes: [Scalars] = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"].map {
        Array($0.unicodeScalars)
    }
    static let cities: [Scalars] = [
        "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州",
        "广州", "深圳", "东莞", "佛山", "珠海", "武汉", "长沙", "成都", "西安", "郑州", "济南", "青岛", "合肥", "福州", "厦门",
        "南昌", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "昆明", "贵阳", "南宁", "海口", "兰州", "银川", "西宁",
        "乌鲁木齐", "呼和浩特", "拉萨", "北京", "上海", "天津", "重庆",
    ].map { Array($0.unicodeScalars) }
}
