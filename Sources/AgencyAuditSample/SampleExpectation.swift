import Foundation

/// The figures an audit of the generated store must reproduce, computed from the generated rows
/// themselves (never by the pipeline under test); written as expected.json.
public struct SampleExpectation: Sendable {
    public struct FileRows: Sendable {
        public var file: String
        public var kind: String
        public var encoding: String
        public var read: Int
        public var accepted: Int
        public var rejected: Int
        public var skipped: Int
    }

    public struct Month: Sendable {
        public var month: String
        /// Metric name → value, in the order written.
        public var metrics: [(String, Double)]
        public var files: [FileRows]
    }

    public struct Planted: Sendable {
        public var id: String
        public var rule: String
        public var month: String
        public var dates: [String]
        public var orderIDs: [String]
        public var source: String?
        public var campaign: String?
    }

    public struct HardNegative: Sendable {
        public var kind: String
        public var month: String
        public var orderIDs: [String]
        public var dates: [String]
    }

    public var seed: UInt64
    public var months: [Month]
    public var planted: [Planted]
    public var hardNegatives: [HardNegative]

    /// expected.json, 2-space indented, keys in a fixed order.
    func json() -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }
        func number(_ v: Double) -> String {
            var s = ExportNumber.fixed(v, 6)
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            return s
        }
        var out = "{\n  \"schemaVersion\": 1,\n  \"seed\": \(seed),\n  \"months\": [\n"
        out += months.map { m in
            var s = "    {\"month\": \(q(m.month)),\n     \"metrics\": {"
            s += m.metrics.map { "\(q($0.0)): \(number($0.1))" }.joined(separator: ", ")
            s += "},\n     \"files\": [\n"
            s += m.files.map { f in
                "       {\"file\": \(q(f.file)), \"kind\": \(q(f.kind)), \"encoding\": \(q(f.encoding)), "
                    + "\"rows\": {\"read\": \(f.read), \"accepted\": \(f.accepted), \"rejected\": \(f.rejected), \"skipped\": \(f.skipped)}}"
            }.joined(separator: ",\n")
            return s + "\n     ]}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"planted\": [\n"
        out += planted.map { p in
            "    {\"id\": \(q(p.id)), \"rule\": \(q(p.rule)), \"month\": \(q(p.month)), \"dates\": \(list(p.dates)), "
                + "\"orderIds\": \(list(p.orderIDs)), \"source\": \(p.source.map(q) ?? "null"), \"campaign\": \(p.campaign.map(q) ?? "null")}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"hardNegatives\": [\n"
        out += hardNegatives.map { h in
            "    {\"kind\": \(q(h.kind)), \"month\": \(q(h.month)), \"orderIds\": \(list(h.orderIDs)), \"dates\": \(list(h.dates))}"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }
}
