import AuditDetect
import AuditMeasure
import AuditRecords

/// The three-step check before deciding to terminate (诊断三步法): execution, cooperation, market.
public struct ThreeStepDiagnosis: Sendable, Hashable {
    /// 看执行: did the agency do what the contract says.
    public var execution: [String]
    /// 看配合: did the merchant hold things up (price changes the exports show).
    public var cooperation: [String]
    /// 看市场: what the exports can say about the market.
    public var market: [String]

    public static func diagnose(data: MonthData, readBack: OrderReadBack, figures: MonthFigures, previous: MonthFigures?, anomalies: [Anomaly]) -> ThreeStepDiagnosis {
        var execution: [String] = []
        let byRule = Dictionary(grouping: anomalies, by: \.rule)
        if let over = byRule[.spendOverLimit] { execution.append("\(over.count) 天推广花费超过合同日限额") }
        if let red = byRule[.roiBelowRedLine] { execution.append("ROI 连续低于红线 \(red.count) 次（共 \(red.reduce(0) { $0 + $1.dates.count }) 天），需核实是否按合同暂停并说明") }
        let fakeOrderRules = Detector.fakeOrderRuleIDs
        let fake = anomalies.filter { fakeOrderRules.contains($0.rule) && $0.severity >= .medium }
        if !fake.isEmpty { execution.append("\(fake.count) 组疑似刷单订单（高/中），涉及 \(Set(fake.flatMap(\.orderIDs)).count) 单") }
        if !figures.daysWithoutSpend.isEmpty, !data.ads.isEmpty {
            execution.append("\(figures.daysWithoutSpend.count) 天没有任何推广花费（\(figures.daysWithoutSpend.prefix(5).map(\.description).joined(separator: "、"))）：计划可能中断")
        }
        if execution.isEmpty { execution.append("导出里没有发现违反合同执行条款的情况") }

        var cooperation: [String] = []
        for change in priceChanges(data, readBack: readBack) { cooperation.append(change) }
        if cooperation.isEmpty { cooperation.append("订单里没有看到同一商品单价变动超过 10%；库存与素材交付情况导出中没有，需商家自查") }

        var market: [String] = []
        if let p = previous, p.visitors > 0 {
            let change = Double(figures.visitors) / Double(p.visitors) - 1
            let natural = p.naturalVisitors > 0 ? Double(figures.naturalVisitors) / Double(p.naturalVisitors) - 1 : 0
            market.append("全店访客较上月 \(DisplayNumber.signedPercent(change))，淘内免费访客 \(DisplayNumber.signedPercent(natural))")
        }
        market.append("导出里没有类目/行业数据，无法判断大盘变化；请在生意参谋「市场」查看同类目流量趋势后再下结论")
        return ThreeStepDiagnosis(execution: execution, cooperation: cooperation, market: market)
    }

    /// Items whose unit price moved more than 10% within the month (contracts require approval).
    static func priceChanges(_ data: MonthData, readBack: OrderReadBack) -> [String] {
        // Counts of (item, day, unit price in fen): one flat table instead of a list per item.
        // Items are keyed by a stable hash of the title: the same few titles come a million times,
        // and hashing Chinese `String`s is what would cost the time.
        var counts = PriceCounts()
        // The first order of each item, read back in full for its title.
        var firstOrder: [UInt64: Int] = [:]
        var lastKey: UInt64?
        let paid = data.paidOrders
        for i in paid.indices where paid[i].hasItemTitle && paid[i].quantity > 0 {
            let key = paid[i].itemKey
            if key != lastKey {
                lastKey = key
                if firstOrder[key] == nil { firstOrder[key] = i }
            }
            counts.add(item: key, day: paid[i].paidAt!.day.ordinal, cents: paid[i].paidAmount.cents / Int64(paid[i].quantity))
        }
        let items = firstOrder.sorted { $0.value < $1.value }
        let full = readBack.orders(items.map { paid[$0.value] })
        let titles = Dictionary(uniqueKeysWithValues: zip(items.map(\.key), full.map(\.itemTitle)))
        // Coupons lower single orders: compare the most common price of each day with 3+ orders.
        var daily: [UInt64: [Int: [(cents: Int64, count: Int)]]] = [:]
        for e in counts.entries { daily[e.item, default: [:]][e.day, default: []].append((e.cents, e.count)) }
        var result: [String] = []
        for (key, title) in titles.sorted(by: { $0.value < $1.value }) {
            let modes = (daily[key] ?? [:]).sorted { $0.key < $1.key }.compactMap { day, prices -> (CalendarDay, Double)? in
                guard prices.reduce(0, { $0 + $1.count }) >= 3 else { return nil }
                let mode = prices.max { ($0.count, $1.cents) < ($1.count, $0.cents) }!
                return (CalendarDay(ordinal: day), Double(mode.cents) / 100)
            }
            guard let low = modes.min(by: { $0.1 < $1.1 }), let high = modes.max(by: { $0.1 < $1.1 }), low.1 > 0 else { continue }
            let change = high.1 / low.1 - 1
            if change > 0.10 {
                result.append("「\(title.prefix(16))」单价在 \(DisplayNumber.money(yuan: low.1))（\(low.0)）与 \(DisplayNumber.money(yuan: high.1))（\(high.0)）之间变动 \(DisplayNumber.percent(change))，超过 10% 需商家批准：请核实是谁改的价")
            }
        }
        return result
    }
}
