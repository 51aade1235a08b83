/// Reduces the many ways one delivery address gets typed to one comparable key.
///
/// `浙江省 杭州市 余杭区 五常街道 文一西路998号 3幢2单元301室(311121)`,
/// `杭州市余杭区五常街道文一西路９９８号3栋2单元301室` and `浙江 杭州 余杭区 文一西路998号3幢2单元301`
/// all become `余杭区文一西路998号3号2单元301`: full-width forms folded, spaces and the postal
/// code dropped, province and city removed (the district onwards identifies the place), the
/// 街道/镇 segment dropped (often left out), Chinese numerals before a unit word made digits,
/// the words after a door or building number (号 # 栋 幢 座 号楼 号院) made one, 号, floors (楼)
/// made 层 and 室/房 dropped. Different numbers, rooms and floors stay different.
///
/// Runs once per order, so it works on code points in two scratch buffers (on the stack for
/// ordinary addresses) and allocates nothing: each step reads one buffer and writes the other.
/// The key never has more code points than the address has UTF-8 bytes (十 is three bytes and
/// becomes at most two digits), which bounds the buffers.
public struct AddressNormalizer: Sendable {
    public init() {}

    public func key(_ address: String) -> String {
        withNormalized(address) { scalars, _ in
            var out = String.UnicodeScalarView()
            for v in scalars { out.append(Unicode.Scalar(v)!) }
            return String(out)
        }
    }

    /// The key as a stable 64-bit hash, for grouping millions of orders without building strings.
    public func hashKey(_ address: String) -> UInt64 {
        var text = address
        return text.withUTF8 { hashKey(utf8: $0) }
    }

    /// `hashKey` of an address given as well-formed UTF-8 bytes (the importer's cells).
    /// 0 for a masked or encrypted value (`****`, `##密文`: `MaskedText`), which is no address:
    /// unrelated buyers share the same text.
    package func hashKey(utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        withNormalized(utf8: utf8) { scalars, masked in
            if masked { return 0 }
            var h = StableHash()
            for v in scalars { h.combine(unit: v) }
            return h.value
        }
    }

    private func withNormalized<R>(_ address: String, _ body: (UnsafeBufferPointer<UInt32>, Bool) -> R) -> R {
        var address = address
        return address.withUTF8 { withNormalized(utf8: $0, body) }
    }

    /// `body` gets the normalised code points and whether the text is masked (`MaskedText`'s
    /// marks, found while decoding: a second scan of every address cost 4% of the import).
    private func withNormalized<R>(
        utf8: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt32>, Bool) -> R
    ) -> R {
        let capacity = utf8.count + 1
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * capacity) { scratch in
            let a = UnsafeMutableBufferPointer(rebasing: scratch[0..<capacity])
            let b = UnsafeMutableBufferPointer(rebasing: scratch[capacity...])
            var (n, numerals, masked) = fold(utf8, into: a)
            n = removePostalCode(a, n, into: b)
            n = removeSeparators(b, n)
            let start = provinceAndCityLength(b, n)
            n = removeRepeatedRegion(b, n, regionStart: start)
            let rest = UnsafeMutableBufferPointer(rebasing: b[start..<n])
            n = stripTownship(rest)
            // Each step reads one buffer and writes the other; `rest` lies in `b`.
            if numerals {
                n = arabicNumerals(rest, n, into: a)
                n = canonicalUnits(a, n, into: b)
                return body(UnsafeBufferPointer(rebasing: b[0..<n]), masked)
            }
            n = canonicalUnits(rest, n, into: a)
            return body(UnsafeBufferPointer(rebasing: a[0..<n]), masked)
        }
    }

    typealias Buffer = UnsafeMutableBufferPointer<UInt32>

    /// Decodes the (valid) UTF-8 and folds full-width ASCII to ASCII, ideographic and no-break
    /// spaces to space, letters to lower case; also tells whether any Chinese numeral occurs and
    /// whether the text is masked (`**`, `##`, `$$`, 密文: `MaskedText`).
    private func fold(_ s: UnsafeBufferPointer<UInt8>, into out: Buffer) -> (count: Int, numerals: Bool, masked: Bool) {
        var n = 0
        var i = 0
        var numerals = false
        var masked = false
        while i < s.count {
            let b0 = UInt32(s[i])
            var v: UInt32
            // Each width has only the folds that can apply to it; Chinese (three bytes) and ASCII come first.
            if b0 < 0x80 {
                v = b0
                i += 1
                // (Digits, the usual ASCII in an address, pass both tests at once.)
                if v >= 0x41 {
                    if v <= 0x5A { v += 0x20 }
                } else if v < 0x30 {
                    if v == 0x09 {
                        v = 0x20
                    } else if v == 0x2A || v == 0x23 || v == 0x24, n > 0, out[n - 1] == v {
                        masked = true
                    }
                }
            } else if b0 >= 0xE0 && b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
                i += 3
                if v >= 0xFF01 && v <= 0xFF5E {
                    v -= 0xFEE0
                    if v >= 0x41 && v <= 0x5A { v += 0x20 }
                } else if v == 0x3000 {
                    v = 0x20
                } else if v == 0x6587, n > 0, out[n - 1] == 0x5BC6 {
                    masked = true  // 密文
                } else if !numerals, v >= 0x3007, Self.numeralLowBits & (1 << UInt64(v & 63)) != 0,
                    Self.numeralValue(v) != nil
                {
                    // (A numeral's low six bits are one of thirteen: most characters are ruled out by a mask.)
                    numerals = true
                }
            } else if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
                i += 2
                if v == 0xA0 { v = 0x20 }
            } else {
                v =
                    (b0 & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6
                    | UInt32(s[i + 3] & 0x3F)
                i += 4
            }
            out[n] = v
            n += 1
        }
        return (n, numerals, masked)
    }

    /// Drops `(311121)` anywhere and a bare six-digit postal code at the end.
    private func removePostalCode(_ c: Buffer, _ count: Int, into out: Buffer) -> Int {
        var n = 0
        var i = 0
        while i < count {
            if c[i] == S.openParen, i + 7 < count, c[i + 7] == S.closeParen,
                (i + 1...i + 6).allSatisfy({ Self.isDigit(c[$0]) })
            {
                i += 8
                continue
            }
            out[n] = c[i]
            n += 1
            i += 1
        }
        var end = n
        while end > 0, out[end - 1] == S.space { end -= 1 }
        if end >= 7, (end - 6..<end).allSatisfy({ Self.isDigit(out[$0]) }), out[end - 7] == S.space { n = end - 7 }
        return n
    }

    private func removeSeparators(_ c: Buffer, _ count: Int) -> Int {
        var n = 0
        for i in 0..<count where !Self.isSeparator(c[i]) {
            c[n] = c[i]
            n += 1
        }
        return n
    }

    /// How many leading code points are province and city.
    private func provinceAndCityLength(_ c: Buffer, _ count: Int) -> Int {
        let all = UnsafeBufferPointer(rebasing: c[0..<count])
        var start = 0
        if let length = S.provinces.firstMatch(in: all, at: 0) {
            start = length
            start += S.provinceSuffixes.firstMatch(in: all, at: start) ?? 0
            // A municipality is written once or twice: 上海 上海市 浦东新区.
            if start + length <= count, (0..<length).allSatisfy({ all[start + $0] == all[$0] }) {
                start += length
                if start < count, all[start] == S.shi { start += 1 }
            }
        }
        // City: a name ending in 市 within the next five characters, or a known city without 市.
        if let cityEnd = (start..<min(start + 6, count)).first(where: { all[$0] == S.shi }), cityEnd > start,
            hasDistrict(after: cityEnd + 1, in: all)
        {
            return cityEnd + 1
        }
        let city = S.cities.firstMatch(in: all, at: start) { hasDistrict(after: start + $0, in: all) }
        return start + (city ?? 0)
    }

    /// Drops the region typed again after the district (`浙江省杭州市江干区杭州市江干区九堡镇…`: the
    /// platform fills the region in and the buyer pastes a full address after it): the text right
    /// after the district that repeats the region from some point on (the province, the city or the
    /// district itself) goes. In place; returns the new count. Costs a compare or two for most addresses.
    private func removeRepeatedRegion(_ c: Buffer, _ count: Int, regionStart start: Int) -> Int {
        guard let d = (start..<min(start + 7, count)).first(where: { Self.isDistrictWord(c[$0]) }), d + 1 < count
        else { return count }
        let after = d + 1
        for k in 0...start where c[k] == c[after] {
            let length = d + 1 - k
            guard length >= 2, after + length <= count, (0..<length).allSatisfy({ c[after + $0] == c[k + $0] })
            else { continue }
            for i in after + length..<count { c[i - length] = c[i] }
            return count - length
        }
        return count
    }

    /// True when a district word (区, 县, 旗, or a county-level 市) follows within a few characters.
    private func hasDistrict(after index: Int, in s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard index < s.count else { return false }
        return (index..<min(index + 6, s.count)).contains { Self.isDistrictWord(s[$0]) }
    }

    /// Drops a `…街道` / `…镇` / `…乡` segment right after the district.
    /// (In place: the rest of the address moves up over the dropped segment; returns the new count.)
    private func stripTownship(_ c: Buffer) -> Int {
        let count = c.count
        func drop(_ gap: Range<Int>) -> Int {
            var n = gap.lowerBound
            for i in gap.upperBound..<count {
                c[n] = c[i]
                n += 1
            }
            return n
        }
        guard let d = (0..<min(7, count)).first(where: { Self.isDistrictWord(c[$0]) }) else { return count }
        let after = d + 1
        let window = after..<min(after + 8, count)
        if let j = window.first(where: { c[$0] == S.jie && $0 + 1 < count && c[$0 + 1] == S.dao }) {
            return drop(d + 1..<j + 2)
        }
        if let j = window.prefix(5).first(where: { c[$0] == S.zhen || c[$0] == S.xiang }), j > after {
            return drop(d + 1..<j + 1)
        }
        return count
    }

    /// 三楼 → 3楼, 十二栋 → 12栋: only before a unit word, so place names (文三路) stay.
    private func arabicNumerals(_ c: Buffer, _ count: Int, into out: Buffer) -> Int {
        var n = 0
        var i = 0
        while i < count {
            guard Self.numeralValue(c[i]) != nil else {
                out[n] = c[i]
                n += 1
                i += 1
                continue
            }
            var j = i
            while j < count, Self.numeralValue(c[j]) != nil { j += 1 }
            if j < count, Self.isUnitWord(c[j]) {
                for digit in String(chineseNumber(c[i..<j])).utf8 {
                    out[n] = UInt32(digit)
                    n += 1
                }
            } else {
                for k in i..<j {
                    out[n] = c[k]
                    n += 1
                }
            }
            i = j
        }
        return n
    }

    private func chineseNumber(_ s: Slice<Buffer>) -> Int {
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

    /// After a number (or a lone letter: A座), the building and door words are one class, written
    /// 号: 号 # 栋 幢 座, each with an optional 楼 (号楼 #楼 栋楼) or, after 号 and #, 院 (号院). So
    /// `284#` = `284号` and `3#楼` = `3号楼` = `3栋` = `3幢` = `3座`; the numbers stay (284号3栋 ≠ 284号4栋).
    /// A bare 楼 after a number is a floor (→ 层); 室 and 房 after a number are dropped.
    private func canonicalUnits(_ c: Buffer, _ count: Int, into out: Buffer) -> Int {
        var n = 0
        var i = 0
        while i < count {
            let ch = c[i]
            if n > 0, Self.takesBuildingSuffix(out[n - 1], before: n > 1 ? out[n - 2] : 0) {
                if Self.isBuildingSuffix(ch) {
                    out[n] = S.hao
                    n += 1
                    i += 1
                    if i < count, c[i] == S.lou || (c[i] == S.yuan && (ch == S.hao || ch == S.hash)) { i += 1 }
                    continue
                }
            }
            if n > 0, Self.isDigit(out[n - 1]) {
                if ch == S.lou {
                    out[n] = S.ceng
                    n += 1
                    i += 1
                    continue
                }
                if ch == S.shi4 || ch == S.fang {
                    i += 1
                    continue
                }
            }
            out[n] = ch
            n += 1
            i += 1
        }
        return n
    }

    /// 号 # 栋 幢 座
    static func isBuildingSuffix(_ v: UInt32) -> Bool {
        v == 0x53F7 || v == 0x23 || v == 0x680B || v == 0x5E62 || v == 0x5EA7
    }

    /// A digit, or a lone lower-case letter (`a座`, not `abc座`).
    static func takesBuildingSuffix(_ last: UInt32, before: UInt32) -> Bool {
        isDigit(last) || (isLetter(last) && !isLetter(before))
    }

    static func isLetter(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }

    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    /// 区 县 市 旗
    static func isDistrictWord(_ v: UInt32) -> Bool { v == 0x533A || v == 0x53BF || v == 0x5E02 || v == 0x65D7 }

    /// Space , ， 、 . 。
    static func isSeparator(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x2C || v == 0xFF0C || v == 0x3001 || v == 0x2E || v == 0x3002
    }

    /// 楼 层 栋 幢 单 号 室 座 #
    static func isUnitWord(_ v: UInt32) -> Bool {
        switch v {
        case 0x697C, 0x5C42, 0x680B, 0x5E62, 0x5355, 0x53F7, 0x5BA4, 0x5EA7, 0x23: return true
        default: return false
        }
    }

    /// The low six bits of every numeral's code point, as a mask (零〇一二两三四五六七八九十).
    private static var numeralLowBits: UInt64 { 0x40_2810_2810_128B }

    /// 零〇 一 二两 三 四 五 六 七 八 九 十.
    static func numeralValue(_ v: UInt32) -> Int? {
        switch v {
        case 0x96F6, 0x3007: return 0
        case 0x4E00: return 1
        case 0x4E8C, 0x4E24: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        case 0x5341: return 10
        default: return nil
        }
    }

    /// Words (provinces, cities) stored back to back in one array, so matching them costs no
    /// reference counting per word.
    struct WordList: Sendable {
        private let scalars: [UInt32]
        private let bounds: [Int]

        init(_ words: [String]) {
            var scalars: [UInt32] = []
            var bounds = [0]
            for w in words {
                scalars += w.unicodeScalars.map(\.value)
                bounds.append(scalars.count)
            }
            self.scalars = scalars
            self.bounds = bounds
        }

        /// The length of the first word, in list order, that `text` has at `i` and that `accept` takes.
        func firstMatch(in text: UnsafeBufferPointer<UInt32>, at i: Int, where accept: (Int) -> Bool = { _ in true })
            -> Int?
        {
            guard i < text.count else { return nil }
            return scalars.withUnsafeBufferPointer { words in
                bounds.withUnsafeBufferPointer { bounds in
                    for k in 0..<(bounds.count - 1) {
                        let s = bounds[k]
                        let length = bounds[k + 1] - s
                        guard words[s] == text[i], i + length <= text.count else { continue }
                        var j = 1
                        while j < length, words[s + j] == text[i + j] { j += 1 }
                        if j == length, accept(length) { return length }
                    }
                    return nil
                }
            }
        }
    }

    /// The code points the steps look for.
    private enum S {
        static func list(_ words: [String]) -> WordList { WordList(words) }

        // Literals, not stored statics: these are read for every character, and a stored static
        // is a lazy global checked on each read.
        static var space: UInt32 { 0x20 }
        static var openParen: UInt32 { 0x28 }
        static var closeParen: UInt32 { 0x29 }
        static var hash: UInt32 { 0x23 }  // #
        static var shi: UInt32 { 0x5E02 }  // 市
        static var jie: UInt32 { 0x8857 }  // 街
        static var dao: UInt32 { 0x9053 }  // 道
        static var zhen: UInt32 { 0x9547 }  // 镇
        static var xiang: UInt32 { 0x4E61 }  // 乡
        static var zhuang: UInt32 { 0x5E62 }  // 幢
        static var zuo: UInt32 { 0x5EA7 }  // 座
        static var hao: UInt32 { 0x53F7 }  // 号
        static var lou: UInt32 { 0x697C }  // 楼
        static var dong: UInt32 { 0x680B }  // 栋
        static var ceng: UInt32 { 0x5C42 }  // 层
        static var shi4: UInt32 { 0x5BA4 }  // 室
        static var fang: UInt32 { 0x623F }  // 房
        static var yuan: UInt32 { 0x9662 }  // 院

        static let provinces = list([
            "黑龙江", "内蒙古", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
            "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
            "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
        ])
        static let provinceSuffixes = list(["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"])
        static let cities = list([
            "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "台州", "南京", "苏州", "无锡", "常州", "南通", "徐州", "扬州",
            "广州", "深圳", "东莞", "佛山", "珠海", "武汉", "长沙", "成都", "西安", "郑州", "济南", "青岛", "合肥", "福州", "厦门",
            "南昌", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原", "昆明", "贵阳", "南宁", "海口", "兰州", "银川", "西宁",
            "乌鲁木齐", "呼和浩特", "拉萨", "北京", "上海", "天津", "重庆",
        ])
    }
}
