import AuditDiagnose
import AuditRecords

extension ThreeStepDiagnosisWording {
    static func english(_ finding: ThreeStepDiagnosis.ExecutionFinding) -> String {
        switch finding {
        case .spendOverLimit(let days):
            return "\(English.count(days, "day", "days")) of ad spend over the contract's daily limit"
        case .roiBelowRedLine(let runs, let days):
            return
                "\(English.count(runs, "run", "runs")) of consecutive days with ROI below the red line "
                + "(\(English.count(days, "day", "days")) in all): check that the campaigns were paused and explained as the contract requires"
        case .suspectedFakeOrders(let groups, let orders):
            return "\(English.count(groups, "group", "groups")) of suspected fake orders (high/medium), "
                + "\(English.count(orders, "order", "orders")) in all"
        case .daysWithoutSpend(let days):
            let shown = days.prefix(daysWithoutSpendShown).map(\.description).joined(separator: ", ")
            return
                "\(English.count(days.count, "day", "days")) without any ad spend (\(shown)\(days.count > daysWithoutSpendShown ? ", …" : "")): "
                + "a campaign may have stopped"
        case .snapshotPriceChangesWithoutApproval(let changes, let items):
            return snapshotPriceChangesWithoutApproval(changes: changes, items: items, language: .english)
        case .noBreachFound:
            return "the exports show no breach of the contract's execution terms"
        case .customerService, .customerServiceDownloadMissing, .activityWeeks, .activityDownloadMissing,
            .promotionSpend:
            return agencyWork(finding, language: .english)
        }
    }

    static func english(_ finding: ThreeStepDiagnosis.CooperationFinding) -> String {
        let limit = DisplayNumber.percent(ThreeStepDiagnosis.priceChangeNeedingApproval, decimals: 0)
        switch finding {
        case .unitPriceChanged(let item, let lowest, let lowestOn, let highest, let highestOn, let change):
            // Long titles are cut so the clause stays readable; the item is still recognisable.
            return "the unit price of “\(item.prefix(16))” moved \(DisplayNumber.percent(change)) between "
                + "\(DisplayNumber.money(lowest)) (\(lowestOn)) and \(DisplayNumber.money(highest)) (\(highestOn)), "
                + "more than the \(limit) that needs the merchant's approval: check who changed the price"
        case .noPriceChangeSeen:
            return "no item's unit price moved more than \(limit) in the orders; creative deliveries are not in the "
                + "exports: the merchant should check them"
        case .stockOut(let s): return stockOut(s, language: .english)
        case .itemStopped(let s): return itemStopped(s, language: .english)
        case .stockOutsBehindTarget(let i): return stockOutsBehindTarget(i, language: .english)
        case .stockOutRefunds(let r): return stockOutRefunds(r, language: .english)
        case .itemTakenDown(let t): return itemTakenDown(t, language: .english)
        case .snapshotStockZero(let z): return snapshotStockZero(z, language: .english)
        case .snapshotPriceChange(let c): return snapshotPriceChange(c, language: .english)
        case .secondSnapshotNeeded(let day): return secondSnapshotNeeded(day, language: .english)
        }
    }

    static func english(_ finding: ThreeStepDiagnosis.MarketFinding, platforms: [Platform]) -> String {
        switch finding {
        case .visitorsChanged(let visitors, let natural):
            // A previous month without free visitors gives no rate of change; it reads as no change.
            let free = (platforms.count == 1 ? platforms[0].profile.freeTrafficName?.english : nil) ?? "free"
            return "store visitors \(DisplayNumber.signedPercent(visitors)) on last month, \(free) visitors "
                + DisplayNumber.signedPercent(natural ?? 0)
        case .noCategoryData:
            if platforms.count == 1, let page = platforms[0].profile.marketPage {
                return "the exports hold no category or industry data, so a market move cannot be judged: look at the "
                    + "category's traffic trend in \(platforms[0].profile.dataTool.english) “\(page.english)” before "
                    + "concluding"
            }
            return "the exports hold no category or industry data, so a market move cannot be judged: look at the "
                + "category's traffic trend in the industry or market data of "
                + platforms.map(\.profile.dataTool.english).joined(separator: ", ") + " before concluding"
        case .peerTier(let c): return peerTier(c, language: .english)
        case .peerTierPreviousMonthMissing(let month, let platform):
            return peerTierPreviousMonthMissing(month: month, platform: platform, language: .english)
        case .peerTierDownloadMissing(let platform):
            return peerTierDownloadMissing(platform: platform, language: .english)
        }
    }
}
