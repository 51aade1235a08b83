import AuditRecords

extension AnomalyWording {
    /// The English indicator line for `order`, or nil for a rule without a short line.
    func englishShortLine(_ a: Anomaly, _ f: FactReader, order: Order?) -> String? {
        guard let n = f.count(.orders) else { return nil }
        let span =
            f.timeRange(.timeRange).map { ", within \(Self.englishIndicatorSpan($0.last.seconds - $0.first.seconds))" }
            ?? ""
        let receivers = f.count(.distinctReceivers).map { ", \(English.count($0, "receiver", "receivers"))" } ?? ""
        switch a.rule {
        case .sameAddressCluster:
            return "\(n) orders to one delivery address\(receivers)\(span)"
        case .samePhoneCluster:
            let phone = f.personal(.phone) ?? f.personal(.maskedPhone) ?? ""
            let addresses =
                f.count(.distinctAddresses).map { ", \(English.count($0, "address", "addresses"))" } ?? ""
            return "\(n) orders from one phone \(phone)\(receivers)\(addresses)\(span)"
        case .sequentialAccounts:
            guard let first = f.personal(.firstAccount), let last = f.personal(.lastAccount) else { return nil }
            return "consecutive accounts: \(n) accounts \(first) … \(last)\(span)"
        case .shippedWithoutLogistics:
            guard let status = f.text(.status) else { return nil }
            return "status “\(status)” without a tracking number, \(n) orders in the batch\(span)"
        case .waybillBatch:
            guard let first = f.text(.firstWaybill), let last = f.text(.lastWaybill), let carrier = f.text(.carrier)
            else { return nil }
            let month = f.count(.carrierMonthOrders).map { ", \($0) orders with this carrier this month" } ?? ""
            let batch =
                "one of \(n) consecutive waybill numbers (\(first)–\(last), \(carrier.isEmpty ? "carrier not given" : carrier)\(month))"
            return (order.map { "waybill \($0.logisticsNumber) is " } ?? "") + batch + span
        case .linkedOrders:
            let keys = [
                f.count(.sharedAddresses).flatMap { $0 > 0 ? English.count($0, "address", "addresses") : nil },
                f.count(.sharedPhones).flatMap { $0 > 0 ? English.count($0, "phone", "phones") : nil },
                f.count(.sharedAccounts).flatMap { $0 > 0 ? English.count($0, "account", "accounts") : nil },
                f.count(.sharedAccountStems).flatMap {
                    $0 > 0 ? English.count($0, "account stem", "account stems") : nil
                },
            ].compactMap { $0 }
            return "linked with \(English.count(n - 1, "other order", "other orders")) through the "
                + keys.joined(separator: ", ") + " they share" + receivers + span
        case .searchBrushing:
            guard let ratio = f.ratio(.visitorRatio) else { return nil }
            return "mobile Taobao search visitors that day were \(DisplayNumber.fixed(ratio, decimals: 1)) times the "
                + "median of like days, with \(n) suspected fake orders the same day"
        default:
            return nil
        }
    }

    /// 95 minutes → "1.6 hours"; under an hour in minutes, from two days on in days.
    static func englishIndicatorSpan(_ seconds: Int) -> String {
        if seconds < 3600 { return English.count(max(1, seconds / 60), "minute", "minutes") }
        if seconds < 48 * 3600 { return "\(DisplayNumber.fixed(Double(seconds) / 3600, decimals: 1)) hours" }
        return "\(DisplayNumber.fixed(Double(seconds) / 86400, decimals: 1)) days"
    }
}
