import Foundation

/// The figures an audit of the generated store must reproduce, computed from the generated rows
/// themselves (never by the pipeline under test); written as expected.json.
public struct SampleExpectation: Sendable {
    /// How the importer must account for one export file's data rows.
    public struct FileRows: Sendable {
        /// The path relative to the store folder.
        public var file: String
        /// `orders`, `traffic` or `ads`.
        public var kind: String
        /// `gb18030`, `utf-8` or `utf-8-bom`.
        public var encoding: String
        /// Data rows after the header (a quoted field spanning two lines is still one row).
        public var read: Int
        /// Rows that become records.
        public var accepted: Int
        /// Rows that must be rejected (the planted broken amount).
        public var rejected: Int
        /// Subtotal rows (汇总, 合计) that must be skipped.
        public var skipped: Int
    }

    /// One month's expected figures and files.
    public struct Month: Sendable {
        /// `YYYY-MM`.
        public var month: String
        /// Metric name → value, in the order written.
        public var metrics: [(String, Double)]
        /// The month's export files, sorted by path.
        public var files: [FileRows]
        /// Paid orders without a time of payment (拼多多: dated from the order number); nil for
        /// platforms whose exports always give the time (then not written).
        public var timeUnknownOrders: Int?
        /// Rules the audit must skip and say so, because the platform does not export what they need.
        public var skippedRules: [String]?
        /// Metrics the platform's exports cannot measure (the report must say so).
        public var unmeasurable: [String]?
        /// The agency's claims file, relative to the store folder, and its claims; nil for a month
        /// without one (then not written).
        public var claimsFile: String?
        public var claims: [Claim]?

        /// The value of the metric called `name`, if the month has it.
        public func metric(_ name: String) -> Double? { metrics.first { $0.0 == name }?.1 }
    }

    /// One figure of the agency's claims file, and whether an audit must find it overstated.
    public struct Claim: Sendable {
        /// The metric's contract.json name.
        public var metric: String
        /// The name and value as the file writes them (`GMV`, `29.1万`).
        public var name: String
        public var written: String
        /// The value in the metric's unit (yuan, a count, a share, an ROI multiple).
        public var claimed: Double
        /// Better than the month's figure, or than it without the planted orders, by more than 5%.
        public var overstated: Bool
    }

    /// One planted anomaly a good detector must report at high or medium severity.
    public struct Planted: Sendable {
        /// `P1`, `P2`, ….
        public var id: String
        /// The rule name the pipeline reports it under, e.g. `same-address-cluster`.
        public var rule: String
        /// `YYYY-MM`.
        public var month: String
        /// The days it happens on, `YYYY-MM-DD`.
        public var dates: [String]
        /// The planted orders (empty for traffic and ad anomalies), sorted.
        public var orderIDs: [String]
        /// `一级来源/二级来源` (or a 二级来源 alone) for traffic anomalies.
        public var source: String?
        /// The 计划名称 for a single-campaign ad anomaly; nil for day-total rules.
        public var campaign: String?
        /// The fraud shape it plants (`address-typed-many-ways`, `waybill-batch`, …), scored on
        /// its own by the evaluation; the rule's id when a shape has no name of its own.
        public var shape: String
    }

    /// A legitimate pattern that looks suspicious and must not be flagged at high or medium severity.
    public struct HardNegative: Sendable {
        /// e.g. `campus-parcel-station`, `promotion-day`.
        public var kind: String
        /// The month it is listed under (the month of its first order or day).
        public var month: String
        /// Its orders, in file order.
        public var orderIDs: [String]
        /// Its days, for day-level negatives such as a promotion day.
        public var dates: [String]
    }

    /// A cause the three-step diagnosis must find (a stock-out, a market-wide or store-only dip, an
    /// ROI run on unsettled days that must not be called), or a hard negative it must not call a
    /// stock-out (an item taken down on purpose, a store-wide weekend lull).
    public struct DiagnosisPlant: Sendable {
        /// `stock-out`, `market-dip`, `store-dip`, `unsettled-red-line-run`; hard negatives
        /// `discontinued-item`, `weekend-lull`.
        public var cause: String
        public var month: String
        /// The item's title, for stock-outs and the item negatives.
        public var item: String?
        /// Its days (`YYYY-MM-DD`): the days out of stock, the lull, the red-line run, the first
        /// day taken down.
        public var dates: [String]
        public var isHardNegative: Bool
        /// When the month's exports were taken (`unsettled-red-line-run`), `YYYY-MM-DD`.
        public var takenOn: String?

        public init(cause: String, month: String, item: String?, dates: [String], isHardNegative: Bool) {
            self.cause = cause
            self.month = month
            self.item = item
            self.dates = dates
            self.isHardNegative = isHardNegative
        }
    }

    /// The spec's seed.
    public var seed: UInt64
    /// One entry per generated month, in order.
    public var months: [Month]
    /// Planted anomalies, by id (P1, P2, … P10, …).
    public var planted: [Planted]
    /// Hard negatives, by kind.
    public var hardNegatives: [HardNegative]
    /// The diagnosis's planted causes and hard negatives (`SampleStoreSpec.plantDiagnosis`); empty
    /// otherwise (then not written).
    public var diagnosis: [DiagnosisPlant] = []

    /// expected.json, 2-space indented, keys in a fixed order.
    func json() -> String {
        let q = JSONText.quoted
        let number = JSONText.number
        func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }
        var out = "{\n  \"schemaVersion\": 1,\n  \"seed\": \(seed),\n  \"months\": [\n"
        out += months.map { m in
            var s = "    {\"month\": \(q(m.month)),\n     \"metrics\": {"
            s += m.metrics.map { "\(q($0.0)): \(number($0.1))" }.joined(separator: ", ")
            s += "},\n     \"files\": [\n"
            s += m.files.map { f in
                "       {\"file\": \(q(f.file)), \"kind\": \(q(f.kind)), \"encoding\": \(q(f.encoding)), "
                    + "\"rows\": {\"read\": \(f.read), \"accepted\": \(f.accepted), \"rejected\": \(f.rejected), \"skipped\": \(f.skipped)}}"
            }.joined(separator: ",\n")
            s += "\n     ]"
            if let n = m.timeUnknownOrders { s += ",\n     \"timeUnknownOrders\": \(n)" }
            if let rules = m.skippedRules { s += ",\n     \"skippedRules\": \(list(rules))" }
            if let keys = m.unmeasurable { s += ",\n     \"unmeasurable\": \(list(keys))" }
            if let file = m.claimsFile { s += ",\n     \"claimsFile\": \(q(file))" }
            if let claims = m.claims {
                s += ",\n     \"claims\": [\n"
                s += claims.map { c in
                    "       {\"metric\": \(q(c.metric)), \"name\": \(q(c.name)), \"written\": \(q(c.written)), "
                        + "\"claimed\": \(number(c.claimed)), \"overstated\": \(c.overstated)}"
                }.joined(separator: ",\n")
                s += "\n     ]"
            }
            return s + "}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"planted\": [\n"
        out += planted.map { p in
            "    {\"id\": \(q(p.id)), \"rule\": \(q(p.rule)), \"month\": \(q(p.month)), \"dates\": \(list(p.dates)), "
                + "\"orderIds\": \(list(p.orderIDs)), \"source\": \(p.source.map(q) ?? "null"), \"campaign\": \(p.campaign.map(q) ?? "null"), \"shape\": \(q(p.shape))}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"hardNegatives\": [\n"
        out += hardNegatives.map { h in
            "    {\"kind\": \(q(h.kind)), \"month\": \(q(h.month)), \"orderIds\": \(list(h.orderIDs)), \"dates\": \(list(h.dates))}"
        }.joined(separator: ",\n")
        out += "\n  ]"
        if !diagnosis.isEmpty {
            out += ",\n  \"diagnosis\": [\n"
            out += diagnosis.map { d in
                "    {\"cause\": \(q(d.cause)), \"month\": \(q(d.month)), \"item\": \(d.item.map(q) ?? "null"), "
                    + "\"dates\": \(list(d.dates)), \"hardNegative\": \(d.isHardNegative), \"takenOn\": \(d.takenOn.map(q) ?? "null")}"
            }.joined(separator: ",\n")
            out += "\n  ]"
        }
        out += "\n}\n"
        return out
    }
}
