/// How every data row of an input was accounted for: read = accepted + rejected + skipped.
public struct RowCounts: Sendable, Hashable {
    public var accepted = 0
    public var rejected = 0
    /// 合计 / 总计 / 汇总 rows and 汇总 subtotals of traffic sources; their values are not added.
    public var skippedSummary = 0
    public var skippedBlank = 0
    /// An order already read from an earlier row or file of the month.
    public var skippedDuplicate = 0
    /// 三级来源 rows: finer breakdowns already contained in their 二级来源 row.
    public var skippedBreakdown = 0
    /// A repeat of the header row (exports pasted one after another).
    public var skippedRepeatedHeader = 0

    public init() {}

    public var skipped: Int {
        skippedSummary + skippedBlank + skippedDuplicate + skippedBreakdown + skippedRepeatedHeader
    }
    public var read: Int { accepted + rejected + skipped }

    public static func + (a: RowCounts, b: RowCounts) -> RowCounts {
        var c = a
        c.accepted += b.accepted
        c.rejected += b.rejected
        c.skippedSummary += b.skippedSummary
        c.skippedBlank += b.skippedBlank
        c.skippedDuplicate += b.skippedDuplicate
        c.skippedBreakdown += b.skippedBreakdown
        c.skippedRepeatedHeader += b.skippedRepeatedHeader
        return c
    }
}
