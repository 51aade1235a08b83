import AuditDiagnose
import AuditRecords

extension PeriodDossier {
    /// Rises of spend under the red line, month after month, before the dossier calls the agency
    /// one that only raises spend (只会砸钱推广): over two rises, three months under the line.
    public static let spendRisesToName = 2

    /// A run of calendar months, each with its ROI under the contract's red line, each spending at
    /// least `PromotionSpend.raisedBy` more than the one before: money poured in with no return.
    public struct SpendWithoutReturn: Sendable, Hashable {
        /// The months of the run with their spend and ROI, the first being the one the rises start from.
        public var months: [(month: YearMonth, spend: Money, roi: Double)]
        public var redLine: Double

        public init(months: [(month: YearMonth, spend: Money, roi: Double)], redLine: Double) {
            self.months = months
            self.redLine = redLine
        }

        public static func == (a: SpendWithoutReturn, b: SpendWithoutReturn) -> Bool {
            a.redLine == b.redLine && a.months.elementsEqual(b.months) { $0 == $1 }
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(redLine)
            for m in months {
                hasher.combine(m.month)
                hasher.combine(m.spend)
                hasher.combine(m.roi)
            }
        }
    }

    /// The longest run of months in which the agency only raised spend while ROI stayed under the
    /// red line, when it has at least `spendRisesToName` rises; the latest of equal runs.
    public var spendWithoutReturn: SpendWithoutReturn? {
        var best: SpendWithoutReturn?
        var run: SpendWithoutReturn?
        for m in months {
            let spend = m.diagnosis.execution.lazy.compactMap { f -> PromotionSpend? in
                if case .promotionSpend(let p) = f { return p }
                return nil
            }.first
            guard let p = spend, let roi = p.roi, let line = p.redLine, p.underRedLine else {
                run = nil
                continue
            }
            if var r = run, r.months.last?.month == m.month.previous, p.raisedUnderRedLine {
                r.months.append((m.month, p.spend, roi))
                run = r
            } else {
                run = SpendWithoutReturn(months: [(m.month, p.spend, roi)], redLine: line)
            }
            if let r = run, r.months.count - 1 >= Self.spendRisesToName, r.months.count >= (best?.months.count ?? 0) {
                best = r
            }
        }
        return best
    }
}
