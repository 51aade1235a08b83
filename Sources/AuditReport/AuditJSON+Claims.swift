import AuditDetect
import AuditImport
import AuditRecords
import MonthlyAudit

extension AuditJSON {
    /// What the agency reported (agency-claims.csv), as data: the files read, each claim beside
    /// the store's figures with its verdict, and the lines that could not be used, each worded
    /// and as facts. Absent when the month folder has no claims file.
    /// One claim beside the exports' figures, as data (audit.json's and period.json's).
    static func comparison(_ c: ClaimComparison) -> JSONValue {
        // `item` only on a per-item claim, as on a per-item metric.
        .oneLineObject(
            [("metric", .string(c.metric.rawValue))] + (c.item.map { [("item", .string($0))] } ?? []) + [
                ("line", .int(c.line)),
                ("claimed", Self.figure(c.claimed)), ("measured", .optional(c.measured, decimals: 6)),
                ("measuredExcludingSuspicious", .optional(c.measuredWithoutFakes, decimals: 6)),
                ("gap", .optional(c.gap, decimals: 6)), ("verdict", .string(c.verdict.rawValue)),
            ])
    }

    func claims(_ r: MonthAuditResult, options: ReportOptions) -> JSONValue {
        .object([
            ("files", .array(r.claimsFiles.map { .string($0) })),
            ("tolerance", Self.figure(ClaimCheck().tolerance)),
            (
                "comparisons", .array(r.claims.map(Self.comparison))
            ),
            (
                "problems",
                .array(
                    r.claimProblems.map { p in
                        .object([
                            ("file", .string(p.file)), ("line", .int(p.line)), ("column", .int(p.column)),
                            ("message", .string(ClaimWording.problem(p, language: options.language))),
                            ("reasonFact", fact(p.reason, in: options.language)),
                        ])
                    })
            ),
        ])
    }

    func fact(_ reason: ClaimProblem.Reason, in language: Language) -> JSONValue {
        switch reason {
        case .unknownMetric(let found):
            return Self.object(kind: "unknownMetric", ("found", .string(found)))
        case .itemWithoutID(let metric):
            return Self.object(kind: "itemWithoutID", ("metric", .string(metric.rawValue)))
        case .emptyValue(let metric):
            return Self.object(kind: "emptyValue", ("metric", .string(metric.rawValue)))
        case .notANumber(let found, let metric):
            return Self.object(kind: "notANumber", ("found", .string(found)), ("metric", .string(metric.rawValue)))
        case .shareWithoutPercent(let found, let metric):
            return Self.object(
                kind: "shareWithoutPercent", ("found", .string(found)), ("metric", .string(metric.rawValue)))
        case .repeatedMetric(let metric, let file, let line):
            return Self.object(
                kind: "repeatedMetric", ("metric", .string(metric.rawValue)), ("firstFile", .string(file)),
                ("firstLine", .int(line)))
        case .unreadable(let error):
            return Self.object(kind: "unreadable", ("error", fact(error, in: language)))
        }
    }
}
