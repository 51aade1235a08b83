import AuditRecords
import MonthlyAudit

/// suspicious-orders.csv: every order a finding names, once, most risky first, with the
/// indicators that raised it — the list a merchant hands to the agency and to the platform.
///
/// Buyers, receivers, phones and addresses are masked like every report (unless revealed); each
/// indicator is one short line per finding (`AnomalyWording.indicator`); the finding's full
/// evidence, with its thresholds, is in anomalies.csv and report.md.
public struct SuspiciousOrdersCSV: ReportRenderer {
    public let fileName = "suspicious-orders.csv"
    public init() {}

    public func render(_ r: MonthAuditResult, options: ReportOptions) -> [UInt8] {
        let language = options.language
        var t = CSVTable(
            header: language.pick(
                chinese: [
                    "订单编号", "风险等级", "多条规则印证", "付款时间", "实付金额", "商品", "买家", "收货人", "手机", "收货地址", "物流公司", "运单号",
                    "规则", "依据",
                ],
                english: [
                    "Order number", "Risk level", "Corroborated by several rules", "Paid at", "Paid amount", "Item",
                    "Buyer", "Receiver", "Phone", "Delivery address", "Carrier", "Waybill number", "Rules", "Grounds",
                ]))
        let wording = AnomalyWording(options: options, trafficPlatform: r.trafficPlatform)
        for risk in r.orderRisks {
            let o = risk.order
            let findings = risk.findings.map { r.anomalies[$0] }
            let indicators = findings.map { wording.indicator($0, order: o) }
            let cells: [String] = [
                risk.orderID, risk.level.name(in: language),
                risk.corroborated ? language.pick(chinese: "是", english: "yes") : "",
                o?.paidAt?.description ?? "", o.map { DisplayNumber.money($0.paidAmount) } ?? "", o?.itemTitle ?? "",
                o.map { options.masker.account($0.buyer) } ?? "", o.map { options.masker.name($0.receiverName) } ?? "",
                o.map { options.masker.phone($0.phone) } ?? "", o.map { options.masker.address($0.address) } ?? "",
                o?.carrier ?? "", o?.logisticsNumber ?? "",
                risk.rules(in: r.anomalies).map { $0.name(in: language) }.joined(separator: language.listSeparator),
            ]
            // One indicator per line: the line breaks are ours, whatever a title inside holds.
            t.append(lines: cells.map { [$0] } + [indicators])
        }
        return t.bytes
    }
}
