import AuditDetect
import AuditImport
import AuditMeasure
import AuditRecords

/// What a platform's exports cannot tell, said in the report instead of passed over in silence:
/// a traffic export nobody has documented, rules that need columns the platform does not write,
/// orders without a time of day, statuses the status table does not know.
enum PlatformLimits {
    /// The warning for a missing export the platform is not known to offer in a readable form;
    /// nil when the usual "export missing" warning applies.
    static func missingExportReason(_ kind: ExportKind, platform: Platform) -> String? {
        switch (kind, platform) {
        case (.traffic, .pinduoduo):
            return "拼多多的流量数据（商家后台 数据中心）没有公开的导出格式，本工具不读取："
                + kind.feeds.map(\.displayName).joined(separator: "、") + " 无法从拼多多的导出测量（自然流量占比等流量目标不能判定达成与否）"
        case (.traffic, .douyin):
            return "本月没有流量导出：抖店（电商罗盘 流量来源）的导出格式没有公开资料，暂不读取；访客数、自然流量占比、转化率无法计算，其余指标照常"
        default:
            return nil
        }
    }

    /// The month's notes on data the platform's exports lack or the table does not know.
    static func warnings(data: MonthData, inputs: [ImportedExport], platform: Platform) -> [String] {
        var warnings: [String] = []
        let timeUnknown = data.paidOrders.reduce(0) { $0 + ($1.timeUnknown ? 1 : 0) }
        if timeUnknown > 0 {
            warnings.append(
                "\(timeUnknown) 个已付款订单没有成交时间（订单成交时间为空）：日期取自订单号前缀（YYMMDD-），"
                    + "需要具体时刻的规则（短时间内集中下单、间隔秒数）不计这些订单")
        }
        let orderInputs = inputs.filter { $0.kind == .orders }
        if !orderInputs.isEmpty, !orderInputs.contains(where: \.hasBuyerAccounts) {
            let platforms = Set(orderInputs.map(\.platform)).sorted { $0.rawValue < $1.rawValue }
            warnings.append(
                "已跳过规则「\(RuleID.sequentialAccounts.chineseName)」（\(RuleID.sequentialAccounts.rawValue)）："
                    + platforms.map(\.displayName).joined(separator: "、") + "的订单导出没有买家账号，无法识别批量注册的连号账户")
        }
        warnings += keyless(data.paidOrders)
        if orderInputs.contains(where: { $0.platform == .jd }), !inputs.contains(where: { $0.kind == .refunds }) {
            warnings.append(
                "本月没有京东售后明细：京东的订单导出没有退款金额，退款额、退款率不含京东订单的退款，付款后取消的订单仍计入成交额")
        }
        var unknown: [String: Int] = [:]
        for input in inputs { unknown.merge(input.unknownStatuses, uniquingKeysWith: +) }
        if !unknown.isEmpty {
            let listed = unknown.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "「\($0.key)」\($0.value) 个" }.joined(separator: "、")
            warnings.append(
                "\(unknown.values.reduce(0, +)) 个订单的状态无法识别：\(listed)；有付款时间的按已付款计入，请核对这些状态的含义")
        }
        return warnings
    }

    /// Rules that group on addresses or phones see only the orders that have one: an export that
    /// leaves them empty, masks them (`****`) or encrypts them (`##密文`) — 京东's and 抖店's
    /// encrypted exports, 拼多多's masked provinces — leaves those rules with little or nothing.
    /// Said when at least half of the month's paid orders (and at least 10) lack one.
    static func keyless(_ paid: [OrderRecord]) -> [String] {
        guard paid.count >= 10 else { return [] }
        var lines: [String] = []
        let checks: [(count: Int, what: String, rules: [RuleID])] = [
            (paid.count { $0.addressKey == 0 }, "收货地址", [.sameAddressCluster, .linkedOrders]),
            (paid.count { $0.phoneKey == 0 }, "可用的手机号（含可见尾号的打码手机号）", [.samePhoneCluster]),
        ]
        for check in checks where 2 * check.count >= paid.count {
            let names = check.rules.map { "「\($0.chineseName)」（\($0.rawValue)）" }.joined(separator: "、")
            let share = DisplayNumber.percent(Double(check.count) / Double(paid.count), decimals: 0)
            lines.append(
                check.count == paid.count
                    ? "已跳过规则\(names)：本月已付款订单都没有\(check.what)（导出中为空、打码或加密）"
                    : "规则\(names)只看到部分订单：\(check.count) 个已付款订单（\(share)）没有\(check.what)（导出中为空、打码或加密），这些订单不参与按此分组的检查")
        }
        return lines
    }
}
