import AuditRecords

/// Which of the month's figures were still moving when its exports were taken, and the ROI
/// red-line runs the audit therefore does not call.
///
/// Refunds by payment date keep coming for about a week (生意参谋's 支付时间口径 refund rates rise
/// until about T+7, rakei076/sycm-cli README), and 万相台's ROI for a day is often 0 until its
/// attribution completes, moving for a few days after (sycm-cli's 店铺体检 methodology; figures still
/// change hours later). A month downloaded on the 2nd of the next month has its last days in
/// both windows: "3 days under the red line" ending on the 31st may settle above it.
public struct DataSettling: Sendable, Hashable {
    /// Days after which a day's refunds (by payment date) count as settled.
    public static let refundDays = 7
    /// Days after which a day's ad attribution (ROI) counts as settled.
    public static let adAttributionDays = 3

    /// A figure whose days settle after a while.
    public enum Figure: String, Sendable, Hashable, CaseIterable {
        /// Refunds of orders paid on the day (the refund amount and rate).
        case refunds
        /// Sales attributed to the day's promotion (ROI).
        case adAttribution

        /// The days it takes to settle.
        public var settlingDays: Int {
            switch self {
            case .refunds: return DataSettling.refundDays
            case .adAttribution: return DataSettling.adAttributionDays
            }
        }

        /// The exports that carry it.
        var kinds: Set<ExportKind> {
            switch self {
            case .refunds: return [.orders, .refunds]
            case .adAttribution: return [.ads]
            }
        }

        /// The metrics it moves.
        public var metrics: [MetricKey] {
            switch self {
            case .refunds: return [.refundAmount, .refundRate]
            case .adAttribution: return [.adROI]
            }
        }
    }

    /// One figure's unsettled days in the month.
    public struct Window: Sendable, Hashable {
        public var figure: Figure
        /// When its exports were taken (the earliest of them), and how the audit knows.
        public var taken: ExportTaken
        /// The month's days younger than the settling time when the exports were taken.
        public var provisionalDays: [CalendarDay]
        /// The first day on which every day of the month has settled.
        public var settlesOn: CalendarDay
    }

    /// Only the figures with unsettled days; empty when the whole month had settled.
    public var windows: [Window] = []
    /// ROI red-line runs that end on unsettled days and are not called: their settled days alone
    /// are fewer than the contract's run.
    public var heldFindings: [Anomaly] = []

    public init(windows: [Window] = [], heldFindings: [Anomaly] = []) {
        self.windows = windows
        self.heldFindings = heldFindings
    }

    /// Nothing was still moving.
    public var isSettled: Bool { windows.isEmpty }
    /// When to run the month again: the day every figure has settled.
    public var rerunOn: CalendarDay? { windows.map(\.settlesOn).max() }
    /// The metrics whose month figure is provisional.
    public var provisionalMetrics: [MetricKey] { windows.flatMap(\.figure.metrics) }

    public func window(_ figure: Figure) -> Window? { windows.first { $0.figure == figure } }

    /// The windows of the month's exports: for each figure, the earliest time its exports were taken.
    /// - Parameter exports: each export with rows in the month, by kind, and when it was taken
    ///   (exports without a known time are taken as settled).
    public static func assess(month: YearMonth, exports: [(kind: ExportKind, taken: ExportTaken?)]) -> DataSettling {
        var windows: [Window] = []
        for figure in Figure.allCases {
            let taken = exports.filter { figure.kinds.contains($0.kind) }.compactMap(\.taken)
            guard let earliest = taken.min(by: { $0.day < $1.day }) else { continue }
            let settled = earliest.day.adding(days: -figure.settlingDays)
            let provisional = month.days.filter { $0 > settled }
            guard !provisional.isEmpty else { continue }
            windows.append(
                Window(
                    figure: figure, taken: earliest, provisionalDays: provisional,
                    settlesOn: month.lastDay.adding(days: figure.settlingDays)))
        }
        return DataSettling(windows: windows)
    }

    /// The anomalies to call: without the ROI red-line runs whose last day had not settled and
    /// whose settled days alone are fewer than `redLineDays` (a longer run is a breach on its
    /// settled days already). The ones left out are kept in `heldFindings`.
    public mutating func hold(_ anomalies: [Anomaly], redLineDays: Int) -> [Anomaly] {
        guard let ads = window(.adAttribution) else { return anomalies }
        let provisional = Set(ads.provisionalDays)
        var kept: [Anomaly] = []
        for a in anomalies {
            guard a.rule == .roiBelowRedLine, let last = a.dates.max(), provisional.contains(last),
                a.dates.filter({ !provisional.contains($0) }).count < redLineDays
            else {
                kept.append(a)
                continue
            }
            heldFindings.append(a)
        }
        return kept
    }
}
