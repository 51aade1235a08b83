/// Turns a phone cell into a key: the last 11 digits of a mobile number, or nil when the phone is
/// masked or too short to identify anyone (a mask alone must never join orders).
public enum PhoneNormalizer {
    public static func key(_ phone: String) -> String? {
        if phone.contains("*") { return nil }
        let digits = phone.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }
        guard digits.count >= 11 else { return nil }
        return String(String.UnicodeScalarView(digits.suffix(11)))
    }
}
