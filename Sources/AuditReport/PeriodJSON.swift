import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords
import PeriodAudit

/// period.json (schemaVersion 1): the contract-period dossier for other programs, everything it
/// holds as data (figures as numbers, months and days as text, clauses and the verdict as in
/// audit.json), with the verdict's sentence and message in the report's language.
public struct PeriodJSON: PeriodRenderer {
    public let fileName = "period.json"
    public static let schemaVersion = 1
    public init() {}

    public func render(_ d: PeriodDossier, options: ReportOptions) -> [UInt8] {
        Array((document(d, options: options).rendered() + "\n").utf8)
    }

    func document(_ d: PeriodDossier, options: ReportOptions) -> JSONValue {
        let lang = options.language
        var verdict = AuditJSON.verdict(d.verdict, language: lang)
        if let first = d.firstMonth, let last = d.lastMonth, case .object(var fields) = verdict {
            let unsettled = d.months.filter { $0.fees.payable == nil }.map(\.month)
            let message = VerdictWording.message(
                d.verdict, storeName: d.storeName, agencyName: d.agencyName, from: first, to: last,
                unsettled: unsettled, clauses: d.clauses, notice: d.notice, weighing: d.weighing, lang)
            fields.append(("weighing", .array(d.weighing.map { Self.weighing($0, language: lang) })))
            fields.append(("message", .string(message)))
            verdict = .object(fields)
        }
        let t = d.feeTotals
        return .object(
            [
                ("schemaVersion", .int(Self.schemaVersion)),
                (
                    "store",
                    .object([
                        ("name", .string(d.storeName)), ("platforms", .array(d.platforms.map { .string($0.rawValue) })),
                    ])
                ),
                ("agency", .string(d.agencyName)),
                ("from", .optional(d.firstMonth?.description)), ("to", .optional(d.lastMonth?.description)),
                ("verdict", verdict),
                ("clauses", .array(d.clauses.map { AuditJSON.standing($0, language: lang) })),
                (
                    "targetRows",
                    .array(
                        d.targetRows.map {
                            .oneLineObject(
                                [
                                    ("metric", .string($0.metric.rawValue)),
                                    ("platform", .optional($0.platform?.rawValue)),
                                ] + ($0.item.map { [("item", .string($0))] } ?? []))
                        })
                ),
                (
                    "feeTotals",
                    .object(
                        [
                            ("monthsSettled", .int(t.monthsSettled)), ("monthsWithheld", .int(t.monthsWithheld)),
                            ("baseFee", .money(t.base)), ("deduction", .money(t.deduction)), ("bonus", .money(t.bonus)),
                            ("commission", .money(t.commission)),
                            ("commissionOnSuspected", .money(t.commissionOnSuspected)),
                            ("payable", .money(t.payable)),
                        ] + (t.serviceDeduction > .zero ? [("serviceDeduction", .money(t.serviceDeduction))] : []))
                ),
                ("months", .array(d.months.map { month($0, language: lang) })),
            ] + (d.notice.map { [("notice", Self.notice($0, language: lang))] } ?? [])
                + (d.spendWithoutReturn.map { [("spendWithoutReturn", Self.spendWithoutReturn($0, language: lang))] }
                    ?? []))
    }

    /// 只会砸钱推广: the months the agency raised spend while ROI stayed under the red line.
    static func spendWithoutReturn(_ r: PeriodDossier.SpendWithoutReturn, language: Language) -> JSONValue {
        .object([
            ("redLine", .number(r.redLine, decimals: 6)),
            (
                "months",
                .array(
                    r.months.map {
                        .oneLineObject([
                            ("month", .string($0.month.description)), ("spend", .money($0.spend)),
                            ("roi", .number($0.roi, decimals: 6)),
                        ])
                    })
            ),
            ("sentence", .string(PeriodWording.spendWithoutReturn(r, language))),
        ])
    }

    /// A month's miss weighed by its diagnosis: the gap, the merchant's stock-outs, approved price
    /// changes and the peer tier's reading, with the sentence.
    static func weighing(_ w: MissWeighing, language: Language) -> JSONValue {
        .object([
            ("month", .string(w.month.description)), ("metric", .string(w.target.rawValue)),
            ("gap", AuditJSON.figure(w.gap)), ("stockOutLost", AuditJSON.figure(w.stockOutLost)),
            ("stockOutItems", .int(w.stockOutItems)), ("stockOutDays", .int(w.stockOutDays)),
            ("merchantPart", AuditJSON.figure(w.merchantPart)), ("rest", AuditJSON.figure(w.rest)),
            ("approvedPriceChangeItems", .int(w.approvedPriceChangeItems)),
            ("peerReading", .optional(w.peerTier?.reading.rawValue)), ("marketFell", .bool(w.marketFell)),
            ("sentence", .string(VerdictWording.weighing(w, language))),
        ])
    }

    /// The notice of termination: when the contract can end and its last month's base fee.
    static func notice(_ n: TerminationNotice, language: Language) -> JSONValue {
        .object([
            ("givenOn", .string(n.givenOn.description)), ("noticeDays", .int(n.noticeDays)),
            ("earliestEnd", .string(n.earliestEnd.description)), ("lastMonth", .string(n.lastMonth.description)),
            ("daysServed", .int(n.daysServed)), ("proRata", .bool(n.proRata)),
            ("lastMonthBaseFee", .money(n.lastMonthBaseFee)), ("sentence", .string(NoticeWording.line(n, language))),
        ])
    }

    func month(_ m: PeriodDossier.Month, language: Language) -> JSONValue {
        let facts = AuditJSON()
        let f = m.fees
        let execution: [JSONValue] = m.diagnosis.execution.map { facts.fact($0) }
        let cooperation: [JSONValue] = m.diagnosis.cooperation.map { facts.fact($0) }
        let market: [JSONValue] = m.diagnosis.market.map { facts.fact($0) }
        let diagnosis = JSONValue.object([
            ("executionFacts", .array(execution)), ("cooperationFacts", .array(cooperation)),
            ("marketFacts", .array(market)),
        ])
        return .object([
            ("month", .string(m.month.description)),
            (
                "stage",
                m.stage.map {
                    .oneLineObject([
                        ("name", .string($0.name)), ("from", .string($0.from.description)),
                        ("to", .string($0.to.description)),
                    ])
                } ?? .null
            ),
            ("platforms", .array(m.platforms.map { .string($0.rawValue) })),
            ("status", .string(m.status.rawValue)),
            ("withheldFacts", .array(m.withheld.map(facts.fact))),
            (
                "targets",
                .array(
                    m.targets.map { t in
                        .oneLineObject(
                            [
                                ("metric", .string(t.metric.rawValue)), ("platform", .optional(t.platform?.rawValue)),
                                ("target", .number(t.target, decimals: 6)),
                                ("actual", .optional(t.actual, decimals: 6)),
                                ("actualExcludingSuspicious", .optional(t.actualExcludingSuspicious, decimals: 6)),
                                ("attainment", .optional(t.attainment, decimals: 4)),
                                ("met", t.met.map { .bool($0) } ?? .null),
                            ] + (t.item.map { [("item", .string($0))] } ?? []))
                    })
            ),
            ("overallAttainment", .optional(m.overallAttainment, decimals: 4)),
            ("targetsMet", .int(m.targetsMet)),
            (
                "fees",
                .object(
                    [
                        ("baseFee", .money(f.base)), ("deduction", .money(f.deduction)), ("bonus", .money(f.bonus)),
                        ("commission", .money(f.commission)), ("commissionBase", .money(f.commissionBase)),
                        ("salesIncludingSuspected", .money(f.salesIncludingSuspected)),
                        ("commissionOnSuspected", .money(f.commissionOnSuspected)),
                        ("payable", f.payable.map { .money($0) } ?? .null),
                    ] + (f.serviceDeduction > .zero ? [("serviceDeduction", .money(f.serviceDeduction))] : []))
            ),
            (
                "anomalies",
                .array(
                    m.anomalies.map {
                        .oneLineObject([
                            ("rule", .string($0.rule.rawValue)), ("high", .int($0.high)), ("medium", .int($0.medium)),
                            ("low", .int($0.low)),
                        ])
                    })
            ),
            (
                "anomalyCounts",
                .oneLineObject([
                    ("high", .int(m.anomalyCounts.high)), ("medium", .int(m.anomalyCounts.medium)),
                    ("low", .int(m.anomalyCounts.low)),
                ])
            ),
            ("suspectedFakeOrders", .int(m.suspectedFakeOrders)),
            ("diagnosis", diagnosis),
            ("clauses", .array(m.clauses.map { AuditJSON.standing($0, language: language) })),
            ("verdict", AuditJSON.verdict(m.verdict, language: language)),
            ("claims", .array(m.claims.map(AuditJSON.comparison))),
        ])
    }
}
