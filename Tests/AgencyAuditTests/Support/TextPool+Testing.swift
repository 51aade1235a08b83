@testable import AuditRecords

extension TextPool {
    /// The shared string for `bytes` alone, without its hash.
    mutating func string(for bytes: UnsafeBufferPointer<UInt8>) -> String { entry(for: bytes).string }
}
