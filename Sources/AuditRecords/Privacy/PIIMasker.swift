/// Masks buyer names, phones and addresses in everything the audit writes, unless told to reveal them.
///
/// Reports travel: to the agency, to colleagues, into chat groups. The default keeps only what
/// identifies an order's region: 张*, 138****1234, 浙江省 杭州市 西湖区 ***.
public struct PIIMasker: Sendable {
    public var reveal: Bool

    public init(reveal: Bool = false) { self.reveal = reveal }

    /// 张三 → 张*, 欧阳娜娜 → 欧***.
    public func name(_ s: String) -> String {
        guard !reveal, let first = s.first else { return s }
        return String(first) + String(repeating: "*", count: max(1, s.count - 1))
    }

    /// tb_8734512 → t********2.
    public func account(_ s: String) -> String {
        guard !reveal, s.count > 1 else { return reveal ? s : (s.isEmpty ? s : "*") }
        return String(s.first!) + String(repeating: "*", count: max(1, s.count - 2)) + String(s.last!)
    }

    /// 13812341234 → 138****1234; an already masked phone stays as it is.
    public func phone(_ s: String) -> String {
        guard !reveal, !s.isEmpty else { return s }
        let digits = s.filter { $0.isASCII && $0.isNumber }
        if s.contains("*") { return s }
        guard digits.count >= 7 else { return String(repeating: "*", count: s.count) }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Keeps the address up to its district (区/县/市/旗) and hides the rest.
    public func address(_ s: String) -> String {
        guard !reveal, !s.isEmpty else { return s }
        let chars = Array(s)
        let keep = Self.districtEnd(chars) ?? min(6, chars.count / 2)
        return String(chars.prefix(keep)).trimmingTrailingSpaces() + " ***"
    }

    /// Where the district ends: after the first 区/县/旗 (or a county-level 市 after a city) in the
    /// first 20 characters; nil when there is none.
    static func districtEnd(_ chars: [Character]) -> Int? {
        var seenCity = false
        for (i, c) in chars.prefix(20).enumerated() {
            if c == "市" {
                if seenCity { return i + 1 }
                seenCity = true
                continue
            }
            if c == "区" || c == "县" || c == "旗" { return i + 1 }
        }
        return nil
    }

    /// Masks a value according to what it is.
    public func mask(_ s: String, as kind: PersonalField) -> String {
        switch kind {
        case .name: return name(s)
        case .account: return account(s)
        case .phone: return phone(s)
        case .address: return address(s)
        }
    }

    /// Masks phone-like runs of 11 digits inside free text (used on raw rejected rows).
    public func scrubPhones(_ s: String) -> String {
        guard !reveal else { return s }
        var out = ""
        var run = ""
        func flush() {
            if run.count == 11, run.first == "1" { out += phone(run) } else { out += run }
            run = ""
        }
        for c in s {
            if c.isASCII && c.isNumber {
                run.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}

/// The kinds of personal data an export holds.
public enum PersonalField: Sendable, Hashable {
    case name, account, phone, address
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
