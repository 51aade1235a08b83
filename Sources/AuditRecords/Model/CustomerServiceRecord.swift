/// One row of a customer-service performance export: one agent's figures, a summary of the whole
/// store, or the peer tier's (同行同层均值), as the row's label says.
///
/// 生意参谋's 客服绩效 writes a row per 旺旺 and then six summary rows (`汇总值, 平均值, 全店汇总值,
/// 全店平均值, 同行同层优秀, 同行同层均值`); 抖店 飞鸽's 客服表现 a row per agent and `店铺汇总值` /
/// `店铺平均值`; 拼多多's 客服数据 one row a day for the store (diagnosis-exports.md §1d, §3, §5).
public struct CustomerServiceRecord: Sendable, Hashable {
    public let role: Role
    /// The day the row is about, when the file has a date column; nil for a file over a period.
    public let day: CalendarDay?
    /// 首次响应时长, seconds.
    public let firstResponseSeconds: Double?
    /// 平均响应时长 (飞鸽 全天平响时长, 拼多多 平均人工响应时长), seconds.
    public let averageResponseSeconds: Double?
    /// 询单人数.
    public let inquiries: Int?
    /// 询单(最终付款)转化率, a share.
    public let inquiryConversion: Double?
    public package(set) var location: RowLocation

    /// What a row stands for, by its label.
    public enum Role: Sendable, Hashable {
        /// One agent's row (a 旺旺 nickname, a 飞鸽 account).
        case agent
        /// The store's own total or mean (全店汇总值, 全店平均值, 店铺汇总值, 店铺平均值, 汇总值, 平均值).
        case store(Summary)
        /// A row of the store's own figures naming no agent: a day (拼多多's daily rows) or the file's period.
        case storeDay
        /// 同行同层均值 / 同行同层平均.
        case peerAverage
        /// 同行同层优秀.
        case peerTop
    }

    /// Which store summary a row is: the whole store's before the listed agents', the mean before the total.
    public enum Summary: Int, Sendable, Hashable, Comparable {
        case wholeStoreMean, wholeStoreTotal, listedMean, listedTotal

        public static func < (a: Summary, b: Summary) -> Bool { a.rawValue < b.rawValue }

        /// The summary a label names, or nil.
        public static func named(_ label: String) -> Summary? {
            switch label {
            case "全店平均值", "店铺平均值": return .wholeStoreMean
            case "全店汇总值", "店铺汇总值": return .wholeStoreTotal
            case "平均值", "均值": return .listedMean
            case "汇总值", "汇总": return .listedTotal
            default: return nil
            }
        }
    }

    /// The role a row label gives, or nil for an agent's name.
    public static func role(ofLabel label: String) -> Role? {
        if label.hasPrefix("同行同层") {
            return label.contains("优秀") ? .peerTop : .peerAverage
        }
        return Summary.named(label).map(Role.store)
    }

    public init(
        role: Role, day: CalendarDay? = nil, firstResponseSeconds: Double?, averageResponseSeconds: Double?,
        inquiries: Int? = nil, inquiryConversion: Double?, location: RowLocation
    ) {
        self.role = role
        self.day = day
        self.firstResponseSeconds = firstResponseSeconds
        self.averageResponseSeconds = averageResponseSeconds
        self.inquiries = inquiries
        self.inquiryConversion = inquiryConversion
        self.location = location
    }
}
