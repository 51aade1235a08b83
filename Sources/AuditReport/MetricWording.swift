import AuditMeasure
import AuditRecords

/// How the reports write a metric's value: counts grouped, money in yuan, shares as percents, ROI as 1:x.
enum MetricWording {
    /// `1,549`, `612.6`, `¥277,176.10`, `3.25%` or `1:2.78`, by the metric's unit.
    static func value(_ v: Double, _ key: MetricKey) -> String {
        switch key.unit {
        case .count: return DisplayNumber.count(Int(v.rounded()))
        case .perDay: return DisplayNumber.fixed(v, decimals: 1)
        case .money: return DisplayNumber.money(yuan: v)
        case .share: return DisplayNumber.percent(v, decimals: 2)
        case .ratio: return DisplayNumber.roi(v)
        }
    }

    /// The metric's name, with the platform whose figure it is when a target names one: `订单数（拼多多）`,
    /// `Paid orders (Pinduoduo)`.
    static func name(_ m: MetricValue, in language: Language) -> String {
        let name = m.key.name(in: language)
        // A per-item figure names its item by the id the contract writes.
        if let item = m.item { return language.pick(chinese: "\(name)（商品 \(item)）", english: "\(name) (item \(item))") }
        guard let platform = m.platform?.name(in: language) else { return name }
        return language.pick(chinese: "\(name)（\(platform)）", english: "\(name) (\(platform))")
    }
}
