import AuditRecords
import MonthlyAudit

/// The wording of the month's warnings (report.md's 提示, audit.json's `warnings`): Chinese here,
/// English in `MonthWarningWording+English.swift`.
enum MonthWarningWording {
    static func sentence(_ warning: MonthWarning, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(warning)
        case .english: return english(warning)
        }
    }

    static func chinese(_ warning: MonthWarning) -> String {
        switch warning {
        case .noStage(let month):
            return "合同里没有覆盖 \(month) 的阶段：本月只计算指标，不对比目标"
        case .exportNotRead(let kind, let platform):
            let name = platform.profile.name.chinese
            let source = platform.profile.exports[kind]?.name.chinese ?? kind.name(in: .chinese)
            return "本月没有\(kind.name(in: .chinese))导出：\(source)（\(name)）没有公开的导出格式，本工具不读取；"
                + kind.feeds.map { $0.name(in: .chinese) }.joined(separator: "、")
                + " 无法从\(name)的导出测量（相关目标不能判定达成与否），其余指标照常"
        case .exportMissing(let kind):
            return "本月缺少\(kind.name(in: .chinese))导出：相关指标无法计算"
        case .exportUnusable(let kind, let files):
            return "本月的\(kind.name(in: .chinese))（\(files.joined(separator: "、"))）无法使用："
                + kind.feeds.map { $0.name(in: .chinese) }.joined(separator: "、") + " 没有数据，请按「数据核对」里的说明补齐后重新审计"
        case .unreadableFiles(let count):
            return "\(count) 个文件无法读取（见「数据核对」）：若其中有本月的报表，相关指标会缺失"
        case .exportFromOtherPlatform(let platform, let contract):
            return "有导出文件来自\(platform.profile.name.chinese)，而合同写的是\(contract.profile.name.chinese)"
        case .contractPlatformAbsent(let contract, let exports):
            return "合同写的平台是\(contract.profile.name.chinese)，但本月的导出来自"
                + exports.map(\.profile.name.chinese).joined(separator: "、") + "：合同目标按全店合计判定，请核对合同的 store.platform"
        case .ordersWithoutTime(let count):
            return "\(count) 个已付款（含付款后退款）的订单没有付款时间（导出里为空）：日期取自订单号前缀（YYMMDD-），"
                + "订单号不含日期时取下单日期；需要具体时刻的规则（短时间内集中下单、间隔秒数）不计这些订单"
        case .noBuyerAccounts(let rule, let platforms):
            return "已跳过规则「\(rule.chineseName)」（\(rule.rawValue)）："
                + platforms.map(\.profile.name.chinese).joined(separator: "、") + "的订单导出没有买家账号，无法识别批量注册的连号账户"
        case .keylessOrders(let field, let orders, let total, let rules):
            let names = rules.map { "「\($0.chineseName)」（\($0.rawValue)）" }.joined(separator: "、")
            let what = field == .address ? "收货地址" : "可用的手机号（含可见尾号的打码手机号）"
            if orders == total { return "已跳过规则\(names)：本月已付款订单都没有\(what)（导出中为空、打码或加密）" }
            let share = DisplayNumber.percent(Double(orders) / Double(total), decimals: 0)
            return "规则\(names)只看到部分订单：\(orders) 个已付款订单（\(share)）没有\(what)（导出中为空、打码或加密），这些订单不参与按此分组的检查"
        case .refundsExportMissing(let platform):
            let name = platform.profile.name.chinese
            let export = platform.profile.exports[.refunds]?.name.chinese ?? ExportKind.refunds.name(in: .chinese)
            return "本月没有\(name)\(export)：\(name)的订单导出没有退款金额，退款额、退款率不含\(name)订单的退款，付款后取消的订单仍计入成交额"
        case .unknownStatuses(let statuses):
            let listed = statuses.map { "「\($0.status.isEmpty ? "（空）" : $0.status)」\($0.count) 个" }.joined(
                separator: "、")
            return "\(statuses.reduce(0) { $0 + $1.count }) 个订单的状态无法识别：\(listed)；有付款时间的按已付款计入，请核对这些状态的含义"
        case .unmappedSources(let platform, let sources):
            return "\(sources.count) 个流量来源不在\(platform.profile.name.chinese)的来源分类表里，未计入免费/付费/自主/其他："
                + sources.map { "\($0.source)（访客 \($0.visitors)）" }.joined(separator: "、")
                + "；请在店铺文件夹的 traffic-sources.csv 里写明它们的类别（见 README）"
        case .rowsOutsideMonth(let count, let month):
            return "\(count) 行数据日期不在 \(month) 内：已读取并列出，但不计入本月指标"
        case .trafficPlatformUnclear(let files, let platforms):
            return "流量导出 " + files.joined(separator: "、") + " 的表头和来源名称都看不出属于"
                + platforms.map { $0.name(in: .chinese) }.joined(separator: "还是") + "：访客只计入全店合计，不计入任何平台的数据"
                + "（按平台的访客类指标为「-」；请分平台导出流量来源）"
        case .adPeriodTotalsOnly(let platform, let from, let to, let rules):
            return "\(platform.name(in: .chinese))的推广报表只有 \(from)～\(to) 的合计行，没有按日的数据：推广花费和 ROI 按合计计算，"
                + "按日的规则" + rules.map { "「\($0.name(in: .chinese))」" }.joined(separator: "、") + "无法运行（请导出按日的报表）"
        case .ordersNotReadBack(let count):
            return "\(count) 个订单的明细（姓名、地址、商品）无法从导出文件重新读取（文件可能在审计期间被改动或删除），证据中缺少这些明细：请保持导出文件不变，重新运行"
        case .identicalDuplicates(let count):
            return "\(count) 个订单在导出中重复出现（内容相同）：只计一次"
        case .rulesSkippedForIncompleteOrders(let rules):
            return "已跳过规则" + rules.map { "「\($0.chineseName)」（\($0.rawValue)）" }.joined(separator: "、")
                + "：本月的订单行不完整（见「结论」的本月状态），逐日比较订单与访客买家只会比出缺口"
        }
    }
}
