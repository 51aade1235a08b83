import MonthlyAudit

/// anomalies.csv: one row per anomaly with its evidence and the orders involved.
public struct AnomaliesCSV: ReportRenderer {
    public let fileName = "anomalies.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let language = options.language
        var t = CSVTable(
            header: language.pick(
                chinese: ["严重度", "规则", "规则名称", "日期", "流量来源", "推广计划", "订单数", "订单编号", "证据"],
                english: [
                    "Severity", "Rule", "Rule name", "Dates", "Traffic source", "Campaign", "Orders", "Order numbers",
                    "Evidence",
                ]))
        let wording = AnomalyWording(options: options, trafficPlatform: r.trafficPlatform)
        for a in r.anomalies {
            t.append([
                a.severity.rawValue, a.rule.rawValue, a.rule.name(in: language),
                a.dates.map(\.description).joined(separator: " "),
                a.source ?? "", a.campaign ?? "", a.orderIDs.isEmpty ? "" : String(a.orderIDs.count),
                a.orderIDs.joined(separator: " "), wording.evidence(a),
            ])
        }
        return t.bytes
    }
}
