/// Turns a phone cell into a key: the last 11 digits of a mobile number, or nil when the phone is
/// masked or too short to identify anyone (a mask alone must never join orders).
public enum PhoneNormalizer {
    /// The last 11 digits as a number: an exact key, cheap to hash.
    /// (Runs for every order: read on the UTF-8 bytes, and the last 11 digits taken by one
    /// division at the end rather than one per digit.)
    public static func numericKey(_ phone: String) -> UInt64? {
        var phone = phone
        return phone.withUTF8 { OrderKeys.phoneKey($0) }
    }
}
