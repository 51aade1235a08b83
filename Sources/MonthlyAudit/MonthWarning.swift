import AuditDetect
import AuditRecords

/// Something the merchant should know about a month's inputs, as data: what is missing, what a
/// platform's exports cannot tell, what the audit set aside. AuditReport words each one.
public enum MonthWarning: Sendable, Hashable {
    /// No stage of the contract covers the month: metrics only, no targets.
    case noStage(YearMonth)
    /// The platform offers no export of `kind` the audit reads (no public format): its metrics
    /// cannot be measured from this platform's exports.
    case exportNotRead(ExportKind, platform: Platform)
    /// No export of `kind` this month.
    case exportMissing(ExportKind)
    /// The month's exports of `kind` could not be used: their metrics have no figure.
    case exportUnusable(ExportKind, files: [String])
    /// Files that could not be read far enough to tell their kind.
    case unreadableFiles(count: Int)
    /// An export of another platform than the contract's (a store on one platform).
    case exportFromOtherPlatform(Platform, contract: Platform)
    /// A store on several platforms whose contract names none of them.
    case contractPlatformAbsent(contract: Platform, exports: [Platform])
    /// Paid orders without a time of payment, dated from their order number (拼多多).
    case ordersWithoutTime(count: Int)
    /// A rule skipped: the platforms' order exports carry no buyer account.
    case noBuyerAccounts(rule: RuleID, platforms: [Platform])
    /// Paid orders without a usable value of `field` (empty, masked, encrypted): the rules grouping
    /// on it see only the others, or are skipped when none has one.
    case keylessOrders(field: KeyField, orders: Int, of: Int, rules: [RuleID])
    /// The platform keeps refunds in an export of their own, and the month has none.
    case refundsExportMissing(Platform)
    /// Order statuses the status table does not know, with their counts (most first).
    case unknownStatuses([InputSummary.StatusCount])
    /// Traffic sources the platform's table does not know, with their visitors (most first).
    case unmappedSources(platform: Platform, sources: [SourceVisitors])
    /// Rows dated outside the month: read and listed, not counted.
    case rowsOutsideMonth(count: Int, month: YearMonth)
    /// Traffic exports of a store on several platforms that could be either's (their columns and
    /// source names say neither): counted in the store's total, in no platform's figures.
    case trafficPlatformUnclear(files: [String], platforms: [Platform])
    /// A promotion report with only period totals (京准通's `20260601~20260630`) and no daily rows:
    /// spend and ROI are the period's, and the daily rules could not run on it.
    case adPeriodTotalsOnly(platform: Platform, from: CalendarDay, to: CalendarDay, rules: [RuleID])
    /// Orders whose full row could not be read back for the evidence (the file changed).
    case ordersNotReadBack(count: Int)
    /// Orders read twice with the same figures: counted once.
    case identicalDuplicates(count: Int)
    /// Rules that compare the orders with the traffic export, not run on a month missing order rows.
    case rulesSkippedForIncompleteOrders([RuleID])

    /// The order values the grouping rules need.
    public enum KeyField: String, Sendable, Hashable, CaseIterable {
        case address, phone
    }

    /// A traffic source and its visitors in the month.
    public struct SourceVisitors: Sendable, Hashable {
        public var source: String
        public var visitors: Int
    }
}
