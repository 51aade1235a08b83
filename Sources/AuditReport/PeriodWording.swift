import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords
import MonthlyAudit
import PeriodAudit

/// The words of the period's reports (period.md, portfolio.csv) in Chinese and English: names of
/// metrics, statuses, severities and platforms, the fee labels, and the three-step diagnosis in
/// the short form of a table cell.
///
/// The month's own reports word the same data in sentences (`ThreeStepDiagnosisWording`,
/// `MonthStatusWording`); these are the shorter forms a table over many months needs.
public enum PeriodWording {
    /// `2025-07`, `2025-08…09`, `2025-11…2026-01`: a span of months, short where the year repeats.
    public static func span(_ from: YearMonth, _ to: YearMonth) -> String {
        if from == to { return from.description }
        if from.year == to.year { return "\(from)…\(to.description.suffix(2))" }
        return "\(from)…\(to)"
    }

    /// `2025-07 至 2025-09` / `2025-07 to 2025-09`: the period in running text.
    public static func period(_ from: YearMonth, _ to: YearMonth, _ language: Language) -> String {
        if from == to { return from.description }
        return language == .chinese ? "\(from) 至 \(to)" : "\(from) to \(to)"
    }

    /// The console's line after the months: `合同期 2025-07 至 2025-09  建议：依约解除合同  档案：<path>`.
    public static func consoleLine(_ dossier: PeriodDossier, path: String, _ language: Language) -> String {
        let span = dossier.firstMonth.flatMap { f in dossier.lastMonth.map { period(f, $0, language) } } ?? ""
        let headline = VerdictWording.headline(dossier.verdict, language)
        let shown = ControlCharacters.visible(path)
        return language == .chinese
            ? "合同期 \(span)  \(headline)\n         档案：\(shown)"
            : "Period \(span)  \(headline)\n         Dossier: \(shown)"
    }

    /// `完整` / `complete`: the month line's words.
    public static func status(_ status: MonthStatus, _ language: Language) -> String {
        MonthStatusWording.name(status, in: language)
    }

    /// `高` / `high`.
    public static func severity(_ severity: Severity, _ language: Language) -> String {
        severity.name(in: language)
    }

    /// `淘宝/天猫` / `Taobao/Tmall`.
    public static func platform(_ platform: Platform, _ language: Language) -> String {
        platform.name(in: language)
    }

    /// A rule's name: `同地址多单` / `Many orders to one address`.
    public static func rule(_ rule: RuleID, _ language: Language) -> String {
        rule.name(in: language)
    }

    /// The metric's name, with the platform whose figure it is when a target names one: `月销售额（拼多多）`,
    /// or the item a per-item target measures: `单品月销件数（商品 612345678901）`.
    public static func metricName(_ key: MetricKey, platform: Platform?, item: String? = nil, _ language: Language)
        -> String
    {
        MetricWording.name(
            MetricValue(key: key, actual: nil, actualExcludingSuspicious: nil, platform: platform, item: item),
            in: language)
    }

    /// `高 2 中 1` / `high 2, medium 1`: the non-zero counts; `-` when there are none.
    public static func counts(high: Int, medium: Int, low: Int, _ language: Language) -> String {
        let parts = [(Severity.high, high), (.medium, medium), (.low, low)].filter { $0.1 > 0 }
            .map { "\(severity($0.0, language)) \($0.1)" }
        return parts.isEmpty ? "-" : parts.joined(separator: language == .chinese ? " " : ", ")
    }

    /// 看执行 in a table cell: the findings of one month, short.
    public static func execution(_ findings: [ThreeStepDiagnosis.ExecutionFinding], _ language: Language) -> String {
        let zh = language == .chinese
        return findings.compactMap { finding -> String? in
            switch finding {
            case .spendOverLimit(let days): return zh ? "超日限额 \(days) 天" : "over the spend limit on \(days) day(s)"
            case .roiBelowRedLine(let runs, let days):
                return zh ? "ROI 低于红线 \(runs) 次（\(days) 天）" : "ROI under the red line \(runs) time(s) (\(days) days)"
            case .suspectedFakeOrders(let groups, let orders):
                return zh
                    ? "疑似刷单 \(groups) 组 \(orders) 单" : "suspected fake orders: \(groups) group(s), \(orders) orders"
            case .daysWithoutSpend(let days):
                return zh ? "无推广花费 \(days.count) 天" : "no ad spend on \(days.count) day(s)"
            case .snapshotPriceChangesWithoutApproval(let changes, _):
                return zh ? "快照间未经批准超限改价 \(changes) 次" : "\(changes) unapproved price change(s) over the limit"
            case .noBreachFound: return zh ? "未发现问题" : "nothing found"
            // The downloads a month lacks are in its report; the period's table shows what was found.
            case .customerServiceDownloadMissing, .activityDownloadMissing: return nil
            case .customerService(let c):
                let first = c.store.firstResponseSeconds ?? c.store.averageResponseSeconds
                let peer =
                    c.store.firstResponseSeconds != nil ? c.peer?.firstResponseSeconds : c.peer?.averageResponseSeconds
                let shown = first.map { ThreeStepDiagnosisWording.duration($0, language: language) } ?? "-"
                let peerShown = peer.map { ThreeStepDiagnosisWording.duration($0, language: language) }
                return (zh ? "客服响应 \(shown)" : "reply \(shown)")
                    + (peerShown.map { zh ? "（同行 \($0)）" : " (peers \($0))" } ?? "")
                    + (c.isSlow ? (zh ? "偏慢" : ", slow") : "")
            case .activityWeeks(let w):
                let idle = w.idleWeeks.map { String($0.number) }
                if idle.isEmpty { return zh ? "每周有活动" : "activities every week" }
                return zh
                    ? "第 \(idle.joined(separator: "、")) 周无活动" : "no activity in week(s) \(idle.joined(separator: ", "))"
            case .promotionSpend(let p):
                let roi = p.roi.map(DisplayNumber.roi) ?? "-"
                return zh
                    ? "推广 \(DisplayNumber.money(p.spend))，ROI \(roi)"
                    : "spend \(DisplayNumber.money(p.spend)), ROI \(roi)"
            }
        }.joined(separator: zh ? "；" : "; ")
    }

    /// 看配合 in a table cell. Item titles come from the exports: the caller escapes the cell.
    public static func cooperation(_ findings: [ThreeStepDiagnosis.CooperationFinding], _ language: Language)
        -> String
    {
        let zh = language == .chinese
        return findings.map { finding -> String in
            switch finding {
            case .unitPriceChanged(let item, _, _, _, _, let change):
                return zh
                    ? "「\(item.prefix(16))」改价 \(DisplayNumber.percent(change))"
                    : "“\(item.prefix(16))” price moved \(DisplayNumber.percent(change))"
            case .noPriceChangeSeen: return zh ? "未见超限改价" : "no price change beyond the limit"
            case .stockOut(let s):
                return zh
                    ? "「\(s.item.prefix(16))」断货 \(s.days) 天（约 \(DisplayNumber.money(s.lostSales))）"
                    : "“\(s.item.prefix(16))” out of stock \(s.days) days (about \(DisplayNumber.money(s.lostSales)))"
            case .itemStopped(let s):
                return zh ? "「\(s.item.prefix(16))」停售" : "“\(s.item.prefix(16))” stopped selling"
            case .stockOutsBehindTarget(let i):
                return zh ? "\(i.items) 款断货拖累目标" : "\(i.items) items out of stock behind a target"
            case .stockOutRefunds(let r):
                return zh
                    ? "「\(r.item.prefix(16))」缺货退款 \(r.requests) 笔"
                    : "“\(r.item.prefix(16))” \(r.requests) refunds for no stock"
            case .itemTakenDown(let t):
                return zh ? "「\(t.item.prefix(16))」主动下架" : "“\(t.item.prefix(16))” taken down"
            case .snapshotStockZero(let z):
                return zh ? "商品ID \(z.itemID) 快照库存为 0" : "item \(z.itemID) at stock 0 in a snapshot"
            case .snapshotPriceChange(let c):
                let whose: String
                switch c.standing {
                case .approved: whose = zh ? "商家批准" : "approved"
                case .overLimitWithoutApproval: whose = zh ? "未经批准" : "not approved"
                case .withinLimit: whose = zh ? "限内" : "within the limit"
                case .notChecked: whose = zh ? "无法核对批准" : "approval unknown"
                }
                return zh
                    ? "商品ID \(c.itemID) 快照改价 \(DisplayNumber.signedPercent(c.change))（\(whose)）"
                    : "item \(c.itemID) price \(DisplayNumber.signedPercent(c.change)) between snapshots (\(whose))"
            case .secondSnapshotNeeded: return zh ? "只有一份商品快照" : "one product snapshot only"
            }
        }.joined(separator: zh ? "；" : "; ")
    }

    /// 看市场 in a table cell.
    public static func market(_ findings: [ThreeStepDiagnosis.MarketFinding], _ language: Language) -> String {
        let zh = language == .chinese
        return findings.map { finding -> String in
            switch finding {
            case .visitorsChanged(let visitors, let natural):
                let free = natural.map { DisplayNumber.signedPercent($0) } ?? "-"
                return zh
                    ? "访客 \(DisplayNumber.signedPercent(visitors))，免费访客 \(free)"
                    : "visitors \(DisplayNumber.signedPercent(visitors)), free visitors \(free)"
            case .noCategoryData: return zh ? "无类目数据" : "no category figures"
            case .peerTier(let c):
                let name = c.target.name(in: language)
                switch c.reading {
                case .market, .marketAndStore: return zh ? "\(name)：同行同层也下降" : "\(name): the peer tier fell too"
                case .store: return zh ? "\(name)：主要是本店" : "\(name): mainly the store"
                default: return zh ? "\(name)：已与同行同层对比" : "\(name): compared with the peer tier"
                }
            case .peerTierPreviousMonthMissing: return zh ? "缺上月数据概览" : "last month's overview missing"
            case .peerTierDownloadMissing: return zh ? "无数据概览下载" : "no overview download"
            }
        }.joined(separator: zh ? "；" : "; ")
    }

    /// Whether a month's 看执行 found something the contract forbids or the merchant should ask about.
    static func hasExecutionIssue(_ findings: [ThreeStepDiagnosis.ExecutionFinding]) -> Bool {
        findings.contains(where: \.isBreach)
    }

    /// Whether a month's 看配合 found a price change.
    static func hasCooperationIssue(_ findings: [ThreeStepDiagnosis.CooperationFinding]) -> Bool {
        findings.contains { $0 != .noPriceChangeSeen }
    }

    /// The three steps over the period, one line each: how many months found something, and what
    /// the merchant should check that the exports cannot show.
    public static func diagnosisSummary(_ dossier: PeriodDossier, _ language: Language) -> [String] {
        let zh = language == .chinese
        let n = dossier.months.count
        let execution = dossier.months.filter { hasExecutionIssue($0.diagnosis.execution) }.map(\.month)
        let cooperation = dossier.months.filter { hasCooperationIssue($0.diagnosis.cooperation) }.map(\.month)
        func listed(_ months: [YearMonth]) -> String { months.map(\.description).joined(separator: zh ? "、" : ", ") }
        let tools = dossier.platforms.map { zh ? $0.profile.dataTool.chinese : $0.profile.dataTool.english }
            .joined(separator: zh ? "、" : ", ")
        let spending = dossier.spendWithoutReturn.map { spendWithoutReturn($0, language) }
        if zh {
            return [
                "看执行：\(n) 个月中 \(execution.count) 个月发现执行问题" + (execution.isEmpty ? "" : "（\(listed(execution))）")
                    + "：问题月份要求托管方书面说明",
                "看配合：\(n) 个月中 \(cooperation.count) 个月有超过 10% 的改价"
                    + (cooperation.isEmpty ? "" : "（\(listed(cooperation))）")
                    + "；库存、素材交付与改价审批不在导出里，解约前请自查并保留记录",
                "看市场：导出里没有类目数据；请在\(tools)查看同类目在这几个月的流量走势，与本店的增长比较后再下结论",
            ] + (spending.map { [$0] } ?? [])
        }
        return [
            "Execution: \(execution.count) of \(n) months show a breach"
                + (execution.isEmpty ? "" : " (\(listed(execution)))")
                + "; ask the agency to explain those months in writing",
            "Cooperation: \(cooperation.count) of \(n) months show a price change above 10%"
                + (cooperation.isEmpty ? "" : " (\(listed(cooperation)))")
                + "; stock, creative deliveries and price approvals are not in the exports: check and keep records before terminating",
            "Market: the exports hold no category figures; compare the category's traffic in \(tools) over these months with the store's growth before concluding",
        ] + (spending.map { [$0] } ?? [])
    }

    /// 只会砸钱推广: the run of months the agency raised spend while ROI stayed under the red line.
    public static func spendWithoutReturn(_ r: PeriodDossier.SpendWithoutReturn, _ language: Language) -> String {
        let zh = language == .chinese
        let from = r.months.first!.month
        let to = r.months.last!.month
        let spend = r.months.map { DisplayNumber.money($0.spend) }.joined(separator: " → ")
        let rois = r.months.map { DisplayNumber.roi($0.roi) }.joined(separator: zh ? "、" : ", ")
        if zh {
            return "只会砸钱推广：\(from) 至 \(to) 推广花费 \(spend) 连续加大，ROI 始终低于红线 \(DisplayNumber.roi(r.redLine))（\(rois)）"
                + "：托管方只加预算、不改效果，应要求书面说明并调整投放"
        }
        return
            "Only pouring money into promotion: from \(from) to \(to) spend rose \(spend) while ROI stayed under the red "
            + "line \(DisplayNumber.roi(r.redLine)) (\(rois)): the agency raised the budget without improving the return; "
            + "ask it to explain in writing and change course"
    }
}
