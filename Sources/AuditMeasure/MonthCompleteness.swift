import AuditImport
import AuditRecords
import Foundation

/// Whether a month's exports can carry a settlement: what is missing from them or contradicts
/// itself, told from the import's accounting and the assembled records.
///
/// An agency that wants a month to pass, or a merchant in a hurry, can hand the audit part of a
/// month: most order rows unreadable, one of two order files broken, last month's download, the
/// first fortnight, a doctored copy beside the real one. Each figure computed on that would look
/// like any other; this is where the month says it cannot be trusted, and why.
public struct MonthCompleteness: Sendable, Hashable {
    /// Everything found, in the order the report lists it.
    public var gaps: [DataGap]
    /// Nothing to judge the month on: not one usable export, or order exports whose every order
    /// row was rejected, or that hold other months' orders only.
    public var isUnusable: Bool
    /// Not one export of the month could be used: no metric has a figure.
    public var nothingRead: Bool
    /// Some of the month's order rows are missing (rejected, unreadable, days not covered): rules
    /// that compare the orders with the traffic export would find differences that are only gaps.
    public var ordersIncomplete: Bool

    /// Rejected paid-order rows above this share of the month's paid-order rows hold the settlement.
    public static let rejectedShareTolerated = 0.01
    /// A stretch at the start or end of the month without orders is a gap in the export, not a
    /// quiet spell, when orders arriving as they did on the covered days would leave it empty this
    /// rarely or less.
    public static let emptyStretchChance = 0.001
    /// Fewer orders than this in a month say too little about its rhythm to call a stretch missing.
    public static let ordersToJudgeCoverage = 10
    /// Rejected rows named in the gap (all of them are in rejects.csv).
    static let rowsNamed = 5

    public init(
        gaps: [DataGap] = [], isUnusable: Bool = false, ordersIncomplete: Bool = false, nothingRead: Bool = false
    ) {
        self.gaps = gaps
        self.isUnusable = isUnusable || nothingRead
        self.ordersIncomplete = ordersIncomplete
        self.nothingRead = nothingRead
    }

    /// - Parameters:
    ///   - inputs: the month's exports as assembled (duplicates counted).
    ///   - ignored: the files not read; those marked unusable are exports that could not be used.
    ///   - outsideMonth, outsideMonths, inMonth: per file, the rows dated outside the month, the
    ///     months they fall in, and the rows dated inside it (`MonthAssembler.Result`).
    public static func assess(
        month: YearMonth, data: MonthData, inputs: [ImportedExport], ignored: [IgnoredFile],
        outsideMonth: [String: Int], outsideMonths: [String: Set<YearMonth>], inMonth: [String: Int]
    ) -> MonthCompleteness {
        var gaps: [DataGap] = []
        var ordersIncomplete = false
        let orderInputs = inputs.filter { $0.kind == .orders }

        // Rows rejected that may be paid orders.
        let rejected = orderInputs.flatMap(\.rejectedRowsThatMayBePaidOrders)
        let paidRows = data.paidOrders.count + rejected.count
        let allRejected = !rejected.isEmpty && data.paidOrders.isEmpty
        if !rejected.isEmpty, allRejected || Double(rejected.count) > rejectedShareTolerated * Double(paidRows) {
            let first = rejected.map(\.location).sorted().prefix(rowsNamed)
            gaps.append(.rejectedOrderRows(rejected: rejected.count, paidRows: paidRows, rows: Array(first)))
            ordersIncomplete = true
        }

        // Exports that could not be used beside ones of the same kind that were read.
        let unusable = ignored.filter(\.isUnusable)
        let readKinds = Set(inputs.map(\.kind))
        let byKind = Dictionary(grouping: unusable, by: \.kind)
        for kind in [ExportKind?.none] + ExportKind.allCases.map(Optional.some) {
            guard let files = byKind[kind], !files.isEmpty else { continue }
            // Alone in its kind, a file's loss is the export missing, which the metrics say already;
            // a file that could not be told may be any kind, so it counts as soon as anything was read.
            guard kind.map(readKinds.contains) ?? !inputs.isEmpty else { continue }
            gaps.append(.unreadableExports(kind: kind, files: files.map(\.file).sorted()))
            if kind == nil || kind == .orders { ordersIncomplete = true }
        }

        // Downloads of another month. The entries of one archive (a 数据概览 zip holds a workbook a
        // day) are one download: named once, as the archive, with their rows added up.
        var otherMonthOrders = false
        var others: [(file: String, kind: ExportKind, months: [YearMonth], rows: Int)] = []
        for input in inputs where input.counts.accepted > 0 {
            let outside = outsideMonth[input.file] ?? 0
            let months = (outsideMonths[input.file] ?? []).sorted()
            guard outside > 0, !months.isEmpty, inMonth[input.file, default: 0] == 0 else { continue }
            if input.kind == .orders { otherMonthOrders = true }
            let archive = input.file.range(of: ".zip/", options: [.caseInsensitive]).map {
                String(input.file[..<input.file.index($0.lowerBound, offsetBy: 4)])
            }
            if let archive, let last = others.indices.last,
                others[last].kind == input.kind,
                others[last].file == archive
                    || others[last].file.hasPrefix(archive + "/")
            {
                others[last].file = archive
                others[last].months = Array(Set(others[last].months + months)).sorted()
                others[last].rows += outside
                continue
            }
            others.append((input.file, input.kind, months, outside))
        }
        for o in others { gaps.append(.otherMonthsExport(file: o.file, kind: o.kind, months: o.months, rows: o.rows)) }

        // Days covered.
        if let covered = orderCoverage(month: month, paid: data.paidOrders) {
            gaps.append(covered)
            ordersIncomplete = true
        }
        if let covered = trafficCoverage(month: month, traffic: data.traffic) { gaps.append(covered) }

        // Copies that disagree.
        for kind in ExportKind.allCases {
            let found = data.conflictingCopies.filter { $0.kind == kind }
            guard !found.isEmpty else { continue }
            let files = Set(found.flatMap { [$0.counted.file, $0.other.file] }).sorted()
            let records = Set(found.map { "\($0.day?.description ?? "") \($0.subject)" }).count
            gaps.append(.conflictingCopies(kind: kind, records: records, files: files))
        }

        let unusableMonth = data.paidOrders.isEmpty && (allRejected || otherMonthOrders)
        return MonthCompleteness(
            gaps: gaps, isUnusable: unusableMonth, ordersIncomplete: ordersIncomplete, nothingRead: inputs.isEmpty)
    }

    /// The days the month's paid orders cover, when a stretch at its start or end is too long to be
    /// a quiet spell: longer than any run of days without orders between the first and the last,
    /// and unlikely (`emptyStretchChance`) if the orders fell on the month's days evenly.
    static func orderCoverage(month: YearMonth, paid: [OrderRecord]) -> DataGap? {
        guard paid.count >= ordersToJudgeCoverage else { return nil }
        var perDay = [Int](repeating: 0, count: month.dayCount)
        let start = month.firstDay.ordinal
        for r in paid {
            guard let day = r.paidAt?.day.ordinal, day >= start, day - start < perDay.count else { continue }
            perDay[day - start] += 1
        }
        return stretchGap(.orders, month: month, daysWithRows: perDay.map { $0 > 0 }) { uncovered in
            let share = 1 - Double(uncovered) / Double(month.dayCount)
            return share <= 0 || pow(share, Double(paid.count)) < emptyStretchChance
        }
    }

    /// The days the traffic export covers, when days at the start or end have no row at all (a
    /// store's visitors never stop for a whole day), beyond any such run between its first and last day.
    static func trafficCoverage(month: YearMonth, traffic: [TrafficRecord]) -> DataGap? {
        guard !traffic.isEmpty else { return nil }
        var seen = [Bool](repeating: false, count: month.dayCount)
        let start = month.firstDay.ordinal
        for r in traffic where r.day.ordinal >= start && r.day.ordinal - start < seen.count {
            seen[r.day.ordinal - start] = true
        }
        return stretchGap(.traffic, month: month, daysWithRows: seen) { _ in true }
    }

    /// A partial month when the days without rows at the ends outnumber the longest such run inside
    /// and `unlikely` says the stretch is not chance.
    private static func stretchGap(
        _ kind: ExportKind, month: YearMonth, daysWithRows: [Bool], unlikely: (_ uncovered: Int) -> Bool
    ) -> DataGap? {
        guard let first = daysWithRows.firstIndex(of: true), let last = daysWithRows.lastIndex(of: true) else {
            return nil
        }
        let uncovered = first + (daysWithRows.count - 1 - last)
        guard uncovered > 0 else { return nil }
        var longestInside = 0
        var run = 0
        for has in daysWithRows[first...last] {
            run = has ? 0 : run + 1
            longestInside = max(longestInside, run)
        }
        guard max(first, daysWithRows.count - 1 - last) > longestInside, unlikely(uncovered) else { return nil }
        return .partialMonth(
            kind: kind, first: month.firstDay.adding(days: first), last: month.firstDay.adding(days: last),
            daysInMonth: month.dayCount)
    }
}
