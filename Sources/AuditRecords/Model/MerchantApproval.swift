/// Something the merchant approved in writing, typed into the month folder's `approvals.csv`
/// (`date,subject,detail[,value]`): an approved change is the merchant's decision, not the
/// agency's breach.
public struct MerchantApproval: Sendable, Hashable {
    /// What was approved, as the file's `subject` column names it.
    public enum Subject: String, Sendable, Hashable, CaseIterable {
        /// A unit price change of one item (单价调整).
        case price
        /// A discount deeper than the contract allows (满减力度).
        case discount
        /// A campaign spending above the per-campaign daily limit (大额推广).
        case campaign
        /// A platform event the store entered (活动).
        case activity
    }

    /// The day the approval was given: it covers what follows it in the month.
    public var day: CalendarDay
    public var subject: Subject
    /// The item id (`商品ID 612345678901`), campaign name or event, as typed.
    public var detail: String
    /// The figure approved: a price or a daily amount in yuan, a discount as a share; nil when none is written.
    public var value: Double?
    /// The line of approvals.csv it was read from (1-based).
    public var line: Int
    /// The item the detail names, as `OrderRecord.itemIDKey` keys it (商品ID or 商家编码); 0 for none.
    public var itemIDKey: UInt64

    public init(
        day: CalendarDay, subject: Subject, detail: String, value: Double? = nil, line: Int, itemIDKey: UInt64 = 0
    ) {
        self.day = day
        self.subject = subject
        self.detail = detail
        self.value = value
        self.line = line
        self.itemIDKey = itemIDKey
    }
}
