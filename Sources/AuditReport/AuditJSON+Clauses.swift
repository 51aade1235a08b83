import AuditContract
import AuditRecords

/// The contract's money clauses as data: the deduction clauses a month met.
extension AuditJSON {
    /// `{"kind": "flat", "below": 0.8, "share": 0.2, "amount": 1000.00, "applied": true}`.
    static func deduction(_ d: Settlement.Deduction, applied: Bool) -> JSONValue {
        var fields: [(String, JSONValue)]
        switch d.basis {
        case .proportional(let shortfall):
            fields = [("kind", .string("proportional")), ("shortfall", figure(shortfall))]
        case .perPoint(let points, let rate):
            fields = [("kind", .string("perPoint")), ("points", .int(points)), ("rate", figure(rate))]
        case .flat(let below, _):
            fields = [("kind", .string("flat")), ("below", figure(below))]
        }
        fields += [("share", figure(d.share)), ("amount", .money(d.amount)), ("applied", .bool(applied))]
        return .oneLineObject(fields)
    }

    /// Each deduction clause the month met, the applied one first.
    static func deductions(_ s: Settlement) -> JSONValue {
        .array(s.deductions.enumerated().map { deduction($0.element, applied: $0.offset == 0) })
    }
}
