import AuditRecords

extension TargetFinding {
    /// One measure the merchant can ask of the agency, chosen by the metric, whether it was met and why not.
    public enum Action: Sendable, Hashable {
        /// Add the missing export and audit again.
        case completeExport(export: ExportKind)
        /// Work on the factor the gap mainly came from.
        case improve(factor: GapDecomposition.Factor)
        /// Have the agency explain the suspected fake orders; no commission on them until checked.
        case explainSuspectedFakeOrders
        /// 手淘搜索 target met: keep the keyword work and extend it to other lead items.
        case keepSearchOptimisation
        /// 手淘搜索 target missed: better titles, keywords and main-image click rate.
        case improveSearchRanking
        /// Natural-traffic target met: keep growing it and lean less on paid promotion.
        case keepGrowingNaturalTraffic
        /// Natural-traffic target missed: depend less on paid traffic.
        case reducePaidTrafficReliance
        /// Conversion target met: keep the detail page and customer service scripts.
        case keepDetailPageAndService
        /// Conversion target missed: detail page, reviews, service scripts, and screen out junk traffic.
        case improveDetailPageAndScreenTraffic
        /// Ad target met: keep the bidding strategy.
        case keepBidding
        /// Ad target missed: cut the bids of the lowest-ROI campaigns.
        case cutLowROIBids
        /// Refund target missed: go through the refund reasons.
        case investigateRefunds
        /// Refund or visitor target met: nothing to change.
        case keepAsIs
        /// A named item missed its target after days without a sale: keep it in stock.
        case keepItemInStock
        /// A named item missed its target after its price moved: check the change was agreed.
        case checkItemPriceChange
        /// Any other target met.
        case keepCurrentApproach
        /// Any other target missed, with no measured cause to act on.
        case requestImprovementPlan
    }
}
