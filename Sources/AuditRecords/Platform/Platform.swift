/// The e-commerce platform an export or a store belongs to.
public enum Platform: String, Sendable, Hashable, CaseIterable, Codable {
    case taobao, pinduoduo, jd, douyin

}
