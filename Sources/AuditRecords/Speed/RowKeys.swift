/// Each row's key of one kind (an address hash, a phone, an account), for `KeyLinks`.
///
/// A type rather than a closure: the linking code is inlined from `AuditRecords` and specialised
/// for each caller's type, so the key is computed inline in the hot loop. A closure crosses the
/// module as a function pointer and costs a call per row and kind (a quarter of linking's time
/// at a million orders).
public protocol RowKeys {
    /// The row's key of `kind`, nil when it has none that may link. Keys are hashes: 0 and 1 are one key.
    func key(_ row: Int, kind: Int) -> UInt64?
    /// The fewest rows a key of `kind` must be on to link them (2 unless a kind needs more).
    func minShare(kind: Int) -> Int
}

extension RowKeys {
    @inlinable
    public func minShare(kind: Int) -> Int { 2 }
}

/// Keys from a closure: for tests and callers off the hot path.
public struct RowKeysClosure: RowKeys {
    public let body: (Int, Int) -> UInt64?
    public init(_ body: @escaping (Int, Int) -> UInt64?) { self.body = body }
    public func key(_ row: Int, kind: Int) -> UInt64? { body(row, kind) }
}
