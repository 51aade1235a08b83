import AuditDiagnose
import AuditRecords

/// The wording of the three-step diagnosis (诊断三步法), one clause per finding: Chinese here,
/// English in `ThreeStepDiagnosisWording+English.swift`.
enum ThreeStepDiagnosisWording {
    /// Days without spend named in the sentence before the rest are only counted.
    static let daysWithoutSpendShown = 5

    /// 看执行: execution.
    static func sentence(_ finding: ThreeStepDiagnosis.ExecutionFinding, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(finding)
        case .english: return english(finding)
        }
    }

    /// 看配合: cooperation.
    static func sentence(_ finding: ThreeStepDiagnosis.CooperationFinding, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(finding)
        case .english: return english(finding)
        }
    }

    /// 看市场: the market, naming the data tool of each platform the store sells on.
    static func sentence(
        _ finding: ThreeStepDiagnosis.MarketFinding, platforms: [Platform], in language: Language
    ) -> String {
        switch language {
        case .chinese: return chinese(finding, platforms: platforms)
        case .english: return english(finding, platforms: platforms)
        }
    }

    static func chinese(_ finding: ThreeStepDiagnosis.ExecutionFinding) -> String {
        switch finding {
        case .spendOverLimit(let days):
            return "\(days) 天推广花费超过合同日限额"
        case .roiBelowRedLine(let runs, let days):
            return "ROI 连续低于红线 \(runs) 次（共 \(days) 天），需核实是否按合同暂停并说明"
        case .suspectedFakeOrders(let groups, let orders):
            return "\(groups) 组疑似刷单订单（高/中），涉及 \(orders) 单"
        case .daysWithoutSpend(let days):
            return
                "\(days.count) 天没有任何推广花费（\(days.prefix(daysWithoutSpendShown).map(\.description).joined(separator: "、"))）：计划可能中断"
        case .snapshotPriceChangesWithoutApproval(let changes, let items):
            return snapshotPriceChangesWithoutApproval(changes: changes, items: items, language: .chinese)
        case .noBreachFound:
            return "导出里没有发现违反合同执行条款的情况"
        case .customerService, .customerServiceDownloadMissing, .activityWeeks, .activityDownloadMissing,
            .promotionSpend:
            return agencyWork(finding, language: .chinese)
        }
    }

    static func chinese(_ finding: ThreeStepDiagnosis.CooperationFinding) -> String {
        let limit = DisplayNumber.percent(ThreeStepDiagnosis.priceChangeNeedingApproval, decimals: 0)
        switch finding {
        case .unitPriceChanged(let item, let lowest, let lowestOn, let highest, let highestOn, let change):
            // Long titles are cut so the clause stays readable; the item is still recognisable.
            return
                "「\(item.prefix(16))」单价在 \(DisplayNumber.money(lowest))（\(lowestOn)）与 \(DisplayNumber.money(highest))（\(highestOn)）之间变动 \(DisplayNumber.percent(change))，超过 \(limit) 需商家批准：请核实是谁改的价"
        case .noPriceChangeSeen:
            return "订单里没有看到同一商品单价变动超过 \(limit)；素材交付情况不在导出里，需商家自查"
        case .stockOut(let s): return stockOut(s, language: .chinese)
        case .itemStopped(let s): return itemStopped(s, language: .chinese)
        case .stockOutsBehindTarget(let i): return stockOutsBehindTarget(i, language: .chinese)
        case .stockOutRefunds(let r): return stockOutRefunds(r, language: .chinese)
        case .itemTakenDown(let t): return itemTakenDown(t, language: .chinese)
        case .snapshotStockZero(let z): return snapshotStockZero(z, language: .chinese)
        case .snapshotPriceChange(let c): return snapshotPriceChange(c, language: .chinese)
        case .secondSnapshotNeeded(let day): return secondSnapshotNeeded(day, language: .chinese)
        }
    }

    static func chinese(_ finding: ThreeStepDiagnosis.MarketFinding, platforms: [Platform]) -> String {
        switch finding {
        case .visitorsChanged(let visitors, let natural):
            // A previous month without free visitors gives no rate of change; it reads as no change.
            // One platform whose free traffic has a name of its own (淘内免费) is called by it.
            let free =
                (platforms.count == 1 ? platforms[0].profile.freeTrafficName?.chinese : nil).map { $0 + "访客" } ?? "免费访客"
            return
                "全店访客较上月 \(DisplayNumber.signedPercent(visitors))，\(free) \(DisplayNumber.signedPercent(natural ?? 0))"
        case .noCategoryData:
            if platforms.count == 1, let page = platforms[0].profile.marketPage {
                return "导出里没有类目/行业数据，无法判断大盘变化；请在\(platforms[0].profile.dataTool.chinese)「\(page.chinese)」查看同类目流量趋势后再下结论"
            }
            return "导出里没有类目/行业数据，无法判断大盘变化；请在"
                + platforms.map(\.profile.dataTool.chinese).joined(separator: "、") + "的行业/市场数据里查看同类目流量趋势后再下结论"
        case .peerTier(let c): return peerTier(c, language: .chinese)
        case .peerTierPreviousMonthMissing(let month, let platform):
            return peerTierPreviousMonthMissing(month: month, platform: platform, language: .chinese)
        case .peerTierDownloadMissing(let platform):
            return peerTierDownloadMissing(platform: platform, language: .chinese)
        }
    }
}
