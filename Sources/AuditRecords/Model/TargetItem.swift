/// An item a per-item target names, by 商品ID or 商家编码 as the contract writes it (never by title:
/// rewriting titles is the agency's job).
public struct TargetItem: Sendable, Hashable {
    /// The id as written in contract.json (`6123456789`, `SKU-A`), label removed.
    public var id: String
    /// Its key as `OrderKeys.itemIDKey` makes it: the same key a 子订单 row's 商品ID or 商家编码 has.
    public var key: UInt64

    public init(id: String, key: UInt64) {
        self.id = id
        self.key = key
    }

    /// The item `id` names, keyed as a 子订单 row's 商品ID or 商家编码 is.
    public init(id: String) { self.init(id: id, key: Self.key(of: id)) }

    /// `id`'s key, as `OrderKeys.itemIDKey` makes it.
    public static func key(of id: String) -> UInt64 {
        var bytes = Array(id.utf8)
        return bytes.withUnsafeMutableBufferPointer { OrderKeys.itemIDKey(UnsafeBufferPointer($0)) }
    }
}
