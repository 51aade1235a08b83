import AuditDetect
import AuditRecords
import MonthlyAudit

extension AuditJSON {
    /// The figures not settled when the exports were taken, as sentences and as data: each window
    /// (figure, when and how the exports were taken, its provisional days, when it settles), the
    /// red-line runs not called, and when to run the month again. Absent when everything had settled.
    func settling(_ r: MonthAuditResult, options: ReportOptions) -> JSONValue {
        let s = r.settling
        func taken(_ t: ExportTaken) -> JSONValue {
            switch t {
            case .insideFile(let time):
                return .oneLineObject([("source", .string("insideFile")), ("at", .string(time.description))])
            case .fileModified(let day):
                return .oneLineObject([("source", .string("fileModified")), ("at", .string(day.description))])
            case .declared(let day):
                return .oneLineObject([("source", .string("declared")), ("at", .string(day.description))])
            }
        }
        return .object([
            ("sentences", .array(s.windows.map { .string(SettlingWording.window($0, language: options.language)) })),
            (
                "windows",
                .array(
                    s.windows.map { w in
                        .object([
                            ("figure", .string(w.figure.rawValue)), ("settlingDays", .int(w.figure.settlingDays)),
                            ("taken", taken(w.taken)),
                            ("provisionalDays", .array(w.provisionalDays.map { .string($0.description) })),
                            ("settlesOn", .string(w.settlesOn.description)),
                            ("metrics", .array(w.figure.metrics.map { .string($0.rawValue) })),
                        ])
                    })
            ),
            (
                "heldFindings",
                .array(
                    s.heldFindings.map { a in
                        .object([
                            ("rule", .string(a.rule.rawValue)), ("severity", .string(a.severity.rawValue)),
                            ("dates", .array(a.dates.map { .string($0.description) })),
                            (
                                "sentence",
                                .string(
                                    SettlingWording.held(
                                        a, redLineDays: r.limits.roiRedLineDays, language: options.language))
                            ),
                        ])
                    })
            ),
            ("rerunOn", .optional(s.rerunOn?.description)),
        ])
    }
}
