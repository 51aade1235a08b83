import AuditRecords

/// One short line per finding that names an order, for the per-order list (suspicious-orders.csv
/// and audit.json's `suspiciousOrders`): what ties this order to the others, in the way a fraud
/// screen lists its indicators ("shares an address with 7 orders in 3 hours"). The full evidence
/// with its thresholds stays in the anomaly's own sentence.
extension AnomalyWording {
    /// The finding's indicator for `order` (nil when the order was not read back), prefixed with
    /// the rule and severity; a rule without a short line gives its full sentence.
    public func indicator(_ a: Anomaly, order: Order?) -> String {
        let f = FactReader(facts: a.facts, wording: self)
        switch language {
        case .chinese:
            let line = shortLine(a, f, order: order) ?? chinese(a)
            return "【\(a.rule.chineseName)·\(a.severity.name(in: .chinese))】\(line)"
        case .english:
            let line = englishShortLine(a, f, order: order) ?? english(a)
            return "[\(a.rule.englishName) · \(a.severity.name(in: .english))] \(line)"
        }
    }

    private func shortLine(_ a: Anomaly, _ f: FactReader, order: Order?) -> String? {
        guard let n = f.count(.orders) else { return nil }
        let span = f.timeRange(.timeRange).map { "，\(Self.span($0.last.seconds - $0.first.seconds))内" } ?? ""
        let receivers = f.count(.distinctReceivers).map { "、\($0) 个收货人" } ?? ""
        switch a.rule {
        case .sameAddressCluster:
            return "同一收货地址共 \(n) 单\(receivers)\(span)"
        case .samePhoneCluster:
            let phone = f.personal(.phone) ?? f.personal(.maskedPhone) ?? ""
            let addresses = f.count(.distinctAddresses).map { "、\($0) 个地址" } ?? ""
            return "同一手机号 \(phone) 共 \(n) 单\(receivers)\(addresses)\(span)"
        case .sequentialAccounts:
            guard let first = f.personal(.firstAccount), let last = f.personal(.lastAccount) else { return nil }
            return "账号连号：\(n) 个账号 \(first) … \(last)\(span)"
        case .shippedWithoutLogistics:
            guard let status = f.text(.status) else { return nil }
            return "状态“\(status)”却没有物流单号，同批 \(n) 单\(span)"
        case .waybillBatch:
            guard let first = f.text(.firstWaybill), let last = f.text(.lastWaybill), let carrier = f.text(.carrier)
            else { return nil }
            let own = order.map { "运单号 \($0.logisticsNumber) 是 " } ?? ""
            let month = f.count(.carrierMonthOrders).map { "，本月该物流共 \($0) 单" } ?? ""
            return "\(own)\(n) 个相邻运单号之一（\(first)–\(last)，\(Self.chineseCarrier(carrier))\(month)）\(span)"
        case .linkedOrders:
            let keys = [
                f.count(.sharedAddresses).flatMap { $0 > 0 ? "\($0) 个地址" : nil },
                f.count(.sharedPhones).flatMap { $0 > 0 ? "\($0) 个手机号" : nil },
                f.count(.sharedAccounts).flatMap { $0 > 0 ? "\($0) 个账号" : nil },
                f.count(.sharedAccountStems).flatMap { $0 > 0 ? "\($0) 个账号号段" : nil },
            ].compactMap { $0 }
            return "与另外 \(n - 1) 单经共用的 \(keys.joined(separator: "、")) 串成一团\(receivers)\(span)"
        case .searchBrushing:
            guard let ratio = f.ratio(.visitorRatio) else { return nil }
            return "当天手淘搜索访客是同类日中位数的 \(DisplayNumber.fixed(ratio, decimals: 1)) 倍，同日 \(n) 单疑似刷单"
        default:
            return nil
        }
    }

    /// 95 分钟 → "1.6 小时"; under an hour in minutes, from two days on in days.
    static func span(_ seconds: Int) -> String {
        if seconds < 3600 { return "\(max(1, seconds / 60)) 分钟" }
        if seconds < 48 * 3600 { return "\(DisplayNumber.fixed(Double(seconds) / 3600, decimals: 1)) 小时" }
        return "\(DisplayNumber.fixed(Double(seconds) / 86400, decimals: 1)) 天"
    }
}
