/// Turns a phone cell into a key: the last 11 digits of a mobile number, or nil when the phone is
/// masked or too short to identify anyone (a mask alone must never join orders).
public enum PhoneNormalizer {
    /// The last 11 digits as a number: an exact key, cheap to hash.
    public static func numericKey(_ phone: String) -> UInt64? {
        var digits = 0
        var value: UInt64 = 0
        for b in phone.utf8 {
            if b == UInt8(ascii: "*") { return nil }
            guard b >= 0x30 && b <= 0x39 else { continue }
            value = (value * 10 + UInt64(b - 0x30)) % 100_000_000_000
            digits += 1
        }
        return digits >= 11 ? value : nil
    }
}
