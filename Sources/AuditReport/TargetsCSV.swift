import AuditRecords
import MonthlyAudit

/// targets.csv: the target-comparison table for Excel.
public struct TargetsCSV: ReportRenderer {
    public let fileName = "targets.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        var t = CSVTable(header: ["月份", "阶段", "指标", "目标项", "目标值", "实际值", "剔除疑似刷单后", "达成率", "是否达成", "差异原因", "改进措施"])
        for f in r.findings {
            let m = f.metric
            t.append([
                r.month.description, r.stage?.name ?? "", m.key.rawValue, MetricWording.name(m),
                m.target.map { MetricWording.value($0, m.key) } ?? "",
                m.actual.map { MetricWording.value($0, m.key) } ?? "",
                m.actualExcludingSuspicious.map { MetricWording.value($0, m.key) } ?? "",
                m.attainment.map { DisplayNumber.percent($0) } ?? "",
                m.isMet.map { $0 ? "是" : "否" } ?? "",
                TargetFindingWording.reason(f, platform: r.platform),
                TargetFindingWording.action(f, platform: r.platform),
            ])
        }
        return t.bytes
    }
}
