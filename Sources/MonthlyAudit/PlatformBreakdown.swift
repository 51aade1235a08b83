import AuditMeasure
import AuditRecords

/// A store selling on several platforms in one month: each platform's figures beside the store's
/// total, for the report's 「各平台数据」 table. Absent for a store on one platform.
public struct PlatformBreakdown: Sendable {
    /// Each platform the month's order and ad exports come from, with its figures, in catalogue order.
    public var platforms: [(platform: Platform, metrics: [MetricValue])]
    /// The store's total: every platform's records together.
    public var total: [MetricValue]
    /// The platform the traffic export was counted on (its columns name none).
    public var trafficPlatform: Platform
    /// Whether the month had a traffic export tied to one of its platforms (an export that could
    /// be either's counts only in the store's total).
    public var hasTraffic: Bool
}
