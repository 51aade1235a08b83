import AuditDiagnose
import AuditRecords

extension TargetFindingWording {
    static func english(_ reason: TargetFinding.Reason, metric: MetricKey, platform: Platform) -> String {
        switch reason {
        case .missingData(let export):
            return "this month's exports lack the data this metric needs "
                + "(\(PlatformExportWording.name(export, platform, in: .english)))"
        case .ordersChanged(let orders, let visitors, let conversion):
            return "paid orders \(DisplayNumber.signedPercent(orders)) on last month: visitors "
                + "\(DisplayNumber.signedPercent(visitors)), order conversion \(DisplayNumber.signedPercent(conversion))"
        case .salesChanged(let sales, let visitors, let conversion, let orderValue):
            return "sales \(DisplayNumber.signedPercent(sales)) on last month: visitors "
                + "\(DisplayNumber.signedPercent(visitors)), order conversion \(DisplayNumber.signedPercent(conversion)), "
                + "average order value \(DisplayNumber.signedPercent(orderValue))"
        case .gapMainlyFrom(let factor):
            return "the gap comes mainly from \(name(factor, in: .english))"
        case .biggestSourceDrop(let source, let visitors, let previousVisitors):
            let change = visitors - previousVisitors
            let rate = Double(change) / Double(max(1, previousVisitors))
            return "the source that fell most: \(source) \(DisplayNumber.count(change)) "
                + "(\(DisplayNumber.signedPercent(rate)))"
        case .visitorsNeeded(let conversion, let averageOrderValue, let needed, let visitors):
            return "at this month's order conversion (paid orders/visitors) of "
                + "\(DisplayNumber.percent(conversion, decimals: 2)) and average order value of "
                + "\(DisplayNumber.money(averageOrderValue)), \(DisplayNumber.count(needed)) visitors were needed; "
                + "there were \(DisplayNumber.count(visitors))"
        case .gapNotSplit(let orders, let averageOrderValue):
            return
                "\(English.count(orders, "order", "orders")) this month, average order value \(averageOrderValue.map(DisplayNumber.money) ?? "-"); "
                + "without traffic data the gap cannot be split"
        case .includesSuspectedFakeOrders(let orders, let value, let attainment):
            return
                "includes \(English.count(orders, "suspected fake order", "suspected fake orders")); without them \(MetricWording.value(value, metric))"
                + (attainment.map { " (attainment \(DisplayNumber.percent($0)))" } ?? "")
        case .searchVisitorsPerDay(let perDay, let firstHalf, let secondHalf):
            return "mobile Taobao search \(DisplayNumber.fixed(perDay, decimals: 1)) visitors a day: first half of the "
                + "month \(DisplayNumber.fixed(firstHalf, decimals: 1)), second half "
                + DisplayNumber.fixed(secondHalf, decimals: 1)
        case .previousSearchVisitorsPerDay(let perDay):
            return "last month \(DisplayNumber.fixed(perDay, decimals: 1))"
        case .trafficMix(let natural, let visitors, let paid):
            return "free Taobao visitors \(DisplayNumber.count(natural)) of \(DisplayNumber.count(visitors)); paid "
                + "traffic visitors \(DisplayNumber.count(paid)) "
                + "(\(DisplayNumber.percent(Double(paid) / Double(max(1, visitors)))))"
        case .payingBuyers(let buyers, let visitors):
            return "paying buyers \(DisplayNumber.count(buyers)) of \(DisplayNumber.count(visitors)) visitors"
        case .trafficSurges(let sourceDays):
            return
                "\(English.count(sourceDays, "source-day", "source-days")) of abnormal traffic surges (pulling conversion down)"
        case .adSpendAndSales(let spend, let sales):
            return "ad spend \(DisplayNumber.money(spend)), sales \(DisplayNumber.money(sales))"
        case .worstCampaign(let name, let roi, let spend):
            return "the campaign with the lowest ROI: \(name) \(DisplayNumber.roi(roi)) (spend "
                + "\(DisplayNumber.money(spend)))"
        case .daysBelowROIRedLine(let days):
            return "\(English.count(days, "day", "days")) of ROI below the contract's red line"
        case .daysOverSpendLimit(let days):
            return "\(English.count(days, "day", "days")) of spend over the daily limit"
        case .refunds(let amount, let share):
            return "refunds \(DisplayNumber.money(amount)), \(DisplayNumber.percent(share)) of sales"
        case .visitorsChanged(let change):
            return "\(DisplayNumber.signedPercent(change)) on last month"
        case .itemUnitsChanged(let units, let compared, let month):
            return "\(DisplayNumber.count(units)) units this month, \(DisplayNumber.count(compared)) in \(month)"
                + (compared > 0 ? " (\(DisplayNumber.signedPercent(Double(units) / Double(compared) - 1)))" : "")
        case .itemOrdersAndPrice(let orders, let price, let comparedOrders, let comparedPrice, let month):
            let now =
                "\(DisplayNumber.count(orders)) orders, \(price.map(DisplayNumber.money) ?? "-") paid per unit"
            guard let comparedOrders, let month else { return now }
            return now
                + " (\(month): \(DisplayNumber.count(comparedOrders)) orders, \(comparedPrice.map(DisplayNumber.money) ?? "-") per unit)"
        case .itemPriceChanged(let before, let after, let day):
            return "price \(DisplayNumber.money(before)) → \(DisplayNumber.money(after)) from \(day)"
                + (before > .zero
                    ? " (\(DisplayNumber.signedPercent(Double(after.cents) / Double(before.cents) - 1)))" : "")
        case .itemSoldNothing(let first, let last):
            return "no sale for \(last.ordinal - first.ordinal + 1) days in a row, \(first) to \(last), while the "
                + "store kept selling: likely out of stock"
        case .itemUnitsInSuspectedFakeOrders(let units, let of, let value, let attainment):
            return "\(DisplayNumber.count(units)) of \(DisplayNumber.count(of)) units "
                + "(\(DisplayNumber.percent(Double(units) / Double(max(1, of))))) in suspected fake orders"
                + (value.map { "; \(MetricWording.value($0, metric)) without them" } ?? "")
                + (attainment.map { " (\(DisplayNumber.percent($0)) attained)" } ?? "")
        case .targetMet:
            return "met"
        case .targetMissed:
            return "missed"
        }
    }

    static func english(_ action: TargetFinding.Action, platform: Platform) -> String {
        switch action {
        case .completeExport(let export):
            return "add the \(PlatformExportWording.name(export, platform, in: .english)) export and audit again"
        case .improve(factor: .traffic):
            return "raise traffic: optimise title keywords and main images, sign up for platform events, review what "
                + "the campaigns cover"
        case .improve(factor: .conversion):
            return "raise conversion: improve the detail page, reviews and price, and the customer service scripts"
        case .improve(factor: .orderValue):
            return "raise the average order value: bundles, spend-threshold discounts, related recommendations"
        case .explainSuspectedFakeOrders:
            return
                "ask the agency to explain the suspected fake orders in writing; no commission on them until verified"
        case .keepSearchOptimisation:
            return "keep optimising titles and keywords, and extend it to the other lead items"
        case .improveSearchRanking:
            return "optimise the lead items' title keywords and main-image click-through to raise their mobile Taobao "
                + "search ranking"
        case .keepGrowingNaturalTraffic:
            return "keep natural traffic growing and rely less on paid promotion step by step"
        case .reducePaidTrafficReliance:
            return "rely less on paid traffic: optimise search keywords and content to take in natural traffic"
        case .keepDetailPageAndService: return "keep the detail page and the customer service scripts"
        case .improveDetailPageAndScreenTraffic:
            return "improve the detail page, reviews and customer service scripts; screen out invalid traffic"
        case .keepBidding: return "keep the bidding strategy and review keywords regularly"
        case .cutLowROIBids: return "pause or lower bids on the lowest-ROI campaigns and move budget to high-ROI ones"
        case .investigateRefunds:
            return "go through the refund reasons for quality problems and items not as described"
        case .keepAsIs: return "keep as is"
        case .keepItemInStock:
            return "ask the agency to stock ahead of sales, and to pause the item's promotion while it is out of stock"
        case .checkItemPriceChange: return "check the item's price change was agreed by the merchant; undo it if not"
        case .keepCurrentApproach: return "keep the current approach"
        case .requestImprovementPlan: return "ask the agency to submit an improvement plan"
        }
    }
}
