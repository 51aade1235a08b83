/// Reduces the many ways one delivery address gets typed to one comparable key.
///
/// `浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)`,
/// `杭州市余杭区五常街道文一西路９９８号3栋2单元301室` and `浙江 杭州 余杭区 文一西路998号3幢2单元301`
/// all become `余杭区文一西路998号3栋2单元301`: full-width forms folded, spaces and the postal
/// code dropped, province and city removed (the district onwards identifies the place), the
/// 街道/镇 segment dropped (often left out), Chinese numerals before a unit word made digits,
/// building words (幢, 号楼, #) made 栋, floors made 层 and 室 dropped. Different rooms of one
/// building stay different.
public struct AddressNormalizer: Sendable {
    public init() {}

    public func key(_ address: String) -> String {
        var chars = fold(address)
        chars = removePostalCode(chars)
        chars.removeAll { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" || $0 == "." || $0 == "。" }
        chars = stripProvinceAndCity(chars)
        chars = stripTownship(chars)
        chars = arabicNumerals(chars)
        chars = canonicalUnits(chars)
        return String(chars)
    }

    /// Full-width ASCII to ASCII, ideographic space to space, letters lower-cased.
    func fold(_ s: String) -> [Character] {
        var out: [Character] = []
        out.reserveCapacity(s.count)
        for u in s.unicodeScalars {
            var v = u.value
            if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }
            if v == 0x3000 || v == 0x09 || v == 0xA0 { v = 0x20 }
            if v >= 0x41 && v <= 0x5A { v += 0x20 }
            if v == 0x28 || v == 0x29 || v == 0xFF08 || v == 0xFF09 {
                out.append(v == 0x28 || v == 0xFF08 ? "(" : ")")
                continue
            }
            out.append(Character(Unicode.Scalar(v)!))
        }
        return out
    }

    /// Drops `(311121)` anywhere and a bare six-digit postal code at the end.
    func removePostalCode(_ c: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < c.count {
            if c[i] == "(", i + 7 < c.count, c[i + 7] == ")", c[(i + 1)...(i + 6)].allSatisfy(\.isASCIIDigit) {
                i += 8
                continue
            }
            out.append(c[i])
            i += 1
        }
        var end = out.count
        while end > 0, out[end - 1] == " " { end -= 1 }
        if end >= 7, out[(end - 6)..<end].allSatisfy(\.isASCIIDigit), out[end - 7] == " " { out.removeSubrange((end - 7)...) }
        return out
    }

    func stripProvinceAndCity(_ c: [Character]) -> [Character] {
        var rest = ArraySlice(c)
        var province: String?
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
        if let cityEnd = rest.prefix(6).firstIndex(of: "市"), cityEnd > rest.startIndex, hasDistrict(after: cityEnd + 1, in: rest) {
            rest = rest[(cityEnd + 1)...]
        } else {
            for city in Self.cities where rest.starts(with: city) && hasDistrict(after: rest.startIndex + city.count, in: rest) {
                rest = rest.dropFirst(city.count)
                break
            }
        }
        return Array(rest)
    }

    /// True when a district word (区, 县, or a county-level 市) follows within a few characters.
    private func hasDistrict(after index: Int, in s: ArraySlice<Character>) -> Bool {
        guard index < s.endIndex else { return false }
        return s[index...].prefix(6).contains { $0 == "区" || $0 == "县" || $0 == "市" || $0 == "旗" }
    }

    /// Drops a `…街道` / `…镇` / `…乡` segment right after the district.
    func stripTownship(_ c: [Character]) -> [Character] {
        guard let d = c.prefix(7).firstIndex(where: { $0 == "区" || $0 == "县" || $0 == "市" || $0 == "旗" }) else { return c }
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
    func arabicNumerals(_ c: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < c.count {
            guard Self.numerals[c[i]] != nil else { out.append(c[i]); i += 1; continue }
            var j = i
            while j < c.count, Self.numerals[c[j]] != nil { j += 1 }
            if j < c.count, Self.unitWords.contains(c[j]), let value = chineseNumber(c[i..<j]) {
                out.append(contentsOf: String(value))
            } else {
                out.append(contentsOf: c[i..<j])
            }
            i = j
        }
        return out
    }

    private func chineseNumber(_ s: ArraySlice<Character>) -> Int? {
        var total = 0, current = 0
        for ch in s {
            guard let v = Self.numerals[ch] else { return nil }
            if v == 10 {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else {
                current = current * 10 + v
            }
        }
        return total + current
    }

    /// 幢 / 号楼 / #楼 / # / 座 → 栋; 楼 (a floor) → 层; 室 and 房 after a number dropped.
    func canonicalUnits(_ c: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < c.count {
            let ch = c[i]
            let afterDigit = out.last?.isASCIIDigit ?? false
            if afterDigit {
                if ch == "幢" || ch == "座" { out.append("栋"); i += 1; continue }
                if ch == "号", i + 1 < c.count, c[i + 1] == "楼" { out.append("栋"); i += 2; continue }
                if ch == "#" {
                    out.append("栋")
                    i += (i + 1 < c.count && c[i + 1] == "楼") ? 2 : 1
                    continue
                }
                if ch == "楼" { out.append("层"); i += 1; continue }
                if ch == "室" || ch == "房" { i += 1; continue }
            }
            out.append(ch)
            i += 1
        }
        return out
    }

    static let provinces: [String] = [
        "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
        "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
        "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
    ]
    static let provinceSuffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"]
    static let cities: [String] = [
        "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州",
        "广州", "深圳", "东莞", "佛山", "珠海", "武汉", "长沙", "成都", "西安", "郑州", "济南", "青岛", "合肥", "福州", "厦门",
        "南昌", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "昆明", "贵阳", "南宁", "海口", "兰州", "银川", "西宁",
        "乌鲁木齐", "呼和浩特", "拉萨", "北京", "上海", "天津", "重庆",
    ]
    static let numerals: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]
    static let unitWords: Set<Character> = ["楼", "层", "栋", "幢", "单", "号", "室", "座", "#"]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
