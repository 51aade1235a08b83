import Foundation

extension TaobaoStoreSimulation {
    /// contract.json: stage targets chosen from the generated figures so that each month meets some
    /// targets and misses others (orders ≈ 1.03 × the legitimate paid orders, GMV ≈ 0.95 × the GMV),
    /// and a representative set of the clauses merchants write: natural visitors +5% over the first
    /// month, a gross margin and the fee's share of profit, a monthly promotion budget, a
    /// per-campaign daily limit with a fast pass, a price-change limit, a refund on months below
    /// the line, a flat deduction beside the proportional one, and the store-rating standards.
    func writeContract() throws {
        /// `v` rounded to the largest of `steps` that is at most a twentieth of it (never to zero).
        func target(_ v: Double, steps: [Double]) -> Int {
            let step = steps.first { v >= 20 * $0 } ?? 1
            return max(1, Int((v / step).rounded() * step))
        }
        let s0 = monthStats[0]
        var stages = """
                {"name": "第1月 适应期", "from": "\(label(0))", "to": "\(label(0))", "targets": {"searchVisitorsPerDay": \(target(500 * scale, steps: [10, 1])), "orders": \(target(Double(s0.legitOrders) * 1.03, steps: [50, 10]))}}
            """
        if months.count > 1 {
            let s1 = monthStats[1]
            let name = months.count == 2 ? "第2月 增长期" : "第2-\(months.count)月 增长期"
            stages += """
                ,
                    {"name": "\(name)", "from": "\(label(1))", "to": "\(label(months.count - 1))", "targets": {"naturalTrafficShare": 0.4, "orders": \(target(Double(s1.legitOrders) * 1.03, steps: [50, 10])), "gmv": \(target(Double(s1.gmv) / 100 * 0.95, steps: [1000, 100, 10])), "adROI": 3.0,
                      "naturalVisitors": {"growth": 0.05, "baseline": "\(label(0))"}}}
                """
        }
        // A diagnosis store's contract writes the agency's duties its planted causes break.
        let duties =
            diagnosis == nil
            ? "}"
            : ", \"firstResponseSeconds\": \(DiagnosisPlan.firstResponseLimit)},\n  \"agencyDuties\": {\"weeklyActivity\": true}"
        let json = """
            {
              "store": {"name": \(JSONText.quoted(spec.storeName)), "platform": "taobao"},
              "agency": {"name": "杭州某某电商托管有限公司"},
              "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}],
                       "grossMargin": 0.35, "maxShareOfProfit": 0.3},
              "limits": {"dailyAdSpend": \(target(500 * scale, steps: [10, 1])), "roiRedLine": 1.5, "roiRedLineDays": 3,
                         "monthlyAdBudget": \(target(10_500 * scale, steps: [100, 10, 1])), "campaignDailySpend": \(target(180 * scale, steps: [10, 1])),
                         "campaignFastPassROI": 3.5, "priceChange": 0.1},
              "stages": [
            \(stages)
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8,
                              "refunds": [{"ground": "monthsBelow", "share": 0.5}], "noticeDays": 15},
              "settlement": {"flatDeduction": {"below": 0.8, "share": 0.2}},
              "service": {"ratingBelow": [{"below": 4.5, "deduct": 0.3}, {"below": 4.3, "deduct": 1}], "perPlatformComplaint": 500\(duties)
            }

            """
        try writeText(json, to: "contract.json")
    }
}
