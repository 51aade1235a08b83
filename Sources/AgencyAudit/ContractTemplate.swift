import AuditRecords

/// The contract.json `agency-audit init` writes: every clause family the audit reads, filled with
/// the values the seed contracts write most often, so a merchant edits figures instead of writing
/// JSON. README's contract table gives each field's meaning beside the clause it encodes.
///
/// The targets fit the platform: 拼多多 and 抖店 hand out no readable traffic export, so their
/// stages set no traffic targets (a target nothing measures would hold every month's settlement).
public enum ContractTemplate {
    /// The contract of a store on `platform` whose contract starts in `first`: a one-month trial
    /// stage (试运营期: 80% of the fee when it misses) and a two-month growth stage after it.
    public static func text(platform: Platform, first: YearMonth) -> String {
        let second = first.next
        let third = second.next
        let measuresTraffic = platform == .taobao || platform == .jd
        let firstTargets =
            measuresTraffic
            ? #"{"naturalVisitors": {"growth": 0.3}, "orders": 50}"#
            : #"{"gmv": {"growth": 0.3}, "orders": 50}"#
        let secondTargets =
            measuresTraffic
            ? #"{"naturalTrafficShare": 0.4, "orders": 150, "gmv": 80000, "adROI": 4.0}"#
            : #"{"orders": 150, "gmv": 80000, "adROI": 4.0}"#
        return """
            {
              "store": {"name": "我的店铺", "platform": "\(platform.rawValue)"},
              "agency": {"name": "某某电商托管"},
              "baselineMonth": "\(first.previous)",
              "fees": {"monthlyBase": 5000, "commissionTiers": [{"upTo": 100000, "rate": 0.03}, {"rate": 0.05}],
                       "grossMargin": 0.35, "maxShareOfProfit": 0.3},
              "limits": {"dailyAdSpend": 500, "roiRedLine": 1.5, "roiRedLineDays": 3,
                         "monthlyAdBudget": {"shareOfSalesTarget": 0.15}, "campaignDailySpend": 1000,
                         "campaignFastPassROI": 2.5, "priceChange": 0.1, "maxDiscount": 0.3, "noDiscountItems": []},
              "stages": [
                {"name": "第1月 适应期", "from": "\(first)", "to": "\(first)", "noPaidPromotion": false,
                 "trial": {"payShare": 0.8},
                 "targets": \(firstTargets)},
                {"name": "第2-3月 增长期", "from": "\(second)", "to": "\(third)",
                 "targets": \(secondTargets)}
              ],
              "termination": {"consecutiveMissedStages": 2, "missBelow": 0.8, "consecutiveMonthsBelow": 2, "redLine": 0.6,
                              "rectificationDays": 15, "refunds": [{"ground": "monthsBelow", "share": 0.5}],
                              "noticeDays": 15, "proRataLastMonth": true},
              "settlement": {"deductInProportion": true, "maxDeduction": 1.0, "flatDeduction": {"below": 0.8, "share": 0.2},
                             "bonusAbove": 1.2, "bonusRate": 0.05, "proRataPartialMonth": false},
              "service": {"ratingBelow": [{"below": 4.5, "deduct": 0.3}, {"below": 4.3, "deduct": 1}],
                          "perPlatformComplaint": 500, "perLateFirstResponse": 50,
                          "positiveRate": {"atLeast": 0.95, "deductPerPoint": 0.02},
                          "complaintsResolved": {"atLeast": 0.9, "deduct": 0.1}, "firstResponseSeconds": 1800},
              "agencyDuties": {"weeklyActivity": true}
            }

            """
    }
}
