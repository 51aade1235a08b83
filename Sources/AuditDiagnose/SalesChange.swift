import AuditMeasure
import AuditRecords
import Foundation

/// The month's sales against the month before, split into what traffic, conversion and order
/// value each added or took away, in yuan: the report's waterfall.
///
/// The yuan split follows the log scale of `GapDecomposition`, so the three parts add up to the
/// change in sales exactly (up to a cent's rounding, which the last part absorbs).
public struct SalesChange: Sendable, Hashable {
    public var previousMonth: YearMonth
    public var previousSales: Money
    public var currentSales: Money
    public var decomposition: GapDecomposition
    /// The change in sales each factor accounts for, in the order visitors, conversion, order value.
    public var parts: [(factor: GapDecomposition.Factor, amount: Money)] {
        let total = currentSales.cents - previousSales.cents
        let whole = log1p(decomposition.salesChange)
        let logs = [
            (GapDecomposition.Factor.traffic, log1p(decomposition.visitorsChange)),
            (.conversion, log1p(decomposition.conversionChange)), (.orderValue, log1p(decomposition.orderValueChange)),
        ]
        guard abs(whole) > 1e-12 else { return logs.map { ($0.0, Money.zero) } }
        var out: [(GapDecomposition.Factor, Money)] = []
        var left = total
        for (k, (factor, l)) in logs.enumerated() {
            let cents = k == logs.count - 1 ? left : Int64((Double(total) * l / whole).rounded())
            left -= cents
            out.append((factor, Money(cents: cents)))
        }
        return out
    }

    public init?(current: MonthFigures, previous: MonthFigures?) {
        guard let previous, let d = GapDecomposition(current: current, previous: previous) else { return nil }
        previousMonth = previous.month
        previousSales = previous.gmv
        currentSales = current.gmv
        decomposition = d
    }

    public static func == (a: SalesChange, b: SalesChange) -> Bool {
        a.previousMonth == b.previousMonth && a.previousSales == b.previousSales && a.currentSales == b.currentSales
            && a.decomposition == b.decomposition
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(previousMonth)
        hasher.combine(currentSales)
    }
}
