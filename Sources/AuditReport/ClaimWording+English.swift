import AuditDetect
import AuditImport
import AuditRecords

extension ClaimWording {
    /// consistent / overstated / cannot be checked (export missing).
    static func englishVerdict(_ v: ClaimComparison.Verdict) -> String {
        switch v {
        case .consistent: return "consistent"
        case .overstated: return "overstated"
        case .unmeasurable: return "cannot be checked (export missing)"
        }
    }

    /// `exports/2025-08/agency-claims.csv line 9, column 2: …`.
    static func englishProblem(_ p: ClaimProblem) -> String {
        let place = p.line > 0 ? "\(p.file) line \(p.line), column \(p.column): " : "\(p.file): "
        return place + englishReason(p.reason)
    }

    static func englishReason(_ r: ClaimProblem.Reason) -> String {
        switch r {
        case .unknownMetric(let found):
            let what = found.isEmpty ? "no metric named" : "“\(found)” is not a metric the audit can check"
            return what + ": write the metric's contract.json name or its name in the reports (e.g. \(englishExamples))"
        case .itemWithoutID(let m):
            return
                "\(englishName(m)) needs the item: write its item ID or SKU code after the name, e.g. “\(m.rawValue):612345678901”"
        case .emptyValue(let m):
            return "no figure given for \(englishName(m)): expected \(englishExpected(m.unit))"
        case .notANumber(let found, let m):
            return "“\(found)” is not a figure for \(englishName(m)): expected \(englishExpected(m.unit))"
        case .shareWithoutPercent(let found, let m):
            return
                "“\(found)” has no percent sign, so its size is unclear: write \(englishName(m)) as a percentage (58%) or a fraction (0.58)"
        case .repeatedMetric(let m, let file, let line):
            return
                "\(englishName(m)) was already reported on line \(line) of \(file): the first figure is checked, this line is not used"
        case .unreadable:
            return "cannot be read; save it from Excel as “CSV UTF-8 (comma delimited)”"
        }
    }

    static let englishExamples = "gmv, GMV, 销售额, orders, 订单数, visitors, conversionRate, 客单价, 退款率, 自然流量占比, adSpend, ROI"

    static func englishExpected(_ unit: MetricUnit) -> String {
        switch unit {
        case .money: return "an amount such as ¥270,000, 270000 or 27万"
        case .count: return "a count such as 1,650 or 1.2万"
        case .perDay: return "visitors per day such as 650"
        case .share: return "a percentage such as 58% or a fraction such as 0.58"
        case .ratio: return "an ROI such as 1:4.2 or 4.2"
        }
    }

    /// The metric's name in the English reports.
    static func englishName(_ m: MetricKey) -> String {
        switch m {
        case .orders: return "paid orders"
        case .gmv: return "sales"
        case .refundAmount: return "refunds"
        case .refundRate: return "refund rate"
        case .visitors: return "visitors"
        case .searchVisitorsPerDay: return "search visitors per day"
        case .naturalTrafficShare: return "natural traffic share"
        case .naturalVisitors: return "natural visitors"
        case .conversionRate: return "conversion rate"
        case .averageOrderValue: return "average order value"
        case .adSpend: return "ad spend"
        case .adROI: return "ad ROI"
        case .itemUnits: return "item units sold"
        case .itemSales: return "item sales"
        }
    }
}
