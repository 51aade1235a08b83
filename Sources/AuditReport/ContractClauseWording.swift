import AuditRecords

/// The contract clause each field of contract.json encodes, as a merchant's contract writes it (the
/// wording of the seed contracts): an error about a field says which clause it is, so a merchant
/// who wrote the contract in Chinese finds the line to check.
///
/// The English edition renders the clause in English; the Chinese one quotes it.
public enum ContractClauseWording {
    /// The clause behind `path` (`stages[1].targets.orders`, `termination.refunds[0].share`); nil
    /// for the fields that name rather than agree something (the store, the agency).
    public static func clause(forPath path: String, in language: Language) -> String? {
        guard let key = self.key(forPath: path), let words = table[key] else { return nil }
        return language.pick(chinese: words.chinese, english: words.english)
    }

    /// The path without list indices and without the parts below a clause's own field:
    /// `stages[1].targets.gmv.value` → `stages.targets.gmv`, `termination.refunds[0].share` →
    /// `termination.refunds`.
    static func key(forPath path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: ".") {
            parts.append(part.prefix { $0 != "[" })
        }
        guard let first = parts.first else { return nil }
        switch first {
        case "stages":
            if parts.count >= 3, parts[1] == "targets", table["stages.targets.\(parts[2])"] != nil {
                return "stages.targets.\(parts[2])"
            }
            if parts.count >= 2, parts[1] == "noPaidPromotion" || parts[1] == "trial" { return "stages.\(parts[1])" }
            return "stages"
        case "baselineMonth":
            return "baselineMonth"
        case "service":
            guard parts.count >= 2 else { return nil }
            return "service.\(parts[1])"
        case "fees", "limits", "termination", "settlement", "agencyDuties":
            guard parts.count >= 2 else { return nil }
            return "\(first).\(parts[1])"
        default:
            return nil
        }
    }

    /// Each clause in the seeds' words, and in English.
    static let table: [String: (chinese: String, english: String)] = [
        "fees.monthlyBase": ("基础服务费：每月 5000 元，每月 5 日前支付", "base service fee: 5,000 yuan a month, paid by the 5th"),
        "fees.commissionTiers": (
            "固定服务费 + 阶梯提成（比如月销 10 万以内提 3%，超 10 万部分提 5%）",
            "fixed fee plus tiered commission (3% of monthly sales up to 100,000, 5% of the part above)"
        ),
        "fees.grossMargin": (
            "不得泄露甲方的产品成本、利润（毛利率）", "the goods' gross margin (the merchant's cost and profit)"
        ),
        "fees.maxShareOfProfit": (
            "月托管费≤月预估利润 ×30%", "the monthly agency fee at most 30% of the month's estimated profit"
        ),
        "service.ratingBelow": (
            "月度评分未达 4.5 分，扣当月 30% 服务费；评分低于 4.3 分免单月服务费",
            "a monthly rating below 4.5: 30% of the fee off; below 4.3: no fee for the month"
        ),
        "service.perPlatformComplaint": (
            "因托管失误导致客户投诉到平台，每次扣 500 元", "500 yuan off for each complaint to the platform caused by the agency"
        ),
        "service.perLateFirstResponse": (
            "首次回复≤30 分钟，每超时 1 次扣 50 元", "first reply within 30 minutes: 50 yuan off for each late one"
        ),
        "service.firstResponseSeconds": (
            "首次回复≤30 分钟", "first reply within 30 minutes"
        ),
        "agencyDuties.weeklyActivity": (
            "每周至少报名 1 次平台活动", "at least one platform activity entered every week"
        ),
        "service.positiveRate": (
            "好评率≥95%，每低 1% 扣 2% 费用", "positive rate at least 95%: 2% of the fee off per point below"
        ),
        "service.complaintsResolved": (
            "90% 以上投诉在 24 小时内解决，低于标准扣 10% 费用", "90% of complaints solved within 24 hours, else 10% of the fee off"
        ),
        "limits.dailyAdSpend": ("直通车单日花超 500 元，必须经我同意", "ad spend above 500 yuan in a day needs my approval"),
        "limits.roiRedLine": (
            "连续 3 天 ROI<1:1.5，自动停投并分析原因", "ROI below 1:1.5 for 3 days in a row: pause and explain"
        ),
        "limits.roiRedLineDays": (
            "连续 3 天 ROI<1:1.5，自动停投并分析原因", "ROI below 1:1.5 for 3 days in a row: pause and explain"
        ),
        "limits.monthlyAdBudget": (
            "推广预算单独列（按「月销目标 ×15%」预留）；每月有 5000 元推广预算",
            "a promotion budget of its own (15% of the monthly sales target), or 5,000 yuan a month"
        ),
        "limits.campaignDailySpend": (
            "大额推广：单日超 1000 元的投放计划需商家审批", "large promotion: a plan spending over 1,000 yuan a day needs approval"
        ),
        "limits.campaignFastPassROI": (
            "快速通过标准：满减不超 30%、ROI 预估≥1:2.5 时，直接过", "fast pass: an ROI of at least 1:2.5 needs no approval"
        ),
        "limits.maxDiscount": ("满减力度超过 30% 需审批", "a discount deeper than 30% needs approval"),
        "limits.noDiscountItems": ("这款产品不参加任何折扣", "this item takes part in no discount"),
        "limits.priceChange": ("单价调整超过 10% 需商家审批", "a unit price change of more than 10% needs approval"),
        "stages": (
            "按阶段设目标：第 1 月 手淘搜索 500 / 天、月销 50 单；第 2-3 月 自然流量占 40%、月销 150 单",
            "staged targets: month 1, 500 search visitors a day and 50 orders; months 2-3, 40% natural traffic and 150 orders"
        ),
        "stages.targets.orders": ("月销 50 单", "50 orders a month"),
        "stages.targets.gmv": ("月销≥8 万", "monthly sales of at least 80,000"),
        "stages.targets.refundAmount": (
            "减少退款纠纷（比如让「无理由退货」占比从 30% 降到 15%）", "fewer refund disputes"
        ),
        "stages.targets.refundRate": (
            "减少退款纠纷（比如让「无理由退货」占比从 30% 降到 15%）", "fewer refund disputes"
        ),
        "stages.targets.visitors": ("每周需新增 200 个访客", "200 more visitors every week"),
        "stages.targets.searchVisitorsPerDay": ("手淘搜索 500 / 天", "500 mobile-search visitors a day"),
        "stages.targets.naturalTrafficShare": ("自然流量占 40%", "natural traffic 40% of all"),
        "stages.targets.naturalVisitors": (
            "第1个月：自然流量提升30%（不考核销售额）", "month 1: natural traffic up 30% (no sales target)"
        ),
        "stages.targets.conversionRate": ("客服转化率 8%", "conversion 8%"),
        "stages.targets.averageOrderValue": ("客单价", "average order value"),
        "stages.targets.adSpend": ("每月直通车预算 8000 元", "8,000 yuan of search ads a month"),
        "stages.targets.adROI": ("直通车 ROI≥1:4", "search-ad ROI of at least 1:4"),
        "stages.targets.itemUnits": (
            "爆款带动 3 款关联产品，每款月销提升 50%",
            "the best-seller carries 3 related items, each one's monthly sales up 50%"
        ),
        "stages.targets.itemSales": (
            "爆款带动 3 款关联产品，每款月销提升 50%",
            "the best-seller carries 3 related items, each one's monthly sales up 50%"
        ),
        "baselineMonth": (
            "3 个月内月销从 5 万提升至 15 万（基准为合同开始前一个月）",
            "monthly sales from 50,000 to 150,000 within 3 months (from the month before the contract)"
        ),
        "stages.trial": (
            "前 1 个月为试运营期，若投诉率未降到 8% 以下，卖家有权无条件解约，只付 80% 服务费",
            "the first month is a trial: if it misses its targets, the merchant may end the contract and pays 80% of the fee"
        ),
        "stages.noPaidPromotion": ("前 2 个月不投直通车，专注做自然流量", "no search ads in the first 2 months: natural traffic only"),
        "termination.consecutiveMissedStages": (
            "连续 2 个阶段不达标，可无责解约", "2 stages in a row missed: terminate without liability"
        ),
        "termination.missBelow": (
            "连续 2 个月未达 80% 目标，甲方可无责解约", "2 months in a row below 80% of target: terminate without liability"
        ),
        "termination.consecutiveMonthsBelow": (
            "连续 2 个月未达 80% 目标，甲方可无责解约", "2 months in a row below 80% of target: terminate without liability"
        ),
        "termination.redLine": ("红线：连续 2 个月未达 60% 目标，直接解约", "red line: 2 months in a row below 60% of target"),
        "termination.rectificationDays": (
            "逾期未回复或未改善的，依合同条款处理", "without a reply or an improvement by the deadline, the contract's terms apply"
        ),
        "termination.noticeDays": (
            "任何一方想解约，需提前 15 天书面通知，已服务天数按比例结算费用",
            "either party may end the contract on 15 days' written notice, the days served paid pro rata"
        ),
        "termination.proRataLastMonth": ("已服务天数按比例结算费用", "the days served are paid pro rata"),
        "termination.noticeGivenOn": ("按合同发「书面解约通知」", "a written notice of termination, as the contract says"),
        "termination.refunds": (
            "连续 2 个月未达 80% 目标，甲方可无责解约，退还 50% 服务费",
            "2 months in a row below 80% of target: terminate without liability, 50% of the fee refunded"
        ),
        "settlement.deductInProportion": (
            "未达阶段目标，按差额比例扣服务费（如目标 100 单只完成 80 单，扣 20%）",
            "a stage target missed: the fee deducted in proportion (80 of 100 orders: 20% off)"
        ),
        "settlement.maxDeduction": (
            "未达阶段目标，按差额比例扣服务费（如目标 100 单只完成 80 单，扣 20%）",
            "a stage target missed: the fee deducted in proportion (80 of 100 orders: 20% off)"
        ),
        "settlement.deductPerPoint": ("每低 1% 扣 2% 费用", "2% of the fee off for each point below"),
        "settlement.flatDeduction": ("未完成 80%，扣 20% 服务费", "below 80%: 20% of the fee off"),
        "settlement.bonusAbove": ("超额完成目标，额外支付 5% 服务费", "targets beaten: 5% of the fee on top"),
        "settlement.bonusRate": ("超额完成目标，额外支付 5% 服务费", "targets beaten: 5% of the fee on top"),
        "settlement.proRataPartialMonth": ("已服务天数按比例结算费用", "the days served are paid pro rata"),
    ]
}
