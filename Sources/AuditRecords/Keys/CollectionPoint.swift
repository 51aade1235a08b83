/// Recognises parcel stations, lockers and reception desks: addresses where many unrelated
/// buyers legitimately receive parcels, so a crowd there is not evidence of fake orders.
public enum CollectionPoint {
    static let markers = [
        "驿站", "丰巢", "快递柜", "代收点", "代收", "菜鸟", "收发室", "传达室", "门卫", "快递点",
        "自提点", "前台", "速递易", "邮件室", "快递超市", "妈妈驿站", "兔喜", "取件点",
    ]

    /// The marker found in the address, if any.
    public static func marker(in address: String) -> String? { markers.first { address.contains($0) } }
}
