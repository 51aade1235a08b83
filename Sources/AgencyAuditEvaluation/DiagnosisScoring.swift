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
        "stock-out", "stock-out-refunds", "stock-out-item-days", "snapshot-stock-zero", "snapshot-price-approved",
        "snapshot-price-breach", "market-dip", "store-dip", "unsettled-red-line-run", "slow-customer-service",
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
        // Each source's evidence, per item and days: a run joined from several sources counts for each.
        func evidence(_ source: StockOutSource) -> [(item: String, days: Set<String>)] {
            found.filter { $0.sources.contains(source) }.map { ($0.item, dates($0)) }
        }
        let refunds =
            evidence(.refundExport)
            + r.diagnosis.cooperation.compactMap { f -> (item: String, days: Set<String>)? in
                if case .stockOutRefunds(let s) = f { return (s.item, Set(s.days.map(\.description))) }
                return nil
            }
        let zeros =
            found.filter { $0.sources.contains(.productSnapshot) }.map {
                (item: $0.item, days: Set($0.snapshotDaysAtZero.map(\.description)))
            }
            + r.diagnosis.cooperation.compactMap { f -> (item: String, days: Set<String>)? in
                if case .snapshotStockZero(let z) = f { return (z.title, Set(z.days.map(\.description))) }
                return nil
            }
        score("stock-out-refunds", found: refunds, rows: rows, into: &scores)
        score("stock-out-item-days", found: evidence(.itemDays), rows: rows, into: &scores)
        score("snapshot-stock-zero", found: zeros, rows: rows, into: &scores)
        // Price changes between snapshots, by whose part they are.
        let changes = r.diagnosis.cooperation.compactMap { f -> SnapshotPriceChange? in
            if case .snapshotPriceChange(let c) = f { return c }
            return nil
        }
        let approved = changes.filter {
            if case .approved = $0.standing { return true }
            return false
        }
        let breaches = changes.filter {
            if case .overLimitWithoutApproval = $0.standing { return true }
            return false
        }
        score(
            "snapshot-price-approved", found: approved.map { ($0.title, [$0.day.description]) }, rows: rows,
            into: &scores)
        score(
            "snapshot-price-breach", found: breaches.map { ($0.title, [$0.day.description]) }, rows: rows,
            into: &scores)
        let negatives = rows.filter(\.isHardNegative)
        // A hard negative is flagged when a stock-out run covers it, or a snapshot zero names its item.
        let flagged =
            found.filter { f in negatives.contains { matches(f, $0) } }.count
            + zeros.filter { z in negatives.contains { $0.cause == "one-size-out" && $0.item == z.item } }.count
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

    /// Counts `found` (item and days) against the rows of `cause`: a finding and a plant match on
    /// the item and a shared day.
    static func score(
        _ cause: String, found: [(item: String, days: Set<String>)], rows: [SampleExpectation.DiagnosisPlant],
        into scores: inout [String: EvaluationReport.RuleScore]
    ) {
        let truth = rows.filter { $0.cause == cause }
        func matches(_ f: (item: String, days: Set<String>), _ p: SampleExpectation.DiagnosisPlant) -> Bool {
            f.item == p.item && !f.days.isDisjoint(with: p.dates)
        }
        var e = scores[cause, default: .init(rule: cause)]
        e.truePositives += found.filter { f in truth.contains { matches(f, $0) } }.count
        e.falsePositives += found.filter { f in !truth.contains { matches(f, $0) } }.count
        e.falseNegatives += truth.filter { p in !found.contains { matches($0, p) } }.count
        scores[cause] = e
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
