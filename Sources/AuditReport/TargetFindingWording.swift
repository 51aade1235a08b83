import AuditDiagnose
import AuditRecords

/// The wording of a target's 差异原因 (reason for the gap) and 改进措施 (corrective action), as the
/// target-comparison table shows them: Chinese here, English in `TargetFindingWording+English.swift`.
enum TargetFindingWording {
    /// 差异原因 in one cell: the reasons' sentences joined with `；` (`; ` in English).
    static func reason(_ f: TargetFinding, platform: Platform = .taobao, in language: Language) -> String {
        f.reasons.map { reason in
            if case .missingData(let export) = reason,
                let limit = PlatformExportWording.unmeasurable(export, platform, in: language)
            {
                return limit
            }
            return sentence(reason, metric: f.metric.key, platform: platform, in: language)
        }.joined(separator: language.clauseSeparator)
    }

    /// 改进措施 in one cell: the actions' sentences joined with `；` (`; ` in English).
    static func action(_ f: TargetFinding, platform: Platform = .taobao, in language: Language) -> String {
        f.actions.map { action in
            if case .completeExport(let export) = action,
                let instead = PlatformExportWording.instead(export, platform, in: language)
            {
                return instead
            }
            return sentence(action, platform: platform, in: language)
        }.joined(separator: language.clauseSeparator)
    }

    /// One reason as a clause; `metric` is the target's, whose unit some figures are written in.
    static func sentence(
        _ reason: TargetFinding.Reason, metric: MetricKey, platform: Platform = .taobao, in language: Language
    ) -> String {
        switch language {
        case .chinese: return chinese(reason, metric: metric, platform: platform)
        case .english: return english(reason, metric: metric, platform: platform)
        }
    }

    /// One action as a clause.
    static func sentence(_ action: TargetFinding.Action, platform: Platform = .taobao, in language: Language) -> String
    {
        switch language {
        case .chinese: return chinese(action, platform: platform)
        case .english: return english(action, platform: platform)
        }
    }

    static func chinese(_ reason: TargetFinding.Reason, metric: MetricKey, platform: Platform) -> String {
        switch reason {
        case .missingData(let export):
            return "本月导出里没有计算该指标所需的数据（\(PlatformExportWording.name(export, platform, in: .chinese))）"
        case .ordersChanged(let orders, let visitors, let conversion):
            return
                "较上月支付订单 \(DisplayNumber.signedPercent(orders))：访客 \(DisplayNumber.signedPercent(visitors))，订单转化率 \(DisplayNumber.signedPercent(conversion))"
        case .salesChanged(let sales, let visitors, let conversion, let orderValue):
            return
                "较上月销售额 \(DisplayNumber.signedPercent(sales))：访客 \(DisplayNumber.signedPercent(visitors))，订单转化率 \(DisplayNumber.signedPercent(conversion))，客单价 \(DisplayNumber.signedPercent(orderValue))"
        case .gapMainlyFrom(let factor):
            return "缺口主要来自\(name(factor, in: .chinese))"
        case .biggestSourceDrop(let source, let visitors, let previousVisitors):
            let change = visitors - previousVisitors
            let rate = Double(change) / Double(max(1, previousVisitors))
            return "降幅最大的来源：\(source) \(DisplayNumber.count(change))（\(DisplayNumber.signedPercent(rate))）"
        case .visitorsNeeded(let conversion, let averageOrderValue, let needed, let visitors):
            return
                "按本月订单转化率（支付订单/访客）\(DisplayNumber.percent(conversion, decimals: 2))、客单价 \(DisplayNumber.money(averageOrderValue))，需访客 \(DisplayNumber.count(needed))，实际 \(DisplayNumber.count(visitors))"
        case .gapNotSplit(let orders, let averageOrderValue):
            return "本月 \(orders) 单，客单价 \(averageOrderValue.map(DisplayNumber.money) ?? "-")；缺少流量数据，无法拆分缺口"
        case .includesSuspectedFakeOrders(let orders, let value, let attainment):
            return "含疑似刷单 \(orders) 单，剔除后为 \(MetricWording.value(value, metric))"
                + (attainment.map { "（达成 \(DisplayNumber.percent($0))）" } ?? "")
        case .searchVisitorsPerDay(let perDay, let firstHalf, let secondHalf):
            return
                "手淘搜索日均 \(DisplayNumber.fixed(perDay, decimals: 1))：上半月 \(DisplayNumber.fixed(firstHalf, decimals: 1))，下半月 \(DisplayNumber.fixed(secondHalf, decimals: 1))"
        case .previousSearchVisitorsPerDay(let perDay):
            return "上月 \(DisplayNumber.fixed(perDay, decimals: 1))"
        case .trafficMix(let natural, let visitors, let paid):
            return
                "淘内免费访客 \(DisplayNumber.count(natural)) / 全部 \(DisplayNumber.count(visitors))；付费流量访客 \(DisplayNumber.count(paid))（\(DisplayNumber.percent(Double(paid) / Double(max(1, visitors))))）"
        case .payingBuyers(let buyers, let visitors):
            return "支付买家 \(DisplayNumber.count(buyers)) / 访客 \(DisplayNumber.count(visitors))"
        case .trafficSurges(let sourceDays):
            return "\(sourceDays) 个来源-日出现异常流量暴涨（拉低转化）"
        case .adSpendAndSales(let spend, let sales):
            return "推广花费 \(DisplayNumber.money(spend))，成交 \(DisplayNumber.money(sales))"
        case .worstCampaign(let name, let roi, let spend):
            return "ROI 最低的计划：\(name) \(DisplayNumber.roi(roi))（花费 \(DisplayNumber.money(spend))）"
        case .daysBelowROIRedLine(let days):
            return "\(days) 天 ROI 低于合同红线"
        case .daysOverSpendLimit(let days):
            return "\(days) 天花费超日限额"
        case .refunds(let amount, let share):
            return "退款金额 \(DisplayNumber.money(amount))，占销售额 \(DisplayNumber.percent(share))"
        case .visitorsChanged(let change):
            return "较上月 \(DisplayNumber.signedPercent(change))"
        case .itemUnitsChanged(let units, let compared, let month):
            return "本月 \(DisplayNumber.count(units)) 件，\(month) 为 \(DisplayNumber.count(compared)) 件"
                + (compared > 0 ? "（\(DisplayNumber.signedPercent(Double(units) / Double(compared) - 1))）" : "")
        case .itemOrdersAndPrice(let orders, let price, let comparedOrders, let comparedPrice, let month):
            let now = "\(DisplayNumber.count(orders)) 单，件均实付 \(price.map(DisplayNumber.money) ?? "-")"
            guard let comparedOrders, let month else { return now }
            return now
                + "（\(month)：\(DisplayNumber.count(comparedOrders)) 单，件均 \(comparedPrice.map(DisplayNumber.money) ?? "-")）"
        case .itemPriceChanged(let before, let after, let day):
            return "\(day) 起价格 \(DisplayNumber.money(before)) → \(DisplayNumber.money(after))"
                + (before > .zero
                    ? "（\(DisplayNumber.signedPercent(Double(after.cents) / Double(before.cents) - 1))）" : "")
        case .itemSoldNothing(let first, let last):
            return "\(first) 至 \(last) 连续 \(last.ordinal - first.ordinal + 1) 天无销量而全店照常出单，疑似断货"
        case .itemUnitsInSuspectedFakeOrders(let units, let of, let value, let attainment):
            return "\(DisplayNumber.count(of)) 件中 \(DisplayNumber.count(units)) 件"
                + "（\(DisplayNumber.percent(Double(units) / Double(max(1, of))))）在疑似刷单订单里"
                + (value.map { "，剔除后为 \(MetricWording.value($0, metric))" } ?? "")
                + (attainment.map { "（达成 \(DisplayNumber.percent($0))）" } ?? "")
        case .targetMet:
            return "达成"
        case .targetMissed:
            return "未达成"
        }
    }

    static func chinese(_ action: TargetFinding.Action, platform: Platform) -> String {
        switch action {
        case .completeExport(let export):
            return "补充导出\(PlatformExportWording.name(export, platform, in: .chinese))后重新审计"
        case .improve(factor: .traffic): return "提升流量：优化标题关键词与主图，报名平台活动，复核推广计划覆盖"
        case .improve(factor: .conversion): return "提升转化：优化详情页、评价和价格，加强客服话术"
        case .improve(factor: .orderValue): return "提升客单价：搭配套餐、满减凑单、关联推荐"
        case .explainSuspectedFakeOrders: return "要求托管方书面说明疑似刷单订单；核实前不计入提成"
        case .keepSearchOptimisation: return "保持标题与关键词优化，推广到其他主推款"
        case .improveSearchRanking: return "优化主推款标题关键词、主图点击率，提高手淘搜索排名"
        case .keepGrowingNaturalTraffic: return "保持自然流量增长，逐步降低对付费推广的依赖"
        case .reducePaidTrafficReliance: return "减少对付费流量的依赖：优化搜索关键词和内容，承接自然流量"
        case .keepDetailPageAndService: return "保持详情页与客服话术"
        case .improveDetailPageAndScreenTraffic: return "优化详情页、评价与客服话术；排查无效流量"
        case .keepBidding: return "保持出价策略，定期复核关键词"
        case .cutLowROIBids: return "暂停或降低 ROI 最低计划的出价，预算转向 ROI 高的计划"
        case .investigateRefunds: return "按退款原因排查质量与描述不符问题"
        case .keepAsIs: return "保持"
        case .keepItemInStock: return "要求托管方按销量提前备货，断货期间暂停该款推广"
        case .checkItemPriceChange: return "核实该款改价是否经商家同意，未经同意的改回"
        case .keepCurrentApproach: return "保持当前做法"
        case .requestImprovementPlan: return "要求托管方提交改进计划"
        }
    }

    /// 流量, 订单转化率, 客单价: the factor as the gap sentence names it.
    static func name(_ factor: GapDecomposition.Factor, in language: Language) -> String {
        switch factor {
        case .traffic: return language.pick(chinese: "流量", english: "traffic")
        case .conversion: return language.pick(chinese: "订单转化率", english: "order conversion")
        case .orderValue: return language.pick(chinese: "客单价", english: "average order value")
        }
    }
}
