import AuditDiagnose
import AuditRecords

/// 看执行's evidence from the agency's own work, as data.
extension AuditJSON {
    func agencyWorkFact(_ finding: ThreeStepDiagnosis.ExecutionFinding) -> JSONValue {
        switch finding {
        case .customerService(let c):
            func figures(_ f: CustomerServiceCheck.Figures) -> JSONValue {
                .oneLineObject([
                    ("firstResponseSeconds", .optional(f.firstResponseSeconds, decimals: 1)),
                    ("averageResponseSeconds", .optional(f.averageResponseSeconds, decimals: 1)),
                    ("inquiryConversion", .optional(f.inquiryConversion, decimals: 6)),
                ])
            }
            return Self.object(
                kind: "customerService", ("store", figures(c.store)), ("peerAverage", c.peer.map(figures) ?? .null),
                ("limitSeconds", .optional(c.limitSeconds, decimals: 1)), ("overLimit", .bool(c.overLimit)),
                ("slowerThanPeer", .bool(c.slowerThanPeer)),
                ("lowerConversionThanPeer", .bool(c.lowerConversionThanPeer)),
                ("files", .array(c.files.map { .string($0) })))
        case .customerServiceDownloadMissing(let platform, let typed):
            return Self.object(
                kind: "customerServiceDownloadMissing", ("platform", .string(platform.rawValue)),
                ("typedInLateReplies", typed.map { .int($0) } ?? .null))
        case .activityWeeks(let w):
            return Self.object(
                kind: "activityWeeks", ("required", .bool(w.required)),
                (
                    "weeks",
                    .array(
                        w.weeks.map { k in
                            .oneLineObject([
                                ("week", .int(k.number)), ("from", .string(k.first.description)),
                                ("to", .string(k.last.description)),
                                ("activities", .array(k.activities.map { .string($0) })),
                                ("items", .int(k.items)),
                            ])
                        })
                ),
                ("idleWeeks", .array(w.idleWeeks.map { .int($0.number) })),
                ("files", .array(w.files.map { .string($0) })))
        case .activityDownloadMissing(let platform, let required):
            return Self.object(
                kind: "activityDownloadMissing", ("platform", .optional(platform?.rawValue)),
                ("weeklyRequired", .bool(required)))
        case .promotionSpend(let p):
            return Self.object(
                kind: "promotionSpend", ("spend", .money(p.spend)), ("sales", .money(p.sales)),
                ("roi", .optional(p.roi, decimals: 6)), ("previousSpend", p.previousSpend.map { .money($0) } ?? .null),
                ("spendChange", .optional(p.spendChange, decimals: 6)), ("redLine", .optional(p.redLine, decimals: 6)),
                ("budget", p.budget.map { .money($0) } ?? .null),
                ("raisedUnderRedLine", .bool(p.raisedUnderRedLine)), ("files", .array(p.files.map { .string($0) })),
                (
                    "campaigns",
                    .array(
                        p.campaigns.map { c in
                            .oneLineObject([
                                ("name", .string(c.name)), ("spend", .money(c.spend)), ("sales", .money(c.sales)),
                                ("roi", .optional(c.roi, decimals: 6)),
                            ])
                        })
                ))
        default: return .null
        }
    }
}
