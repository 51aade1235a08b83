import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords

/// The words of the verdict and of the termination clauses, in Chinese and English: the headline,
/// each clause with the months or findings that meet it, each item to put right, and the message
/// a merchant can paste to the agency.
///
/// Text from the contract (the store's, the agency's and the stages' names) is returned as it is:
/// each report escapes it for where it lands.
public enum VerdictWording {
    /// `建议：依约解除合同` / `Recommendation: terminate the contract`.
    public static func headline(_ verdict: Verdict, _ language: Language) -> String {
        switch (verdict, language) {
        case (.terminate, .chinese): return "建议：依约解除合同"
        case (.terminate, .english): return "Recommendation: terminate the contract"
        case (.demandRectification(_, let deadline), .chinese): return "建议：书面要求整改（\(deadline) 前）"
        case (.demandRectification(_, let deadline), .english):
            return "Recommendation: demand rectification in writing (by \(deadline))"
        case (.continue, .chinese): return "建议：继续合作"
        case (.continue, .english): return "Recommendation: continue"
        }
    }

    /// The verdict in one line, with the clause or the items: a cell of portfolio.csv, audit.json's
    /// `verdict.sentence`.
    public static func sentence(_ verdict: Verdict, _ language: Language) -> String {
        switch verdict {
        case .terminate(let grounds):
            let clauses = grounds.map { clause($0.clause, language) }
            return language == .chinese
                ? "可依约解约：" + clauses.joined(separator: "；") : "May terminate: " + clauses.joined(separator: "; ")
        case .demandRectification(let items, let deadline):
            let what = items.map { item($0, language) }
            return language == .chinese
                ? "书面要求整改（\(deadline) 前）：" + what.joined(separator: "；")
                : "Demand rectification in writing by \(deadline): " + what.joined(separator: "; ")
        case .continue:
            return language == .chinese
                ? "继续合作：未触发解约条款，也没有需整改的事项" : "Continue: no termination ground and nothing to rectify"
        }
    }

    /// A verdict as the roll-up keeps it (its kind, clause and deadline): a cell of portfolio.csv.
    public static func summary(
        kind: Verdict.Kind, clause: TerminationCheck.Clause?, deadline: CalendarDay?, _ language: Language
    )
        -> String
    {
        switch (kind, language) {
        case (.terminate, .chinese): return "可解约" + (clause.map { "：" + self.clause($0, language) } ?? "")
        case (.terminate, .english): return "May terminate" + (clause.map { ": " + self.clause($0, language) } ?? "")
        case (.demandRectification, .chinese): return "要求整改" + (deadline.map { "（\($0) 前）" } ?? "")
        case (.demandRectification, .english): return "Demand rectification" + (deadline.map { " by \($0)" } ?? "")
        case (.continue, .chinese): return "继续合作"
        case (.continue, .english): return "Continue"
        }
    }

    /// The clause as the contract writes it: `连续 2 个阶段未达标`.
    public static func clause(_ clause: TerminationCheck.Clause, _ language: Language) -> String {
        switch (clause, language) {
        case (.fakeOrders, .chinese): return "刷单等违规"
        case (.fakeOrders, .english): return "Fake orders (a violation)"
        case (.trialMissed(let stage), .chinese): return "试运营期「\(stage)」未达标"
        case (.trialMissed(let stage), .english): return "Trial stage “\(stage)” missed"
        case (.monthsBelowRedLine(let red, let months), .chinese):
            return "连续 \(months) 个月综合达成率低于红线 \(DisplayNumber.percent(red, decimals: 0))"
        case (.monthsBelowRedLine(let red, let months), .english):
            return
                "Overall attainment below the red line of \(DisplayNumber.percent(red, decimals: 0)) for \(months) months in a row"
        case (.monthsBelow(let threshold, let months), .chinese):
            return "连续 \(months) 个月综合达成率低于 \(DisplayNumber.percent(threshold, decimals: 0))"
        case (.monthsBelow(let threshold, let months), .english):
            return
                "Overall attainment below \(DisplayNumber.percent(threshold, decimals: 0)) for \(months) months in a row"
        case (.stagesMissed(let stages), .chinese): return "连续 \(stages) 个阶段未达标"
        case (.stagesMissed(let stages), .english): return "\(stages) stages in a row missed"
        }
    }

    /// `已满足`, `曾满足（至 2025-08）`, `已 1/2`, `未触发`.
    public static func status(_ status: TerminationCheck.ClauseStatus, _ language: Language) -> String {
        switch (status, language) {
        case (.holds, .chinese): return "已满足"
        case (.holds, .english): return "Met"
        case (.heldEarlier(let until), .chinese): return "曾满足（至 \(until)），现已不满足"
        case (.heldEarlier(let until), .english): return "Met up to \(until), no longer"
        case (.building(let count, let needed), .chinese): return "已 \(count)/\(needed)，未满足"
        case (.building(let count, let needed), .english): return "\(count) of \(needed) so far, not met"
        case (.clear, .chinese): return "未触发"
        case (.clear, .english): return "Not met"
        }
    }

    /// What meets the clause: `第1月 适应期 (2025-07)，第2-3月 增长期 (2025-08…09)`; empty when nothing does.
    public static func evidence(_ standing: TerminationCheck.ClauseStanding, _ language: Language) -> String {
        standing.evidence.map { evidence($0, language) }.joined(separator: language == .chinese ? "，" : ", ")
    }

    /// One month, finding or stage of a clause's evidence.
    public static func evidence(_ evidence: TerminationCheck.Evidence, _ language: Language) -> String {
        switch (evidence, language) {
        case (.fakeOrders(let month, let groups, let orders), .chinese):
            return "\(month) 高度疑似刷单 \(groups) 组 \(orders) 单"
        case (.fakeOrders(let month, let groups, let orders), .english):
            return "in \(month) \(groups) high-severity fake-order group\(groups == 1 ? "" : "s") (\(orders) orders)"
        case (.month(let m), .chinese):
            return "\(m.month) \(m.attainment.map { DisplayNumber.percent($0) } ?? "-")"
        case (.month(let m), .english):
            return "\(m.month) \(m.attainment.map { DisplayNumber.percent($0) } ?? "-")"
        case (.stageMissed(let name, let from, let to, _), _):
            return "\(name) (\(PeriodWording.span(from, to)))"
        }
    }

    /// The clause and what meets it: `连续 2 个阶段未达标：第1月 适应期 (2025-07)，第2-3月 增长期 (2025-08…09)`.
    public static func clauseLine(_ standing: TerminationCheck.ClauseStanding, _ language: Language) -> String {
        let said = evidence(standing, language)
        guard !said.isEmpty else { return clause(standing.clause, language) }
        return clause(standing.clause, language) + (language == .chinese ? "：" : ": ") + said
    }

    /// One item to put right, with its figures.
    public static func item(_ item: Verdict.RectificationItem, _ language: Language) -> String {
        switch (item, language) {
        case (.monthBelow(let month, let attainment, let threshold, let missed), .chinese):
            var s =
                "\(month) 综合达成率 \(DisplayNumber.percent(attainment))，低于合同约定的 \(DisplayNumber.percent(threshold, decimals: 0))"
            if !missed.isEmpty { s += "（未达标：" + missed.map { target($0, language) }.joined(separator: "，") + "）" }
            return s
        case (.monthBelow(let month, let attainment, let threshold, let missed), .english):
            var s =
                "\(month): overall attainment \(DisplayNumber.percent(attainment)), below the contract's \(DisplayNumber.percent(threshold, decimals: 0))"
            if !missed.isEmpty { s += " (missed: " + missed.map { target($0, language) }.joined(separator: ", ") + ")" }
            return s
        case (.fakeOrders(let month, let groups, let orders), .chinese):
            return "\(month) 发现 \(groups) 组中度疑似刷单（涉及 \(orders) 单），需书面说明"
        case (.fakeOrders(let month, let groups, let orders), .english):
            return
                "\(month): \(groups) medium-severity fake-order group\(groups == 1 ? "" : "s") (\(orders) orders) to explain in writing"
        case (.clauseBreaches(let month, let count), .chinese):
            return "\(month) 有 \(count) 处违反推广预算、单日限额或改价审批条款（见当月「合同条款检查」），需书面说明或出示商家审批"
        case (.clauseBreaches(let month, let count), .english):
            return
                "\(month): \(count) breach\(count == 1 ? "" : "es") of the budget, daily-limit or price-approval clauses (see that month's “Contract clauses”), to explain in writing or to show the merchant's approval for"
        }
    }

    /// `支付订单数 1,521 / 1,650（92.2%）`: a missed target with its figure and line.
    static func target(_ m: MetricValue, _ language: Language) -> String {
        let name = PeriodWording.metricName(m.key, platform: m.platform, item: m.item, language)
        let actual = m.actual.map { MetricWording.value($0, m.key) } ?? (language == .chinese ? "无数据" : "no data")
        let line = m.target.map { (m.key.lowerIsBetter ? "≤ " : "") + MetricWording.value($0, m.key) } ?? "-"
        let share = m.attainment.map { DisplayNumber.percent($0) } ?? "-"
        return language == .chinese ? "\(name) \(actual) / \(line)（\(share)）" : "\(name) \(actual) / \(line) (\(share))"
    }

    /// The message the merchant sends the agency, as plain text: `messageLines` joined by line breaks.
    public static func message(
        _ verdict: Verdict, storeName: String, agencyName: String, from: YearMonth, to: YearMonth,
        unsettled: [YearMonth] = [], clauses: [TerminationCheck.ClauseStanding] = [],
        notice: TerminationNotice? = nil, weighing: [MissWeighing] = [], _ language: Language
    ) -> String {
        messageLines(
            verdict, storeName: storeName, agencyName: agencyName, from: from, to: to, unsettled: unsettled,
            clauses: clauses, notice: notice, weighing: weighing, language
        ).joined(separator: "\n")
    }

    /// The message the merchant sends the agency, one paragraph per line: who, over which months,
    /// what the audit found, and what the merchant now asks or decides. `unsettled` are the months
    /// whose exports could not carry a settlement: named, since nothing was judged on them.
    /// `clauses` (the period's) name the refund terms the contract writes for clauses that do not hold.
    /// `weighing` (the dossier's) says how much of each miss the merchant's part or the market explains.
    public static func messageLines(
        _ verdict: Verdict, storeName: String, agencyName: String, from: YearMonth, to: YearMonth,
        unsettled: [YearMonth] = [], clauses: [TerminationCheck.ClauseStanding] = [],
        notice: TerminationNotice? = nil, weighing: [MissWeighing] = [], _ language: Language
    ) -> [String] {
        let period = PeriodWording.period(from, to, language)
        let zh = language == .chinese
        let addressee = agencyName.isEmpty ? (zh ? "托管方" : "To the agency") : agencyName
        var lines = [zh ? "\(addressee)：" : "\(addressee),"]
        switch verdict {
        case .terminate(let grounds):
            lines.append(
                zh
                    ? "我方依据双方签订的「\(storeName)」托管合同，用平台后台导出的数据审计了 \(period) 的运营情况，发现以下情形："
                    : "Under our agency contract for \(storeName), we audited the months \(period) from the platform's own exports and found:"
            )
            for (i, g) in grounds.enumerated() { lines.append("\(i + 1). " + clauseLine(g, language)) }
            if let p = weighingParagraph(weighing, verdict: verdict, language) { lines.append(p) }
            lines.append(
                zh
                    ? "上述情形已满足合同约定的无责解约条件。我方决定依约解除合同，请在收到本通知后停止一切店铺操作，交还店铺后台及推广账户权限，并移交全部资料。"
                    : "These meet the contract's terms for termination without liability. We are terminating the contract: please stop all work on the store on receipt of this notice, hand back the access to the store's back office and ad accounts, and hand over all material."
            )
            if verdict.refund != nil {
                lines.append(
                    RefundWording.line(verdict, language) + (zh ? "请于解约后按约退还。" : " Please pay it back as agreed."))
            } else if clauses.contains(where: { $0.refundTerm != nil }) {
                lines.append(RefundWording.line(verdict, clauses: clauses, language))
            } else {
                lines.append(
                    zh
                        ? "合同未写明解约时的退款条款：已付服务费如何退还，请与我方另行协商。"
                        : "The contract has no refund term for termination: the return of fees already paid is to be agreed between us."
                )
            }
        case .demandRectification(let items, let deadline):
            lines.append(
                zh
                    ? "我方依据双方签订的「\(storeName)」托管合同，用平台后台导出的数据审计了 \(period) 的运营情况，以下事项需要整改："
                    : "Under our agency contract for \(storeName), we audited the months \(period) from the platform's own exports. The following need to be put right:"
            )
            for (i, it) in items.enumerated() { lines.append("\(i + 1). " + item(it, language)) }
            if let p = weighingParagraph(weighing, verdict: verdict, language) { lines.append(p) }
            lines.append(
                zh
                    ? "请于 \(deadline) 前书面回复原因与整改措施，并完成整改。逾期未回复或未改善的，我方将依合同条款处理（包括扣减服务费、解除合同）。"
                    : "Please reply in writing by \(deadline) with the causes and the measures taken, and put them right. Without a reply or an improvement by then, we will act under the contract's terms (fee deductions, termination)."
            )
        case .continue:
            lines.append(
                zh
                    ? "我方依据双方签订的「\(storeName)」托管合同，用平台后台导出的数据审计了 \(period) 的运营情况：未发现触发解约条款或需要整改的情形，合作继续。请保持目前的执行，并按月提供数据。"
                    : "Under our agency contract for \(storeName), we audited the months \(period) from the platform's own exports: nothing meets a termination term or needs to be put right, and we continue. Please keep up the work and send the monthly figures."
            )
        }
        // The notice belongs in a letter that ends the contract; the dossier shows it in any case.
        if let notice, case .terminate = verdict {
            lines.append((zh ? "本通知：" : "This notice: ") + NoticeWording.line(notice, language) + (zh ? "。" : "."))
        }
        if !unsettled.isEmpty { lines.append(self.unsettled(unsettled, language)) }
        return lines
    }

    /// `2025-07、2025-08 的导出不完整，暂不结算：…`: months nothing was judged on.
    public static func unsettled(_ months: [YearMonth], _ language: Language) -> String {
        let zh = language == .chinese
        let listed = months.map(\.description).joined(separator: zh ? "、" : ", ")
        return zh
            ? "另：\(listed) 的导出不完整，暂不结算，这些月份的达成情况尚未判定；导出补齐后将重新审计，结论可能随之改变。"
            : "Note: the exports of \(listed) are incomplete and those months are not settled or judged yet; they will be audited again once complete, which may change this conclusion."
    }
}
