import AuditMeasure
import AuditRecords

extension RuleID {
    /// Not a detection rule over the month's records but a finding of the assembly: two copies of
    /// one order that disagree. Kept out of the rule registry (nothing to score or plant).
    public static let conflictingCopies = RuleID(
        "conflicting-copies", chinese: "导出副本不一致", english: "Copies of an export disagree", subject: .exports)
}

/// Findings for orders read from two copies of an export whose figures disagree: one per pair of
/// files, naming the orders, both files and, for a few orders, both values of each figure.
///
/// The audit cannot tell which copy is true (a doctored file, or an older download), so the
/// finding is high and the settlement waits until the merchant removes one of them.
public enum ConflictingCopies {
    /// Orders shown with both values in a finding; the rest are listed by id.
    public static let examplesShown = 3

    public static func findings(_ conflicts: [OrderCopyConflict]) -> [Anomaly] {
        let byFiles = Dictionary(grouping: conflicts) { FilePair(counted: $0.counted.file, other: $0.other.file) }
        return byFiles.keys.sorted().map { pair in
            let found = byFiles[pair]!.sorted { $0.counted < $1.counted }
            let examples = found.prefix(examplesShown).map { c in
                Fact.Value.group(
                    [Fact(.orderId, .text(c.orderID))]
                        + c.differences.map { Fact($0.figure, .list([$0.counted, $0.other])) })
            }
            let facts = [
                Fact(.firstFile, .text(pair.counted)), Fact(.secondFile, .text(pair.other)),
                Fact(.orders, .count(found.count)), Fact(.examples, .list(Array(examples))),
            ]
            return Anomaly(
                rule: .conflictingCopies, severity: .high, dates: Set(found.compactMap(\.paidDay)).sorted(),
                orderIDs: found.map(\.orderID), facts: facts)
        }
    }

    private struct FilePair: Hashable, Comparable {
        var counted: String
        var other: String
        static func < (a: FilePair, b: FilePair) -> Bool { (a.counted, a.other) < (b.counted, b.other) }
    }
}
