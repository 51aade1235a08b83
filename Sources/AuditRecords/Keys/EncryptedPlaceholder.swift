/// A cell the back office filled with a placeholder instead of the value: 抖店 writes `##密文`
/// and `$$密文` for an encrypted receiver, phone and address (formats.md §4, S10). Every order
/// of such an export carries the same text, so it is never a grouping key: grouping on it would
/// put a whole month's orders at one address.
enum EncryptedPlaceholder {
    /// 密文 (UTF-8).
    private static let marker: [UInt8] = Array("密文".utf8)

    static func contains(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count >= marker.count else { return false }
        return (0...(utf8.count - marker.count)).contains { i in
            utf8[i] == marker[0] && (1..<marker.count).allSatisfy { utf8[i + $0] == marker[$0] }
        }
    }
}
