import MonthlyAudit

/// anomalies.csv: one row per anomaly with its evidence and the orders involved.
public struct AnomaliesCSV: ReportRenderer {
    public let fileName = "anomalies.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        var t = CSVTable(header: ["严重度", "规则", "规则名称", "日期", "流量来源", "推广计划", "订单数", "订单编号", "证据"])
        let wording = AnomalyWording(masker: options.masker, trafficPlatform: r.trafficPlatform)
        for a in r.anomalies {
            t.append([
                a.severity.rawValue, a.rule.rawValue, a.rule.chineseName,
                a.dates.map(\.description).joined(separator: " "),
                a.source ?? "", a.campaign ?? "", a.orderIDs.isEmpty ? "" : String(a.orderIDs.count),
                a.orderIDs.joined(separator: " "), wording.chinese(a),
            ])
        }
        return t.bytes
    }
}
