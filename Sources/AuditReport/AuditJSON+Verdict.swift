import AuditContract
import AuditMeasure
import AuditRecords

/// The termination clauses and the verdict as data, with their sentences beside them: audit.json's
/// `clauses` and `verdict` (schemaVersion 2) and period.json's, written the same way so the
/// roll-up reads either.
extension AuditJSON {
    /// `{"kind": "monthsBelow", "threshold": 0.8, "months": 2}`.
    static func clause(_ clause: TerminationCheck.Clause) -> JSONValue {
        switch clause {
        case .fakeOrders: return .oneLineObject([("kind", .string("fakeOrders"))])
        case .trialMissed(let stage):
            return .oneLineObject([("kind", .string("trialMissed")), ("stage", .string(stage))])
        case .monthsBelowRedLine(let red, let months):
            return .oneLineObject([
                ("kind", .string("monthsBelowRedLine")), ("redLine", figure(red)), ("months", .int(months)),
            ])
        case .monthsBelow(let threshold, let months):
            return .oneLineObject([
                ("kind", .string("monthsBelow")), ("threshold", figure(threshold)), ("months", .int(months)),
            ])
        case .stagesMissed(let stages):
            return .oneLineObject([("kind", .string("stagesMissed")), ("stages", .int(stages))])
        }
    }

    /// `{"kind": "building", "count": 1, "needed": 2}`.
    static func status(_ status: TerminationCheck.ClauseStatus) -> JSONValue {
        switch status {
        case .holds: return .oneLineObject([("kind", .string("holds"))])
        case .heldEarlier(let until):
            return .oneLineObject([("kind", .string("heldEarlier")), ("until", .string(until.description))])
        case .building(let count, let needed):
            return .oneLineObject([("kind", .string("building")), ("count", .int(count)), ("needed", .int(needed))])
        case .clear: return .oneLineObject([("kind", .string("clear"))])
        }
    }

    static func evidence(_ evidence: TerminationCheck.Evidence) -> JSONValue {
        switch evidence {
        case .fakeOrders(let month, let groups, let orders):
            return .oneLineObject([
                ("kind", .string("fakeOrders")), ("month", .string(month.description)), ("groups", .int(groups)),
                ("orders", .int(orders)),
            ])
        case .month(let m):
            return .oneLineObject([
                ("kind", .string("month")), ("month", .string(m.month.description)),
                ("attainment", .optional(m.attainment, decimals: 4)),
            ])
        case .stageMissed(let name, let from, let to, let missed):
            return .oneLineObject([
                ("kind", .string("stageMissed")), ("name", .string(name)), ("from", .string(from.description)),
                ("to", .string(to.description)), ("missedMonths", .array(missed.map { .string($0.description) })),
            ])
        }
    }

    /// A clause, its status, the evidence, and the line the reports print for it.
    static func standing(_ s: TerminationCheck.ClauseStanding, language: Language) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("clause", clause(s.clause)), ("status", status(s.status)),
            ("evidence", .array(s.evidence.map(evidence))),
            ("sentence", .string(VerdictWording.clauseLine(s, language))),
            ("statusName", .string(VerdictWording.status(s.status, language))),
        ]
        // Only on a clause the contract attaches a refund to, so other contracts' files read as before.
        if let t = s.refundTerm {
            fields.append(
                ("refundTerm", .oneLineObject([("share", figure(t.share)), ("of", .string(t.basis.rawValue))])))
        }
        if let r = s.refund { fields.append(("refund", refund(r, language: language))) }
        return .object(fields)
    }

    /// `{"share": 0.5, "of": "fees", "months": [...], "fees": 10000.00, "amount": 5000.00, ...}`.
    static func refund(_ r: TerminationCheck.Refund, language: Language) -> JSONValue {
        .object([
            ("share", figure(r.share)), ("of", .string(r.basis.rawValue)),
            (
                "months",
                .array(
                    r.months.map {
                        .oneLineObject([
                            ("month", .string($0.month.description)), ("fee", $0.fee.map { .money($0) } ?? .null),
                        ])
                    })
            ),
            ("fees", .money(r.fees)), ("amount", .money(r.amount)),
            ("unsettledMonths", .array(r.unsettledMonths.map { .string($0.description) })),
            ("sentence", .string(RefundWording.amount(r, language))),
        ])
    }

    /// A target the rectification names: its line and what was measured.
    static func target(_ m: MetricValue) -> JSONValue {
        .oneLineObject(
            [
                ("metric", .string(m.key.rawValue)), ("platform", .optional(m.platform?.rawValue)),
                ("target", .optional(m.target, decimals: 6)), ("actual", .optional(m.actual, decimals: 6)),
                ("attainment", .optional(m.attainment, decimals: 4)),
            ] + (m.item.map { [("item", .string($0))] } ?? []))
    }

    static func item(_ item: Verdict.RectificationItem) -> JSONValue {
        switch item {
        case .monthBelow(let month, let attainment, let threshold, let missed):
            return .object([
                ("kind", .string("monthBelow")), ("month", .string(month.description)),
                ("attainment", .number(attainment, decimals: 4)), ("threshold", figure(threshold)),
                ("missedTargets", .array(missed.map(target))),
            ])
        case .fakeOrders(let month, let groups, let orders):
            return .oneLineObject([
                ("kind", .string("fakeOrders")), ("month", .string(month.description)), ("groups", .int(groups)),
                ("orders", .int(orders)),
            ])
        case .clauseBreaches(let month, let count):
            return .oneLineObject([
                ("kind", .string("clauseBreaches")), ("month", .string(month.description)), ("count", .int(count)),
            ])
        }
    }

    /// The verdict: its kind, the clause of a termination and the deadline of a rectification (the
    /// fields the roll-up reads), its grounds or items, and its sentence.
    static func verdict(_ v: Verdict, language: Language) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("kind", .string(v.kind.rawValue)), ("clause", v.clause.map(clause) ?? .null),
            ("deadline", .optional(v.deadline?.description)),
            ("sentence", .string(VerdictWording.sentence(v, language))),
        ]
        switch v {
        case .terminate(let grounds):
            fields.append(("grounds", .array(grounds.map { standing($0, language: language) })))
            if let r = v.refund { fields.append(("refund", refund(r, language: language))) }
        case .demandRectification(let items, _):
            fields.append(("items", .array(items.map(item))))
        case .continue:
            break
        }
        return .object(fields)
    }
}
