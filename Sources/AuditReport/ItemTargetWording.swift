import AuditContract
import AuditRecords

/// The words of a per-item target taken whole, in Chinese and English: the line under the target
/// table saying how many of its items met their figure.
enum ItemTargetWording {
    /// `单品月销件数：2 款中 1 款达成，各款封顶 100% 后平均达成率 83.3%`.
    static func line(_ s: ItemTargetSummary, in language: Language) -> String {
        let name = s.metric.name(in: language)
        let share = s.attainment.map { DisplayNumber.percent($0) }
        switch language {
        case .chinese:
            return "\(name)：\(s.items.count) 款中 \(s.met) 款达成"
                + (share.map { "，各款封顶 100% 后平均达成率 \($0)" } ?? "，有商品无法测量（缺少子订单报表）")
        case .english:
            return "\(name): \(s.met) of \(s.items.count) item\(s.items.count == 1 ? "" : "s") met"
                + (share.map { ", mean attainment \($0) with each item capped at 100%" }
                    ?? ", some not measurable (no line-item report)")
        }
    }
}
