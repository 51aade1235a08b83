/// The e-commerce platform an export or a store belongs to.
public enum Platform: String, Sendable, Hashable, CaseIterable, Codable {
    case taobao, pinduoduo, jd, douyin

    /// The name a Chinese merchant uses.
    public var displayName: String {
        switch self {
        case .taobao: return "淘宝/天猫"
        case .pinduoduo: return "拼多多"
        case .jd: return "京东"
        case .douyin: return "抖店"
        }
    }
}
