import AuditRecords
import PeriodAudit

/// portfolio.csv: one row per store and month, the stores in review order (a termination ground
/// first, then high-severity findings, then the lowest attainment), then the stores that could
/// not be audited, each with its error. UTF-8 with BOM and CRLF, like the month's CSVs.
public struct PortfolioCSV: PortfolioRenderer {
    public let fileName = "portfolio.csv"
    public init() {}

    public func render(_ p: Portfolio, options: ReportOptions) -> [UInt8] {
        let lang = options.language
        let zh = lang == .chinese
        var t = CSVTable(
            header: zh
                ? [
                    "店铺文件夹", "店铺", "平台", "月份", "状态", "综合达成率", "达成目标", "应付托管费", "未达标扣减", "异常·高", "异常·中", "异常·低",
                    "本月满足解约条件", "结论", "错误",
                ]
                : [
                    "Store folder", "Store", "Platforms", "Month", "Status", "Overall attainment", "Targets met",
                    "Payable fee", "Deduction", "High findings", "Medium findings", "Low findings",
                    "Termination ground this month", "Verdict", "Error",
                ])
        for r in p.rows {
            t.append([
                r.folder, r.storeName,
                r.platforms.map { PeriodWording.platform($0, lang) }.joined(separator: zh ? "、" : ", "),
                r.month.description, PeriodWording.status(r.status, lang),
                r.overallAttainment.map { DisplayNumber.percent($0) } ?? "", "\(r.targetsMet)/\(r.targets)",
                r.payable.map(DisplayNumber.money) ?? "", DisplayNumber.money(r.deduction), "\(r.anomalies.high)",
                "\(r.anomalies.medium)", "\(r.anomalies.low)", r.mayTerminate ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
                VerdictWording.summary(
                    kind: r.verdict.kind, clause: r.verdict.clause, deadline: r.verdict.deadline, lang),
                "",
            ])
        }
        for f in p.failures {
            t.append(
                [f.folder, "", "", "", zh ? "未完成审计" : "not audited"] + Array(repeating: "", count: 9)
                    + [PortfolioWording.failure(f.reason, lang)])
        }
        return t.bytes
    }
}
