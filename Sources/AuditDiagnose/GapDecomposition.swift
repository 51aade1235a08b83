import AuditMeasure
import AuditRecords
import Foundation

/// Splits a change in sales into its traffic, conversion and order-value parts
/// (销售额 = 访客数 × 转化率 × 客单价), on a log scale so the three parts add up exactly.
public struct GapDecomposition: Sendable, Hashable {
    /// Relative changes, e.g. -0.15 for a 15% drop.
    public var visitorsChange: Double
    public var conversionChange: Double
    public var orderValueChange: Double
    public var salesChange: Double

    public init?(current: MonthFigures, previous: MonthFigures) {
        guard let c1 = current.orderConversion, let c0 = previous.orderConversion, c0 > 0, c1 > 0,
            let a1 = current.averageOrderValue, let a0 = previous.averageOrderValue, a0 > 0,
            previous.visitors > 0, previous.gmv.cents > 0
        else { return nil }
        visitorsChange = Double(current.visitors) / Double(previous.visitors) - 1
        conversionChange = c1 / c0 - 1
        orderValueChange = a1 / a0 - 1
        salesChange = current.gmv.yuan / previous.gmv.yuan - 1
    }

    /// Relative change of paid orders (visitors × conversion).
    public var ordersChange: Double { (1 + visitorsChange) * (1 + conversionChange) - 1 }

    /// The factor among `factors` that pulled the figure down most, by its share of the log change.
    public func weakestFactor(among factors: [Factor]) -> Factor {
        func change(_ f: Factor) -> Double {
            switch f {
            case .traffic: return log1p(visitorsChange)
            case .conversion: return log1p(conversionChange)
            case .orderValue: return log1p(orderValueChange)
            }
        }
        return factors.min { change($0) < change($1) }!
    }

    /// One term of 销售额 = 访客数 × 转化率 × 客单价; the raw value is the name audit.json uses.
    public enum Factor: String, Sendable, Hashable, CaseIterable {
        case traffic, conversion, orderValue
    }
}
