/// The e-commerce platform an export or a store belongs to.
public enum Platform: String, Sendable, Hashable, CaseIterable, Codable {
    case taobao, pinduoduo, jd, douyin

    /// The name a Chinese merchant uses (the profile's).
    public var displayName: String { profile.name.chinese }
}
