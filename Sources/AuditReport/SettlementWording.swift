import AuditContract
import AuditMeasure
import AuditRecords

/// The wording of why a month's fee is not settled, each with what to do about it: Chinese here,
/// English in `SettlementWording+English.swift`.
enum SettlementWording {
    /// The reason, as one clause (the report adds the full stop).
    static func sentence(
        _ reason: Settlement.WithholdingReason, platform: Platform = .taobao, in language: Language
    ) -> String {
        switch language {
        case .chinese: return chinese(reason, platform: platform)
        case .english: return english(reason, platform: platform)
        }
    }

    /// What is missing from or wrong with the exports, and what to do about it.
    static func sentence(_ gap: DataGap, proRata: Bool = false, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(gap, proRata: proRata)
        case .english: return english(gap, proRata: proRata)
        }
    }

    /// The export of the targets' figures that the platform does not hand out in a readable form,
    /// when every one of the targets depends on it.
    static func unreadExport(for metrics: [MetricKey], on platform: Platform) -> ExportKind? {
        ExportKind.allCases.first { kind in
            !kind.feeds.isEmpty && !(platform.profile.exports[kind]?.isRead ?? true)
                && metrics.allSatisfy(kind.feeds.contains)
        }
    }

    static func chinese(_ reason: Settlement.WithholdingReason, platform: Platform) -> String {
        switch reason {
        case .unmeasuredTargets(let metrics):
            let names = metrics.map { "「\($0.name(in: .chinese))」" }.joined(separator: "、")
            if let kind = unreadExport(for: metrics, on: platform),
                let limit = PlatformExportWording.unmeasurable(kind, platform, in: .chinese)
            {
                return "目标\(names)\(limit)：请在合同里改用可测量的目标，或与托管方约定核对方式后再结算"
            }
            return "目标\(names)没有可用的数据（所需的导出缺失或无法读取）：补齐导出、重新审计后再结算"
        case .noUsableExport:
            return "本月没有一份可用的导出，无法计算指标，也无法结算"
        case .commissionWithoutSales:
            return "合同按销售额计提成，本月却没有订单报表，销售额和提成无法计算：补齐订单导出、重新审计后再结算"
        case .incompleteData(let gap):
            return chinese(gap, proRata: false)
        case .unusableManualFigures(let file, let lines):
            let listed = lines.map { "第 \($0) 行" }.joined(separator: "、")
            return "\(file) 的 \(listed)无法使用（见「服务条款」）：这些数字关系到服务费扣减，请改正后重新审计再结算"
        case .baselineMonth(let first):
            return "本月在合同开始（\(first)）之前，是增长目标的基准月：只计指标，不结算、不判达成，也不计入解约条款"
        case .baselineMissing(let metrics, let months):
            let names = metrics.map { "「\($0.name(in: .chinese))」" }.joined(separator: "、")
            let listed = months.map(\.description).joined(separator: "、")
            return "增长目标\(names)的基准月 \(listed) 没有可用的数据（基准月的导出缺失、不完整或不含该指标，见基准月的报告），目标值无法计算："
                + "请把基准月的导出放进 exports/\(months.first?.description ?? "")/，或在合同里写明基准数字（baseline），再重新审计"
        }
    }

    static func chinese(_ gap: DataGap, proRata: Bool) -> String {
        switch gap {
        case .rejectedOrderRows(let rejected, let paidRows, let rows):
            let listed = rows.map(\.description).joined(separator: "、") + (rejected > rows.count ? " 等" : "")
            if rejected == paidRows {
                return "订单报表里可能是已付款订单的 \(rejected) 行全部被拒绝读取（如 \(listed)），本月没有可计的订单："
                    + "原因见 rejects.csv；请从后台重新导出订单报表后重新审计"
            }
            let share = DisplayNumber.percent(Double(rejected) / Double(paidRows))
            return "订单报表里有 \(rejected) 行可能是已付款订单却被拒绝读取（占 \(paidRows) 行的 \(share)，"
                + "超过可容忍的 \(DisplayNumber.percent(MonthCompleteness.rejectedShareTolerated, decimals: 0))），"
                + "如 \(listed)：这些订单不在指标里；原因见 rejects.csv，请重新导出或改正后重新审计"
        case .unreadableExports(let kind, let files):
            let names = files.joined(separator: "、")
            guard let kind else {
                return "文件 \(names) 无法读取（原因见「数据核对」），其中可能有本月的订单或其他报表：本月的数据可能不完整；"
                    + "请换一份完好的导出，或确认它不是本月的报表后移出本月文件夹，再重新审计"
            }
            return "本月的\(kind.name(in: .chinese)) \(names) 无法使用（原因见「数据核对」），读到的只是本月\(kind.name(in: .chinese))的一部分："
                + "请补上完好的导出后重新审计"
        case .otherMonthsExport(let file, let kind, let months, let rows):
            let named = months.map(\.description).joined(separator: "、")
            return "\(file) 是 \(named) 的\(kind.name(in: .chinese))（\(rows) 行都在 \(named)），不是本月的：未计入；"
                + "请把本月的\(kind.name(in: .chinese))放进本月文件夹"
        case .partialMonth(let kind, let first, let last, let days):
            let covered = gap.coveredDays ?? 0
            let range = "\(first) 至 \(last)（\(covered)/\(days) 天）"
            if proRata {
                return "本月的\(kind.name(in: .chinese))只覆盖 \(range)：合同约定按天折算，相关目标按 \(covered)/\(days) 折算后判定"
            }
            return "本月的\(kind.name(in: .chinese))只覆盖 \(range)，其余日期的数据缺失（不是没有成交或访客）："
                + "请导出整月后重新审计（合同若约定按天折算，写 settlement.proRataPartialMonth）"
        case .conflictingCopies(let kind, let records, let files):
            let what: String
            switch kind {
            case .orders: what = "\(records) 个订单在 \(files.joined(separator: "、")) 里都有，但金额、状态或付款时间不一致"
            case .traffic:
                what = "\(records) 行流量（同一天、同一来源）在 \(files.joined(separator: "、")) 里都有，但访客数、支付买家数或支付金额不一致"
            case .refunds:
                what = "\(records) 个服务单在 \(files.joined(separator: "、")) 里都有，但退款金额或订单号不一致"
            case .shopOverview:
                what = "\(records) 天的店铺数据概览在 \(files.joined(separator: "、")) 里都有，但数字不一致（这些天不计入「看市场」）"
            default:
                what =
                    "\(records) 行\(kind.name(in: .chinese))（同一天、同一计划）在 \(files.joined(separator: "、")) 里都有，但花费或成交金额不一致"
            }
            if kind == .shopOverview { return what + "（见「异常与证据」）：请删掉被改过或过期的那一份后重新审计" }
            return what + "（见「异常与证据」）：无法判断哪一份是真的，暂按先读到的一份计入；请删掉被改过或过期的那一份后重新审计"
        }
    }
}
