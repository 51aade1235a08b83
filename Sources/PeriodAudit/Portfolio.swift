import AuditContract
import AuditRecords
import MonthlyAudit

/// Many stores' audits side by side: one row per store and month, the stores in the order a
/// merchant (or an agency's client manager) with many stores should look at them, and the stores
/// that could not be audited.
///
/// Built from each store's audit.json files, whether `agency-audit portfolio` ran the audits
/// itself or collected what other machines wrote (`--from-json`): the same files give the same
/// portfolio.
public struct Portfolio: Sendable, Hashable {
    /// The audited stores: a termination ground first, then the most high-severity findings, then
    /// the lowest attainment, then by folder name.
    public var stores: [Store]
    /// The stores that could not be audited, by folder name.
    public var failures: [Failure]

    public init(stores: [Store], failures: [Failure]) {
        self.stores = stores.sorted(by: Self.inReviewOrder)
        self.failures = failures.sorted { $0.folder < $1.folder }
    }

    /// The portfolio with `failures` in place of the stores they name: what the run that audited
    /// them knows (a store stopped at its time limit) outweighs what its folder holds.
    public func replacing(_ failures: [Failure]) -> Portfolio {
        let failed = Set(failures.map(\.folder))
        return Portfolio(
            stores: stores.filter { !failed.contains($0.folder) },
            failures: self.failures.filter { !failed.contains($0.folder) } + failures)
    }

    /// Every store's rows, store by store in review order, each store's months in order.
    public var rows: [Row] { stores.flatMap(\.rows) }

    /// Whether any store could not be audited or has a month with nothing to judge it on: the
    /// command's exit code is 3 then, as `audit`'s is for such a month.
    public var hasFailures: Bool { !failures.isEmpty || rows.contains { $0.status == .unusable } }

    /// Stores in the order to look at them.
    static func inReviewOrder(_ a: Store, _ b: Store) -> Bool {
        if a.hasTerminationGround != b.hasTerminationGround { return a.hasTerminationGround }
        if a.highFindings != b.highFindings { return a.highFindings > b.highFindings }
        switch (a.lowestAttainment, b.lowestAttainment) {
        case (let x?, let y?) where x != y: return x < y
        // A store with no settled month has nothing to rank it by: after those that have.
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.folder < b.folder
        }
    }

    /// One audited store: its months, and what ranks it.
    public struct Store: Sendable, Hashable {
        /// The store's folder name: its id in the portfolio.
        public var folder: String
        /// Its months, in order.
        public var rows: [Row]

        public init(folder: String, rows: [Row]) {
            self.folder = folder
            self.rows = rows.sorted { $0.month < $1.month }
        }

        /// The store's name as its contract gives it (the last month's).
        public var name: String { rows.last?.storeName ?? folder }

        /// Every platform of its months, in the order first seen.
        public var platforms: [Platform] {
            var seen: [Platform] = []
            for r in rows { for p in r.platforms where !seen.contains(p) { seen.append(p) } }
            return seen
        }

        /// The verdict as of its last month.
        public var verdict: Row.VerdictSummary? { rows.last?.verdict }

        /// Whether the last month's verdict is to terminate.
        public var hasTerminationGround: Bool { verdict?.kind == .terminate }

        /// High-severity findings over all its months.
        public var highFindings: Int { rows.reduce(0) { $0 + $1.anomalies.high } }

        /// The lowest overall attainment of its settled months; nil when none was settled.
        public var lowestAttainment: Double? { rows.compactMap(\.overallAttainment).min() }
    }
}
