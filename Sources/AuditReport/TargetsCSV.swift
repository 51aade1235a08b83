import AuditRecords
import MonthlyAudit

/// targets.csv: the target-comparison table for Excel.
public struct TargetsCSV: ReportRenderer {
    public let fileName = "targets.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let language = options.language
        var t = CSVTable(
            header: language.pick(
                chinese: ["月份", "阶段", "指标", "目标项", "目标值", "实际值", "剔除疑似刷单后", "达成率", "是否达成", "差异原因", "改进措施"],
                english: [
                    "Month", "Stage", "Metric", "Target", "Target value", "Actual", "Excluding suspected fake orders",
                    "Attainment", "Met", "Reason for the gap", "Corrective action",
                ]))
        for f in r.findings {
            let m = f.metric
            t.append([
                r.month.description, r.stage?.name ?? "", m.key.rawValue, MetricWording.name(m, in: language),
                m.target.map { MetricWording.value($0, m.key) } ?? "",
                m.actual.map { MetricWording.value($0, m.key) } ?? "",
                m.actualExcludingSuspicious.map { MetricWording.value($0, m.key) } ?? "",
                m.attainment.map { DisplayNumber.percent($0) } ?? "",
                m.isMet.map {
                    $0 ? language.pick(chinese: "是", english: "yes") : language.pick(chinese: "否", english: "no")
                }
                    ?? "",
                TargetFindingWording.reason(f, platform: r.platform, in: language),
                TargetFindingWording.action(f, platform: r.platform, in: language),
            ])
        }
        return t.bytes
    }
}
