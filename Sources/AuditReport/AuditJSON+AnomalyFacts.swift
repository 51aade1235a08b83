import AuditRecords

extension AuditJSON {
    /// An anomaly's facts as `[{"name": …, "value": …}]`, in the rule's order, so other programs
    /// read the figures instead of parsing the evidence sentence.
    ///
    /// Counts and durations are integers, ratios and medians decimals, money yuan as in the other
    /// money fields, and personal values masked exactly as the evidence masks them.
    func facts(_ facts: [Fact], wording: AnomalyWording) -> JSONValue {
        .array(
            facts.map {
                .oneLineObject([("name", .string($0.name.rawValue)), ("value", value($0.value, wording: wording))])
            })
    }

    func value(_ v: Fact.Value, wording: AnomalyWording) -> JSONValue {
        switch v {
        case .count(let n), .score(let n), .seconds(let n), .hours(let n), .days(let n): return .int(n)
        case .number(let x), .ratio(let x): return .number(x, decimals: 6)
        case .money(let m): return .money(m)
        case .day(let d): return .string(d.description)
        case .time(let t): return .string(t.description)
        case .timeRange(let a, let b):
            return .object([("from", .string(a.description)), ("to", .string(b.description))])
        case .text(let s): return .string(s)
        case .personal(let kind, let s): return .string(wording.masked(s, as: kind))
        case .rule(let id): return .string(id.rawValue)
        case .flag: return .bool(true)
        case .list(let items): return .array(items.map { value($0, wording: wording) })
        // A group's names are unique within it: an object reads better than a list of pairs.
        case .group(let facts): return .object(facts.map { ($0.name.rawValue, value($0.value, wording: wording)) })
        }
    }
}
