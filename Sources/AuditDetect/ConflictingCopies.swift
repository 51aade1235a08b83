import AuditMeasure
import AuditRecords

extension RuleID {
    /// Not a detection rule over the month's records but a finding of the assembly: two copies of
    /// one order that disagree. Kept out of the rule registry (nothing to score or plant).
    public static let conflictingCopies = RuleID(
        "conflicting-copies", chinese: "导出副本不一致", english: "Copies of an export disagree", subject: .exports)
}

/// Findings for records read from two copies of an export whose figures disagree: one per kind
/// and pair of files, naming the orders (or the days of traffic and ad rows), both files and, for a
/// few records, both values of each figure.
///
/// The audit cannot tell which copy is true (a doctored file, or an older download), so the
/// finding is high and the settlement waits until the merchant removes one of them.
public enum ConflictingCopies {
    /// Records shown with both values in a finding; the rest are counted (orders listed by id).
    public static let examplesShown = 3

    public static func findings(_ conflicts: [CopyConflict]) -> [Anomaly] {
        let byFiles = Dictionary(grouping: conflicts) {
            Pair(kind: $0.kind.rawValue, counted: $0.counted.file, other: $0.other.file)
        }
        return byFiles.keys.sorted().map { pair in
            let found = byFiles[pair]!.sorted { $0.counted < $1.counted }
            let kind = found[0].kind
            let examples = found.prefix(examplesShown).map { c in
                let subject: Fact
                switch c.kind {
                case .orders: subject = Fact(.orderId, .text(c.subject))
                case .traffic: subject = Fact(.trafficSource, .text(c.subject))
                case .refunds: subject = Fact(.serviceId, .text(c.subject))
                default: subject = Fact(.campaign, .text(c.subject))
                }
                let day = c.kind == .orders ? [] : c.day.map { [Fact(.day, .day($0))] } ?? []
                // A day of the store overview is its own subject.
                return Fact.Value.group(
                    (c.kind == .shopOverview ? [] : [subject]) + day
                        + c.differences.map { Fact($0.figure, .list([$0.counted, $0.other])) })
            }
            let facts = [
                Fact(.exportKind, .text(kind.rawValue)), Fact(.firstFile, .text(pair.counted)),
                Fact(.secondFile, .text(pair.other)), Fact(.orders, .count(found.count)),
                Fact(.examples, .list(Array(examples))),
            ]
            return Anomaly(
                rule: .conflictingCopies, severity: .high, dates: Set(found.compactMap(\.day)).sorted(),
                orderIDs: kind == .orders ? found.map(\.subject) : [], facts: facts)
        }
    }

    private struct Pair: Hashable, Comparable {
        var kind: String
        var counted: String
        var other: String
        static func < (a: Pair, b: Pair) -> Bool { (a.kind, a.counted, a.other) < (b.kind, b.counted, b.other) }
    }
}
