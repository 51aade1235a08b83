/// Everything the audit knows about one platform, in one row: its names, its data tool, how each
/// kind of export is obtained and whether it is read, what its orders carry, where its refunds are
/// and its traffic sources.
///
/// Every place that differs by platform reads the row instead of matching on the platform, so a
/// new platform is one row (`PlatformProfile+Rows.swift`), its readers and its sample store. Names
/// are data here (proper nouns a merchant recognises, in each report language); the sentences they
/// go into are worded in AuditReport.
public struct PlatformProfile: Sendable {
    public let platform: Platform
    /// The name a merchant uses: 淘宝/天猫, 拼多多, 京东, 抖店.
    public let name: LocalizedName
    /// Other names a merchant may write for it (in traffic-sources.csv): 淘宝, 天猫, 抖音.
    public let aliases: [String]
    /// The back office's data tool, where its traffic and market figures are seen: 生意参谋, 京东商智…
    public let dataTool: LocalizedName
    /// The data tool's page for the category's market (生意参谋「市场」), when it is known by name.
    public let marketPage: LocalizedName?
    /// How each kind of export the audit uses is obtained on this platform; a kind not listed has
    /// no export on this platform.
    public let exports: [ExportKind: ExportSource]
    /// The order export has a buyer-account column (拼多多's has none): the rule on numbered
    /// accounts has something to look at.
    public let ordersHaveBuyerAccounts: Bool
    /// Where the month's refunds come from.
    public let refunds: RefundSource
    /// The order export writes one row per 子订单, each with its own amount (抖店): the rows of one
    /// order in a file add up to the order.
    public let ordersRowPerSubOrder: Bool
    /// The free-traffic group as the merchant knows it (淘内免费), when the platform has one name for it.
    public let freeTrafficName: LocalizedName?
    /// Header names only this platform's exports carry, per kind: an export with one of them is
    /// this platform's. (The default platform, whose exports carry none, has none listed.)
    public let headerMarkers: [ExportKind: [String]]
    /// Its traffic sources (一级来源, or a one-level export's source names) by category.
    public let trafficSources: [TrafficCategory: [String]]

    /// A name in each report language.
    public struct LocalizedName: Sendable, Hashable {
        public let chinese: String
        public let english: String
    }

    /// How a merchant obtains one kind of export, and whether the audit reads it.
    public struct ExportSource: Sendable, Hashable {
        /// The export as a merchant looks for it: 订单报表, 生意参谋流量来源, 京东商智流量来源…
        public let name: LocalizedName
        /// Whether the audit reads it: false when no public source documents its format.
        public let isRead: Bool
    }

    /// Where a platform's refunds are in its exports.
    public enum RefundSource: Sendable, Hashable {
        /// A 退款金额 column of the order export (千牛).
        case orderColumn
        /// An after-sale state (售后状态 退款成功) on the order export: the payment refunded in full.
        case afterSaleState
        /// A separate export of refunds (京东 售后明细).
        case separateExport
    }

    /// Whether the audit reads this kind of export on this platform.
    public func reads(_ kind: ExportKind) -> Bool { exports[kind]?.isRead ?? false }
}

extension Platform {
    /// The platform's row of the profile table.
    public var profile: PlatformProfile { PlatformProfile.row(self) }
}
