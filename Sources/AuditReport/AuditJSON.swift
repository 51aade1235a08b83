import AuditContract
import AuditImport
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// audit.json (schemaVersion 2): the machine-readable audit for other programs.
///
/// Version 2 added what a roll-up over months and stores needs, as data: the store's platforms,
/// the commission not paid on suspected fake orders, each termination clause's status as of the
/// month (`clauses`) and the verdict as of the month (`verdict`); `portfolio --from-json` reads it.
///
/// The sentences follow the options' language (`language` says which); the keys, the ids and the
/// facts beside each sentence are the same in every language, so a program reads either edition.
public struct AuditJSON: ReportRenderer {
    public let fileName = "audit.json"
    public static let schemaVersion = 2
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        Array((document(r, options: options).rendered() + "\n").utf8)
    }

    func document(_ r: MonthAuditResult, options: ReportOptions = ReportOptions()) -> JSONValue {
        let language = options.language
        // A per-item target has one finding per item: its key names the item too.
        func findingKey(_ m: MetricValue) -> String { m.key.rawValue + (m.item.map { "|" + $0 } ?? "") }
        let findingByKey = Dictionary(r.findings.map { (findingKey($0.metric), $0) }, uniquingKeysWith: { a, _ in a })
        let warnings: JSONValue = .array(r.warnings.map { .string(MonthWarningWording.sentence($0, in: language)) })
        let warningFacts: JSONValue = .array(r.warnings.map(fact))
        let summary = self.summary(r.summary)
        let total = r.totalCounts
        let wording = AnomalyWording(options: options, trafficPlatform: r.trafficPlatform)
        let document: JSONValue = .object([
            ("schemaVersion", .int(Self.schemaVersion)),
            ("language", .string(language.rawValue)),
            ("month", .string(r.month.description)),
            (
                "store",
                .object([
                    ("name", .string(r.storeName)), ("platform", .string(r.platform.rawValue)),
                    ("platforms", .array(r.platforms.map { .string($0.rawValue) })),
                ])
            ),
            ("agency", .string(r.agencyName)),
            ("stage", .optional(r.stage?.name)),
            (
                "status",
                .object([
                    ("state", .string(r.status.rawValue)),
                    ("name", .string(MonthStatusWording.name(r.status, in: language))),
                    ("reasons", .array(MonthStatusWording.reasons(r, in: language).map { .string($0) })),
                    (
                        "reasonFacts",
                        .array(
                            r.settlement.withheld.isEmpty
                                ? r.completeness.gaps.map(fact) : r.settlement.withheld.map(fact))
                    ),
                    ("proRata", .bool(r.proRata)),
                ])
            ),
            ("summary", summary),
            ("inputs", .array(r.inputs.map { input($0, in: language) })),
            (
                "ignoredFiles",
                .array(
                    r.ignoredFiles.map { f in
                        .object([
                            ("file", .string(f.file)), ("reason", .string(IgnoredFileWording.reason(f, in: language))),
                            ("reasonFact", fact(f.reason, in: language)), ("unusable", .bool(f.isUnusable)),
                            ("kind", .optional(f.kind?.rawValue)),
                        ])
                    })
            ),
            ("rows", rows(total)),
            (
                "metrics",
                .array(
                    r.metrics.map { m -> JSONValue in
                        var fields: [(String, JSONValue)] = [
                            ("key", .string(m.key.rawValue)), ("name", .string(m.key.name(in: language))),
                            ("actual", .optional(m.actual, decimals: 6)),
                            ("actualExcludingSuspicious", .optional(m.actualExcludingSuspicious, decimals: 6)),
                            ("target", .optional(m.target, decimals: 6)),
                            ("attainment", .optional(m.attainment, decimals: 4)),
                            ("lowerIsBetter", .bool(m.key.lowerIsBetter)),
                        ]
                        // Only on a target naming one platform, so a one-platform store's audit.json stays as it was.
                        if let p = m.platform { fields.append(("platform", .string(p.rawValue))) }
                        // Only on a per-item figure: the item's 商品ID or 商家编码 as the contract writes it.
                        if let item = m.item { fields.append(("item", .string(item))) }
                        // Only on a target with a baseline: what it grows from.
                        if let b = r.targetBases.first(where: {
                            $0.metric == m.key && $0.platform == m.platform && $0.item == m.item
                        }) {
                            fields.append(("baseline", .number(b.baseline, decimals: 6)))
                            fields.append(("baselineMonth", .optional(b.baselineMonth?.description)))
                            fields.append(("growth", .optional(b.growth, decimals: 6)))
                        }
                        if let f = findingByKey[findingKey(m)] {
                            fields.append(("met", .bool(m.isMet ?? false)))
                            fields.append(
                                ("reason", .string(TargetFindingWording.reason(f, platform: r.platform, in: language))))
                            fields.append(("reasonFacts", .array(f.reasons.map(fact))))
                            fields.append(
                                ("action", .string(TargetFindingWording.action(f, platform: r.platform, in: language))))
                            fields.append(("actionFacts", .array(f.actions.map(fact))))
                        }
                        return .object(fields)
                    })
            ),
            (
                "anomalies",
                .array(
                    r.anomalies.map { a in
                        .object([
                            ("rule", .string(a.rule.rawValue)), ("severity", .string(a.severity.rawValue)),
                            ("dates", .array(a.dates.map { .string($0.description) })),
                            ("orderIds", .array(a.orderIDs.map { .string($0) })),
                            ("source", .optional(a.source)), ("campaign", .optional(a.campaign)),
                            ("evidence", .string(wording.evidence(a))),
                            ("facts", facts(a.facts, wording: wording)),
                        ])
                    })
            ),
            (
                "suspiciousOrders",
                .array(
                    r.orderRisks.map { risk in
                        .oneLineObject([
                            ("orderId", .string(risk.orderID)), ("level", .string(risk.level.rawValue)),
                            ("corroborated", .bool(risk.corroborated)),
                            ("rules", .array(risk.rules(in: r.anomalies).map { .string($0.rawValue) })),
                            ("anomalies", .array(risk.findings.map { .int($0) })),
                            (
                                "indicators",
                                .array(
                                    risk.findings.map { .string(wording.indicator(r.anomalies[$0], order: risk.order)) }
                                )
                            ),
                        ])
                    })
            ),
            ("settlement", settlement(r.settlement, platform: r.platform, in: language)),
            ("profit", Self.profit(r, language: language)),
            (
                "termination",
                .object([
                    ("mayTerminate", .bool(r.termination.mayTerminate)),
                    (
                        "grounds",
                        .array(r.termination.grounds.map { .string(TerminationWording.sentence($0, in: language)) })
                    ),
                    ("groundFacts", .array(r.termination.grounds.map(fact))),
                    (
                        "warnings",
                        .array(r.termination.warnings.map { .string(TerminationWording.sentence($0, in: language)) })
                    ),
                    ("warningFacts", .array(r.termination.warnings.map(fact))),
                ])
            ),
            ("clauses", .array(r.clauses.map { Self.standing($0, language: options.language) })),
            ("verdict", Self.verdict(r.verdict, language: options.language)),
            (
                "diagnosis",
                .object([
                    (
                        "execution",
                        .array(
                            r.diagnosis.execution.map { .string(ThreeStepDiagnosisWording.sentence($0, in: language)) })
                    ),
                    ("executionFacts", .array(r.diagnosis.execution.map(fact))),
                    (
                        "cooperation",
                        .array(
                            r.diagnosis.cooperation.map {
                                .string(ThreeStepDiagnosisWording.sentence($0, in: language))
                            })
                    ),
                    ("cooperationFacts", .array(r.diagnosis.cooperation.map(fact))),
                    (
                        "market",
                        .array(
                            r.diagnosis.market.map {
                                .string(ThreeStepDiagnosisWording.sentence($0, platforms: r.platforms, in: language))
                            })
                    ),
                    ("marketFacts", .array(r.diagnosis.market.map(fact))),
                ])
            ),
            (
                "duplicateOrders",
                .array(
                    r.duplicateOrders.map { d in
                        .object([
                            ("orderId", .string(d.id)), ("first", .string(d.first.description)),
                            ("repeat", .string(d.repeat.description)),
                        ])
                    })
            ),
            ("warnings", warnings),
            ("warningFacts", warningFacts),
        ])
        guard case .object(var fields) = document else { return document }
        // Only for a store on several platforms, so a one-platform store's audit.json stays as it was.
        if let b = r.platformBreakdown { fields.append(("platforms", platforms(b))) }
        // Only when the month folder holds the agency's claims, for the same reason.
        if !r.claimsFiles.isEmpty { fields.append(("claims", claims(r, options: options))) }
        // Only when some figure had not settled when the exports were taken.
        if !r.settling.isSettled { fields.append(("settling", settling(r, options: options))) }
        // Only when the contract writes service standards or the month folder holds manual.csv.
        if !r.service.checks.isEmpty || !r.manualFiles.isEmpty {
            fields.append(("service", Self.service(r, language: language)))
        }
        // Only in a month of a stage whose targets wait for its last month.
        if !r.deferredTargets.isEmpty {
            fields.append(
                (
                    "deferredTargets",
                    .array(
                        r.deferredTargets.map { t in
                            .oneLineObject(
                                [
                                    ("metric", .string(t.metric.rawValue)),
                                    ("growth", .optional(t.growth, decimals: 6)),
                                    ("target", t.growth == nil ? .number(t.value, decimals: 6) : .null),
                                    ("judgedIn", .optional(r.stage?.to.description)),
                                ] + (t.item.map { [("item", .string($0.id))] } ?? []))
                        })
                ))
        }
        // Only in a month with per-item targets: each taken whole (its items met, its mean attainment).
        let itemTargets = ItemTargetSummary.summaries(r.metrics)
        if !itemTargets.isEmpty {
            fields.append(
                (
                    "itemTargets",
                    .array(
                        itemTargets.map { s in
                            .object([
                                ("metric", .string(s.metric.rawValue)), ("items", .array(s.items.map { .string($0) })),
                                ("met", .int(s.met)), ("attainment", .optional(s.attainment, decimals: 4)),
                                ("sentence", .string(ItemTargetWording.line(s, in: language))),
                            ])
                        })
                ))
        }
        // Only when the contract writes a budget, a per-campaign limit or a price-change limit.
        if !r.clauseReview.isEmpty { fields.append(("clauseChecks", Self.clauseChecks(r, language: language))) }
        return .object(fields)
    }

    /// A store on several platforms: each platform's figures and the store's total (absent for one platform).
    func platforms(_ b: PlatformBreakdown) -> JSONValue {
        func figures(_ metrics: [MetricValue]) -> JSONValue {
            .object(metrics.map { ($0.key.rawValue, .optional($0.actual, decimals: 6)) })
        }
        return .object([
            (
                "byPlatform",
                .array(
                    b.platforms.map { p in
                        .object([("platform", .string(p.platform.rawValue)), ("figures", figures(p.metrics))])
                    })
            ),
            ("total", figures(b.total)),
            ("trafficPlatform", .optional(b.hasTraffic ? b.trafficPlatform.rawValue : nil)),
        ])
    }

    func input(_ i: InputSummary, in language: Language) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("file", .string(i.file)), ("kind", .string(i.kind.rawValue)), ("platform", .string(i.platform.rawValue)),
            ("encoding", .string(i.encodingLabel)), ("headerLine", .int(i.headerLine)),
        ]
        if !i.sheets.isEmpty { fields.append(("sheets", .array(i.sheets.map { .string($0) }))) }
        fields += [
            ("rows", rows(i.counts)), ("outsideMonth", .int(i.outsideMonth)),
            ("notes", .array(i.notes.map { .string(ImportNoteWording.sentence($0, in: language)) })),
            ("noteFacts", .array(i.notes.map(fact))),
        ]
        // Only where there is something to say, so other platforms' audit.json stays as it was.
        if !i.unknownStatuses.isEmpty {
            fields.append(
                (
                    "unknownStatuses",
                    .array(
                        i.unknownStatuses.map { .object([("status", .string($0.status)), ("count", .int($0.count))]) })
                ))
        }
        if i.timeUnknownOrders > 0 { fields.append(("timeUnknownOrders", .int(i.timeUnknownOrders))) }
        return .object(fields)
    }

    func settlement(_ s: Settlement, platform: Platform = .taobao, in language: Language) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("overallAttainment", .optional(s.overallAttainment, decimals: 4)),
            ("allTargetsMet", .bool(s.allTargetsMet)),
            ("baseFee", .money(s.baseFee)), ("deduction", .money(s.deduction)),
            ("bonus", .money(s.bonus)), ("commissionBase", .money(s.commissionBase)),
            ("commission", .money(s.commission)), ("payable", s.payable.map { .money($0) } ?? .null),
            ("salesIncludingSuspected", .money(s.salesIncludingSuspected)),
            ("commissionOnSuspected", .money(s.commissionOnSuspected)),
        ]
        // Only when a service standard took something.
        if s.serviceDeduction > .zero { fields.append(("serviceDeduction", .money(s.serviceDeduction))) }
        // Only when a clause took something, so a month without a deduction reads as it did.
        if !s.deductions.isEmpty { fields.append(("deductions", Self.deductions(s))) }
        if !s.withheld.isEmpty {
            fields.append(
                (
                    "withheld",
                    .string(
                        s.withheld.map { SettlementWording.sentence($0, platform: platform, in: language) }.joined(
                            separator: language.clauseSeparator))
                ))
            fields.append(("withheldFacts", .array(s.withheld.map(fact))))
        }
        return .object(fields)
    }

    /// The month at a glance: what the console's month line and report.md's conclusion say.
    func summary(_ s: MonthSummary) -> JSONValue {
        func counts(_ c: MonthSummary.SeverityCounts) -> JSONValue {
            .oneLineObject([("high", .int(c.high)), ("medium", .int(c.medium)), ("low", .int(c.low))])
        }
        return .object([
            ("status", .string(s.status.rawValue)), ("targets", .int(s.targets)), ("targetsMet", .int(s.targetsMet)),
            ("targetsMeasured", .bool(s.targetsMeasured)),
            ("overallAttainment", .optional(s.overallAttainment, decimals: 4)), ("anomalies", counts(s.anomalies)),
            ("suspiciousOrders", counts(s.suspiciousOrders)), ("rows", rows(s.rows)),
            ("payable", s.payable.map { .money($0) } ?? .null), ("mayTerminate", .bool(s.mayTerminate)),
        ])
    }

    func rows(_ c: RowCounts) -> JSONValue {
        .object([
            ("read", .int(c.read)), ("accepted", .int(c.accepted)), ("rejected", .int(c.rejected)),
            ("skipped", .int(c.skipped)),
            (
                "skippedBy",
                .object([
                    ("summary", .int(c.skippedSummary)), ("blank", .int(c.skippedBlank)),
                    ("duplicate", .int(c.skippedDuplicate)),
                    ("breakdown", .int(c.skippedBreakdown)), ("repeatedHeader", .int(c.skippedRepeatedHeader)),
                ])
            ),
        ])
    }
}
