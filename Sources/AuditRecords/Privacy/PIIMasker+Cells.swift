/// Personal data told by what a cell looks like, for rows whose columns cannot be trusted.
///
/// A rejected row is shown in rejects.csv with its personal columns masked by position. A row
/// with one field too many (an unquoted comma in a remark) has every field after the comma one
/// place to the right, so the address sat in the column after 收货地址 and was printed in full.
/// Such a row is masked by its cells' look instead: phone numbers, addresses, and the short
/// names beside them.
extension PIIMasker {
    /// The national digits of a cell that is a phone number and nothing else, or nil.
    ///
    /// A mobile number (11 digits from 1) or a landline (10 to 12 digits from 0, area code
    /// included), written with spaces, dashes or brackets, after `+86`, `86` or `0086` or not.
    package static func phoneDigits(in cell: String) -> String? {
        var digits: [UInt8] = []
        var plus = false
        for b in cell.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(b)
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            case UInt8(ascii: "+") where digits.isEmpty && !plus: plus = true
            default: return nil
            }
        }
        var national = digits[...]
        if national.starts(with: Array("0086".utf8)) {
            national = national.dropFirst(4)
        } else if national.starts(with: Array("86".utf8)), plus || national.count == 13 {
            national = national.dropFirst(2)
        }
        let mobile = national.count == 11 && national.first == UInt8(ascii: "1")
        let landline = (10...12).contains(national.count) && national.first == UInt8(ascii: "0")
        return mobile || landline ? String(decoding: national, as: UTF8.self) : nil
    }

    /// Characters that name a part of a Chinese address: the divisions (省 市 区 县 旗 镇 乡 村) and
    /// what is below them (街 路 道 巷 弄 号 栋 幢 楼 室; 单元 is counted apart).
    static let addressMarks: Set<Character> = [
        "省", "市", "区", "县", "旗", "镇", "乡", "村", "街", "路", "道", "巷", "弄", "号", "栋", "幢", "楼", "室",
    ]

    /// Whether a cell reads as an address: five characters or more with two different address
    /// marks (`浙江省杭州市`, `文三路 100 号`, `中关村大街`).
    ///
    /// Errs towards an address: a title such as `超市专区爆款` is masked too, which in a damaged row
    /// costs less than a street left readable.
    static func looksLikeAddress(_ cell: String) -> Bool {
        var length = 0
        var marks = Set<Character>()
        for c in cell where !c.isWhitespace {
            length += 1
            if addressMarks.contains(c) { marks.insert(c) }
        }
        return length >= 5 && marks.count + (cell.contains("单元") ? 1 : 0) >= 2
    }

    /// Whether a cell reads as a person's name: two to four Chinese characters, or a name with a
    /// middle dot (`阿卜杜·热合曼`) of up to twelve.
    static func looksLikeName(_ cell: String) -> Bool {
        var han = 0
        var dots = 0
        for u in cell.unicodeScalars where u != " " {
            switch u.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF: han += 1
            case 0x00B7, 0x2022, 0x30FB: dots += 1
            default: return false
            }
        }
        return dots == 0 ? (2...4).contains(han) : han >= 2 && han + dots <= 12
    }

    /// The cells of a row whose columns may be shifted, masked by what they look like.
    ///
    /// - Parameter near: the kind of personal field that may have landed in each cell, from the
    ///   header's positions widened by the shift; masked as such unless the cell looks like a
    ///   phone or an address, or is a plain figure (an amount, a date, an id).
    /// - Returns: the cells to show. A phone or address is masked as one wherever it is; a name-like
    ///   cell next to a phone or an address is masked as a name; an address with no district to
    ///   keep is hidden whole (`***`), since what the district cut would keep is the street; a cell
    ///   that spans lines (a quote left open swallows the rows after it, buyers and all) is left
    ///   out; other cells have 11-digit phones inside them masked.
    package func maskByLook(_ cells: [String], near: [Int: PersonalField]) -> [String?] {
        guard !reveal else { return cells }
        var kinds: [Int: PersonalField] = [:]
        for (i, cell) in cells.enumerated() {
            if Self.phoneDigits(in: cell) != nil {
                kinds[i] = .phone
            } else if Self.looksLikeAddress(cell) {
                kinds[i] = .address
            } else if let kind = near[i], !Self.isPlainFigure(cell) {
                // An amount, a date or an id that moved next to a personal column stays readable:
                // no name, account or address is digits alone, and a phone is told by its shape above.
                kinds[i] = kind
            }
        }
        func beside(_ i: Int) -> Bool {
            [i - 1, i + 1].contains { kinds[$0] == .phone || kinds[$0] == .address }
        }
        for (i, cell) in cells.enumerated() where kinds[i] == nil && Self.looksLikeName(cell) && beside(i) {
            kinds[i] = .name
        }
        return cells.enumerated().map { i, cell in
            if cell.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) { return nil }
            switch kinds[i] {
            case nil: return scrubPhones(cell)
            case .phone: return phone(Self.phoneDigits(in: cell) ?? cell)
            case .address: return Self.districtEnd(Array(cell)) == nil ? "***" : address(cell)
            case let kind?: return mask(cell, as: kind)
            }
        }
    }

    /// Digits with only `.` `,` `:` `-` `/` `%` and spaces among them: an amount, a date, a time, an id.
    static func isPlainFigure(_ cell: String) -> Bool {
        cell.utf8.contains { (0x30...0x39).contains($0) }
            && cell.utf8.allSatisfy { (0x30...0x39).contains($0) || Array(".,:-/% ".utf8).contains($0) }
    }

}
