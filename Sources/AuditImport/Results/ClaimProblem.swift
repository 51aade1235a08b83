import AuditRecords

/// A line of agency-claims.csv the audit could not use, and why, as data: AuditReport words it
/// beside the claims it could use.
///
/// One bad line never stops the others: the claims file is the agency's slides typed in by the
/// merchant, and a typo in one figure should not hide what the other figures show.
public struct ClaimProblem: Sendable, Hashable {
    /// The claims file, relative to the store folder.
    public var file: String
    /// The line (1-based); 0 when the whole file could not be read.
    public var line: Int
    /// The column (1 for the metric, 2 for the claimed value); 0 when the whole file could not be read.
    public var column: Int
    public var reason: Reason

    public init(file: String, line: Int, column: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public enum Reason: Sendable, Hashable {
        /// The first cell names no metric the audit measures (`found` as written, cut to 40 characters).
        case unknownMetric(found: String)
        /// A per-item figure (`itemUnits`, `单品销量`) with no 商品ID or 商家编码 after it.
        case itemWithoutID(MetricKey)
        /// The metric's value is empty.
        case emptyValue(MetricKey)
        /// The value is no figure of the metric's unit (`found` as written, cut to 40 characters):
        /// letters, a percent sign on an amount, a ratio on a count, a negative figure.
        case notANumber(found: String, metric: MetricKey)
        /// A share written as a bare number above 1 (`58`): 58% or 5,800%? It must say `58%` or `0.58`.
        case shareWithoutPercent(found: String, metric: MetricKey)
        /// The metric was claimed before, on `firstLine` of `firstFile`; the first claim counts.
        case repeatedMetric(MetricKey, firstFile: String, firstLine: Int)
        /// The file's bytes could not be read or decoded.
        case unreadable(ImportError)
    }
}
