import AgencyAuditSample
import AuditDetect
import AuditDiagnose
import AuditRecords
import MonthlyAudit

/// Scores the three-step diagnosis on one audited month against the generator's planted causes:
/// stock-outs by item and days, the market-wide and store-only dips by the peer-tier reading of
/// the month's missed targets, the red-line run on unsettled days by its being held, not called.
enum DiagnosisScoring {
    /// The causes scored, in the order the report lists them.
    static let causes = [
        "stock-out", "stock-out-refunds", "market-dip", "store-dip", "unsettled-red-line-run", "slow-customer-service",
        "idle-activity-weeks",
    ]

    /// Adds month `r`'s counts to `scores` (by cause) and returns the hard negatives it flagged
    /// (an item taken down on purpose, or one missing in a weekend lull, called a stock-out).
    static func score(
        _ r: MonthAuditResult, truth: [SampleExpectation.DiagnosisPlant],
        into scores: inout [String: EvaluationReport.RuleScore]
    ) -> Int {
        let month = r.month.description
        let rows = truth.filter { $0.month == month }
        func dates(_ s: StockOut) -> Set<String> {
            Set((s.first.ordinal...s.last.ordinal).map { CalendarDay(ordinal: $0).description })
        }
        func matches(_ s: StockOut, _ p: SampleExpectation.DiagnosisPlant) -> Bool {
            guard s.item == p.item else { return false }
            if p.cause == "discontinued-item", let from = p.dates.first { return s.last.description >= from }
            return !dates(s).isDisjoint(with: p.dates)
        }
        // Stock-outs, per run.
        let found = r.diagnosis.cooperation.compactMap { f -> StockOut? in
            if case .stockOut(let s) = f { return s }
            return nil
        }
        let planted = rows.filter { $0.cause == "stock-out" }
        var s = scores["stock-out", default: .init(rule: "stock-out")]
        s.truePositives += found.filter { f in planted.contains { matches(f, $0) } }.count
        s.falsePositives += found.filter { f in !planted.contains { matches(f, $0) } }.count
        s.falseNegatives += planted.filter { p in !found.contains { matches($0, p) } }.count
        scores["stock-out"] = s
        // Stock-outs in 千牛's refund export, per item.
        let refunds = r.diagnosis.cooperation.compactMap { f -> StockOutRefunds? in
            if case .stockOutRefunds(let s) = f { return s }
            return nil
        }
        let refundTruth = rows.filter { $0.cause == "stock-out-refunds" }
        func matches(_ f: StockOutRefunds, _ p: SampleExpectation.DiagnosisPlant) -> Bool {
            f.item == p.item && !Set(f.days.map(\.description)).isDisjoint(with: p.dates)
        }
        var e = scores["stock-out-refunds", default: .init(rule: "stock-out-refunds")]
        e.truePositives += refunds.filter { f in refundTruth.contains { matches(f, $0) } }.count
        e.falsePositives += refunds.filter { f in !refundTruth.contains { matches(f, $0) } }.count
        e.falseNegatives += refundTruth.filter { p in !refunds.contains { matches($0, p) } }.count
        scores["stock-out-refunds"] = e
        let negatives = rows.filter(\.isHardNegative)
        let flagged = found.filter { f in negatives.contains { matches(f, $0) } }.count
        // The dips, per month: the reading of the month's missed targets.
        let readings = Set(
            r.diagnosis.market.compactMap { f -> PeerTierComparison.Reading? in
                if case .peerTier(let c) = f { return c.reading }
                return nil
            })
        for (cause, reading) in [("market-dip", PeerTierComparison.Reading.market), ("store-dip", .store)] {
            let isPlanted = rows.contains { $0.cause == cause }
            let isFound = readings.contains(reading)
            var d = scores[cause, default: .init(rule: cause)]
            if isPlanted && isFound { d.truePositives += 1 }
            if !isPlanted && isFound { d.falsePositives += 1 }
            if isPlanted && !isFound { d.falseNegatives += 1 }
            scores[cause] = d
        }
        // The red-line run on unsettled days: held, and not among the month's findings.
        let runs = rows.filter { $0.cause == "unsettled-red-line-run" }
        let held = r.settling.heldFindings.filter { $0.rule == .roiBelowRedLine }
        let called = r.anomalies.filter { $0.rule == .roiBelowRedLine }
        func overlaps(_ a: Anomaly, _ p: SampleExpectation.DiagnosisPlant) -> Bool {
            !Set(a.dates.map(\.description)).isDisjoint(with: p.dates)
        }
        var u = scores["unsettled-red-line-run", default: .init(rule: "unsettled-red-line-run")]
        for p in runs {
            if held.contains(where: { overlaps($0, p) }) && !called.contains(where: { overlaps($0, p) }) {
                u.truePositives += 1
            } else {
                u.falseNegatives += 1
            }
        }
        u.falsePositives += held.filter { a in !runs.contains { overlaps(a, $0) } }.count
        scores["unsettled-red-line-run"] = u
        scoreAgencyWork(r, rows: rows, into: &scores)
        return flagged
    }
}

extension DiagnosisScoring {
    /// 看执行's causes: slow customer service per month (a customer-service finding called slow),
    /// and the weeks without any activity per week (by the week's first day).
    static func scoreAgencyWork(
        _ r: MonthAuditResult, rows: [SampleExpectation.DiagnosisPlant],
        into scores: inout [String: EvaluationReport.RuleScore]
    ) {
        let slowFound = r.diagnosis.execution.contains { f in
            if case .customerService(let c) = f { return c.isSlow }
            return false
        }
        let slowPlanted = rows.contains { $0.cause == "slow-customer-service" }
        var s = scores["slow-customer-service", default: .init(rule: "slow-customer-service")]
        if slowPlanted && slowFound { s.truePositives += 1 }
        if !slowPlanted && slowFound { s.falsePositives += 1 }
        if slowPlanted && !slowFound { s.falseNegatives += 1 }
        scores["slow-customer-service"] = s

        let idleFound = Set(
            r.diagnosis.execution.flatMap { f -> [String] in
                if case .activityWeeks(let w) = f { return w.idleWeeks.map(\.first.description) }
                return []
            })
        let idlePlanted = Set(rows.filter { $0.cause == "idle-activity-weeks" }.flatMap(\.dates))
        var w = scores["idle-activity-weeks", default: .init(rule: "idle-activity-weeks")]
        w.truePositives += idleFound.intersection(idlePlanted).count
        w.falsePositives += idleFound.subtracting(idlePlanted).count
        w.falseNegatives += idlePlanted.subtracting(idleFound).count
        scores["idle-activity-weeks"] = w
    }
}
