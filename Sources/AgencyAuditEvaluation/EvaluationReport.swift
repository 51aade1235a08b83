import AgencyAudit
import AuditRecords
import AuditReport

/// Precision and recall of detection on an evaluation set, per rule and overall.
public struct EvaluationReport: Sendable {
    /// Counts for one rule: order-level for fake-order rules, anomaly-level for the others.
    public struct RuleScore: Sendable {
        public var rule: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    public var stores: [String]
    public var storeMonths = 0
    public var legitimateOrders = 0
    public var scores: [RuleScore]
    /// Counts per planted shape (`RuleScore.rule` holds the shape's name): for a shape of fake
    /// orders, per order — recall over its planted orders, precision over every order of the
    /// findings that caught one of them; for a day shape, per finding, as its rule is scored.
    public var shapes: [RuleScore] = []
    /// Orders of hard negatives (repeat customers, families, offices, parcel stations) flagged high or medium.
    public var hardNegativeOrdersFlagged = 0
    /// Promotion days with a single-source surge flagged high or medium.
    public var promotionDaysFlagged = 0

    /// The diagnosis's causes (`stock-out` per run, `market-dip` and `store-dip` per month,
    /// `unsettled-red-line-run` per run held and not called), on the diagnosis stores and, for
    /// stock-outs called where none was planted, on the others too.
    public var diagnosis: [RuleScore] = []
    /// Hard negatives of the diagnosis (an item taken down on purpose, an item missing in a store-wide
    /// weekend lull) called stock-outs.
    public var diagnosisHardNegativesFlagged = 0
    /// Store-months of the diagnosis stores.
    public var diagnosisStoreMonths = 0

    /// Fake-order rules together, counted per order (an order flagged by two rules counts once).
    public var fakeOrders = RuleScore(rule: "fake orders (any rule)")

    public var falseAlarmsPer1000: Double {
        legitimateOrders == 0 ? 0 : Double(fakeOrders.falsePositives) * 1000 / Double(legitimateOrders)
    }

    /// A plain-text table for the terminal and README.
    public func table() -> String {
        var lines = ["rule                         precision  recall   TP   FP   FN"]
        for s in scores + [fakeOrders] {
            let name = s.rule.rightPad(28)
            lines.append(
                "\(name) \(DisplayNumber.fixed(s.precision, decimals: 3).leftPad(9))  \(DisplayNumber.fixed(s.recall, decimals: 3).leftPad(6)) \(String(s.truePositives).leftPad(4)) \(String(s.falsePositives).leftPad(4)) \(String(s.falseNegatives).leftPad(4))"
            )
        }
        if !shapes.isEmpty {
            lines.append("")
            lines.append("shape                        precision  recall   TP   FP   FN")
            for s in shapes {
                lines.append(
                    "\(s.rule.rightPad(28)) \(DisplayNumber.fixed(s.precision, decimals: 3).leftPad(9))  \(DisplayNumber.fixed(s.recall, decimals: 3).leftPad(6)) \(String(s.truePositives).leftPad(4)) \(String(s.falsePositives).leftPad(4)) \(String(s.falseNegatives).leftPad(4))"
                )
            }
        }
        if !diagnosis.isEmpty {
            lines.append("")
            lines.append("diagnosis cause              precision  recall   TP   FP   FN")
            for s in diagnosis {
                lines.append(
                    "\(s.rule.rightPad(28)) \(DisplayNumber.fixed(s.precision, decimals: 3).leftPad(9))  \(DisplayNumber.fixed(s.recall, decimals: 3).leftPad(6)) \(String(s.truePositives).leftPad(4)) \(String(s.falsePositives).leftPad(4)) \(String(s.falseNegatives).leftPad(4))"
                )
            }
        }
        lines.append(
            "stores: \(stores.joined(separator: ", ")); store-months: \(storeMonths); legitimate paid orders: \(legitimateOrders)"
        )
        lines.append(
            "false alarms per 1,000 legitimate orders: \(DisplayNumber.fixed(falseAlarmsPer1000, decimals: 3))")
        lines.append(
            "hard-negative orders flagged high/medium: \(hardNegativeOrdersFlagged); promotion days flagged: \(promotionDaysFlagged)"
        )
        if !diagnosis.isEmpty {
            lines.append(
                "diagnosis store-months: \(diagnosisStoreMonths); hard negatives called stock-outs (discontinued item, weekend lull): \(diagnosisHardNegativesFlagged)"
            )
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
    fileprivate func rightPad(_ n: Int) -> String {
        count >= n ? self : self + String(repeating: " ", count: n - count)
    }
}
