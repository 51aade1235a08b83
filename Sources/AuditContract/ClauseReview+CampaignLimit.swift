import AuditMeasure
import AuditRecords

extension ClauseReview {
    /// Each campaign-day over the per-campaign daily limit (大额推广：单日超 1000 元的投放计划需商家审批),
    /// with the approval that covers it.
    public struct CampaignLimitCheck: Sendable, Hashable {
        public var limit: Money
        /// 快速通过标准: a day's ROI at or above this lets a campaign-day through without approval.
        public var fastPassROI: Double?
        /// Every campaign-day above the limit, by day then campaign.
        public var days: [CampaignDay]

        static func check(_ data: MonthData, limit: Money, fastPassROI: Double?, approvals: [MerchantApproval]?)
            -> CampaignLimitCheck
        {
            // One row per (day, campaign) after assembly; rows of one campaign in two reports add up.
            var byKey: [String: (day: CalendarDay, campaign: String, spend: Money, sales: Money)] = [:]
            for r in data.ads where r.isDaily {
                let key = "\(r.day.ordinal)|\(r.campaignLabel)"
                var e = byKey[key] ?? (r.day, r.campaignLabel, .zero, .zero)
                e.spend = e.spend + r.spend
                e.sales = e.sales + r.attributedSales
                byKey[key] = e
            }
            let labels = Dictionary(
                data.ads.map { ($0.campaignLabel, ($0.campaignName, $0.campaignID)) }, uniquingKeysWith: { a, _ in a })
            let over = byKey.values.filter { $0.spend > limit }.sorted { ($0.day, $0.campaign) < ($1.day, $1.campaign) }
            let days = over.map { e in
                let label = labels[e.campaign] ?? (e.campaign, "")
                return campaignDay(
                    day: e.day, campaign: e.campaign, name: label.0, id: label.1, spend: e.spend, sales: e.sales,
                    fastPassROI: fastPassROI, approvals: approvals)
            }
            return CampaignLimitCheck(limit: limit, fastPassROI: fastPassROI, days: days)
        }

        /// One campaign-day over the limit, with the fast pass or the approval that lets it through.
        static func campaignDay(
            day: CalendarDay, campaign: String, name: String, id: String, spend: Money, sales: Money,
            fastPassROI: Double?, approvals: [MerchantApproval]?
        ) -> CampaignDay {
            let roi: Double? = spend > .zero ? Double(sales.cents) / Double(spend.cents) : nil
            var approval: Approval = approvals == nil ? .notChecked : .notApproved
            if let fastPassROI, let roi, roi >= fastPassROI {
                approval = .fastPass(roi: roi, standard: fastPassROI)
            } else if let a = approvals?.filter({
                $0.subject == .campaign && $0.day <= day && Self.names($0.detail, name: name, id: id)
                    && ($0.value.map { Money(roundingYuan: $0) >= spend } ?? true)
            }).max(by: { ($0.day, $0.line) < ($1.day, $1.line) }) {
                approval = .approved(line: a.line, day: a.day, value: a.value)
            }
            return CampaignDay(day: day, campaign: campaign, spend: spend, sales: sales, roi: roi, approval: approval)
        }

        /// Whether an approval's detail names the campaign: its name or id, or a part of its name.
        static func names(_ detail: String, name: String, id: String) -> Bool {
            let d = String(detail.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            guard !d.isEmpty else { return false }
            return d == name || (!id.isEmpty && d == id) || name.contains(d) || d.contains(name)
        }
    }

    /// One campaign's spend on one day above the limit, its ROI that day and its approval.
    public struct CampaignDay: Sendable, Hashable {
        public var day: CalendarDay
        /// `计划名称 (计划ID)`, or the name alone.
        public var campaign: String
        public var spend: Money
        public var sales: Money
        /// Sales / spend that day; nil without spend.
        public var roi: Double?
        public var approval: Approval
    }
}
