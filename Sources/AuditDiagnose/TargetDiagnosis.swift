import AuditMeasure
import AuditRecords

/// Writes 差异原因 and 改进措施 for each target from the month's measured figures.
///
/// Every sentence quotes a figure from the exports (the gap decomposition against the previous
/// month, the source or campaign that moved, the suspected fake orders); nothing is invented.
/// Where a cause cannot be measured, it says so.
public enum TargetDiagnosis {
    public static func diagnose(metrics: [MetricValue], current: MonthFigures, previous: MonthFigures?,
                                anomalies: [Anomaly], suspiciousOrderIDs: Set<String>) -> [TargetFinding] {
        let decomposition = previous.flatMap { GapDecomposition(current: current, previous: $0) }
        return metrics.filter { $0.target != nil }.map { m in
            let met = m.isMet ?? false
            var reasons: [String] = []
            var actions: [String] = []
            guard m.actual != nil else {
                return TargetFinding(metric: m, reason: "本月导出里没有计算该指标所需的数据（\(source(of: m.key))）", action: "补充导出\(source(of: m.key))后重新审计")
            }
            switch m.key {
            case .orders, .gmv, .averageOrderValue:
                if let d = decomposition {
                    // Orders = visitors × conversion; sales and order value also carry the order-value factor.
                    let weakest = m.key == .orders ? d.weakestFactor(among: [.traffic, .conversion]) : d.weakestFactor(among: [.traffic, .conversion, .orderValue])
                    if m.key == .orders {
                        reasons.append("较上月支付订单 \(DisplayNumber.signedPercent(d.ordersChange))：访客 \(DisplayNumber.signedPercent(d.visitorsChange))，订单转化率 \(DisplayNumber.signedPercent(d.conversionChange))")
                    } else {
                        reasons.append("较上月销售额 \(DisplayNumber.signedPercent(d.salesChange))：\(d.summary)")
                    }
                    if !met {
                        reasons.append("缺口主要来自\(weakest.rawValue)")
                        actions.append(action(for: weakest))
                        if weakest == .traffic, let drop = biggestDrop(current, previous!) { reasons.append(drop) }
                    }
                } else if !met, let conv = current.orderConversion, let aov = current.averageOrderValue, let target = m.target, m.key != .averageOrderValue,
                          target / (m.key == .gmv ? conv * aov : conv) < 1e15 {
                    let perVisitor = m.key == .gmv ? conv * aov : conv
                    let needed = target / perVisitor
                    reasons.append("按本月订单转化率（支付订单/访客）\(DisplayNumber.percent(conv, decimals: 2))、客单价 \(DisplayNumber.money(yuan: aov))，需访客 \(DisplayNumber.count(Int(needed.rounded())))，实际 \(DisplayNumber.count(current.visitors))")
                    actions.append(action(for: .traffic))
                } else if !met {
                    reasons.append("本月 \(current.paidOrders) 单，客单价 \(current.averageOrderValue.map { DisplayNumber.money(yuan: $0) } ?? "-")；缺少流量数据，无法拆分缺口")
                }
                if m.key.isOrderBased, let clean = m.actualExcludingSuspicious, let actual = m.actual, clean != actual {
                    let n = suspiciousOrderIDs.count
                    var s = "含疑似刷单 \(n) 单，剔除后为 \(format(clean, m.key))"
                    if let a = m.attainmentExcludingSuspicious { s += "（达成 \(DisplayNumber.percent(a))）" }
                    reasons.append(s)
                    actions.append("要求托管方书面说明疑似刷单订单；核实前不计入提成")
                }
            case .searchVisitorsPerDay:
                reasons.append("手淘搜索日均 \(DisplayNumber.fixed(m.actual!, decimals: 1))：上半月 \(DisplayNumber.fixed(current.searchPerDayFirstHalf, decimals: 1))，下半月 \(DisplayNumber.fixed(current.searchPerDaySecondHalf, decimals: 1))")
                if let p = previous, let prev = searchPerDay(p) { reasons.append("上月 \(DisplayNumber.fixed(prev, decimals: 1))") }
                actions.append(met ? "保持标题与关键词优化，推广到其他主推款" : "优化主推款标题关键词、主图点击率，提高手淘搜索排名")
            case .naturalTrafficShare:
                reasons.append("淘内免费访客 \(DisplayNumber.count(current.naturalVisitors)) / 全部 \(DisplayNumber.count(current.visitors))；付费流量访客 \(DisplayNumber.count(current.paidVisitors))（\(DisplayNumber.percent(Double(current.paidVisitors) / Double(max(1, current.visitors))))）")
                actions.append(met ? "保持自然流量增长，逐步降低对付费推广的依赖" : "减少对付费流量的依赖：优化搜索关键词和内容，承接自然流量")
            case .conversionRate:
                reasons.append("支付买家 \(DisplayNumber.count(current.payingBuyers)) / 访客 \(DisplayNumber.count(current.visitors))")
                let junk = anomalies.filter { $0.rule == .trafficSourceSurge && $0.severity >= .medium }
                if !junk.isEmpty { reasons.append("\(junk.count) 个来源-日出现异常流量暴涨（拉低转化）") }
                actions.append(met ? "保持详情页与客服话术" : "优化详情页、评价与客服话术；排查无效流量")
            case .adROI, .adSpend:
                reasons.append("推广花费 \(DisplayNumber.money(current.adSpend))，成交 \(DisplayNumber.money(current.adSales))")
                if let worst = worstCampaign(current) { reasons.append("ROI 最低的计划：\(worst)") }
                let red = anomalies.filter { $0.rule == .roiBelowRedLine }.reduce(0) { $0 + $1.dates.count }
                if red > 0 { reasons.append("\(red) 天 ROI 低于合同红线") }
                let over = anomalies.filter { $0.rule == .spendOverLimit }.count
                if over > 0 { reasons.append("\(over) 天花费超日限额") }
                actions.append(met ? "保持出价策略，定期复核关键词" : "暂停或降低 ROI 最低计划的出价，预算转向 ROI 高的计划")
            case .refundAmount, .refundRate:
                reasons.append("退款金额 \(format(metricValue(metrics, .refundAmount) ?? 0, .refundAmount))，占销售额 \(DisplayNumber.percent(metricValue(metrics, .refundRate) ?? 0))")
                actions.append(met ? "保持" : "按退款原因排查质量与描述不符问题")
            case .visitors:
                if let p = previous, p.visitors > 0 { reasons.append("较上月 \(DisplayNumber.signedPercent(Double(current.visitors) / Double(p.visitors) - 1))") }
                if let p = previous, let drop = biggestDrop(current, p) { reasons.append(drop) }
                actions.append(met ? "保持" : action(for: .traffic))
            }
            if reasons.isEmpty { reasons.append(met ? "达成" : "未达成") }
            if actions.isEmpty { actions.append(met ? "保持当前做法" : "要求托管方提交改进计划") }
            return TargetFinding(metric: m, reason: reasons.joined(separator: "；"), action: actions.joined(separator: "；"))
        }
    }

    static func action(for factor: GapDecomposition.Factor) -> String {
        switch factor {
        case .traffic: return "提升流量：优化标题关键词与主图，报名平台活动，复核推广计划覆盖"
        case .conversion: return "提升转化：优化详情页、评价和价格，加强客服话术"
        case .orderValue: return "提升客单价：搭配套餐、满减凑单、关联推荐"
        }
    }

    /// The traffic source that lost the most visitors against the previous month.
    static func biggestDrop(_ current: MonthFigures, _ previous: MonthFigures) -> String? {
        let drops = previous.visitorsBySource.map { (source, before) in (source, (current.visitorsBySource[source] ?? 0) - before, before) }
            .filter { $0.1 < 0 }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let d = drops.first else { return nil }
        return "降幅最大的来源：\(d.0) \(DisplayNumber.count(d.1))（\(DisplayNumber.signedPercent(Double(d.1) / Double(max(1, d.2))))）"
    }

    static func worstCampaign(_ f: MonthFigures) -> String? {
        let rows = f.spendByCampaign.filter { $0.value.cents > 0 }.map { (name, spend) in
            (name, Double(f.salesByCampaign[name, default: .zero].cents) / Double(spend.cents), spend)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let w = rows.first else { return nil }
        return "\(w.0) \(DisplayNumber.roi(w.1))（花费 \(DisplayNumber.money(w.2))）"
    }

    static func searchPerDay(_ f: MonthFigures) -> Double? {
        let search = f.visitorsBySource.filter { $0.key.isSearch }.values.reduce(0, +)
        return f.visitors > 0 ? Double(search) / Double(f.month.dayCount) : nil
    }

    static func metricValue(_ metrics: [MetricValue], _ key: MetricKey) -> Double? { metrics.first { $0.key == key }?.actual }

    static func source(of key: MetricKey) -> String {
        switch key {
        case .orders, .gmv, .refundAmount, .refundRate, .averageOrderValue: return "订单报表"
        case .visitors, .searchVisitorsPerDay, .naturalTrafficShare, .conversionRate: return "生意参谋流量来源"
        case .adSpend, .adROI: return "推广报表"
        }
    }

    /// A metric value as the report writes it.
    public static func format(_ v: Double, _ key: MetricKey) -> String {
        switch key.unit {
        case .count: return DisplayNumber.count(Int(v.rounded()))
        case .perDay: return DisplayNumber.fixed(v, decimals: 1)
        case .money: return DisplayNumber.money(yuan: v)
        case .share: return DisplayNumber.percent(v, decimals: 2)
        case .ratio: return DisplayNumber.roi(v)
        }
    }
}
