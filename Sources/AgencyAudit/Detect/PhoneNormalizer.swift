/// Turns a phone cell into a key: the last 11 digits of a mobile number, or nil when the phone is
/// masked or too short to identify anyone (a mask alone must never join orders).
public enum PhoneNormalizer {
    /// The last 11 digits as a number: an exact key, cheap to hash.
    /// (Runs for every order: read on the UTF-8 bytes, and the last 11 digits taken by one
    /// division at the end rather than one per digit.)
    public static func numericKey(_ phone: String) -> UInt64? {
        var phone = phone
        return phone.withUTF8 { u -> UInt64? in
            var digits = 0
            var value: UInt64 = 0
            for b in u {
                if b == UInt8(ascii: "*") { return nil }
                guard b >= 0x30 && b <= 0x39 else { continue }
                // Past 18 digits keep only the last 11 as we go, so the value never overflows.
                value = digits < 18 ? value * 10 + UInt64(b - 0x30) : (value % 100_000_000_000) * 10 + UInt64(b - 0x30)
                digits += 1
            }
            return digits >= 11 ? value % 100_000_000_000 : nil
        }
    }
}
