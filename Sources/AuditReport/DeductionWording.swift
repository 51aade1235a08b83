import AuditContract
import AuditRecords

/// The words of a month's deduction: which clause took it and how it was counted, in Chinese and
/// English (the English beside the Chinese: each is one line).
enum DeductionWording {
    /// The note beside the deduction in the fee table: the clause applied, and the one set aside
    /// when the contract writes two (the larger applies, never both).
    static func note(_ s: Settlement, in language: Language) -> String {
        let overall = s.overallAttainment.map { DisplayNumber.percent($0) } ?? "-"
        guard let applied = s.deductions.first else {
            return language.pick(
                chinese: "按综合达成率 \(overall) 的缺口比例扣减",
                english: "in proportion to the gap in overall attainment (\(overall))")
        }
        var note = basis(applied.basis, overall: overall, in: language)
        for other in s.deductions.dropFirst() {
            let amount = DisplayNumber.money(other.amount)
            let said = basis(other.basis, overall: overall, in: language)
            note += language.pick(
                chinese: "（另一条款「\(said)」应扣 \(amount)，取较大者，不重复扣）",
                english: " (the other clause, “\(said)”, would take \(amount): the larger applies, never both)")
        }
        return note
    }

    /// How one clause counts: `按综合达成率 76.0% 的缺口比例扣减`, `差 2 个百分点，每点扣 1%`,
    /// `综合达成率 76.0% 低于 80%，扣 20%`.
    static func basis(_ basis: Settlement.DeductionBasis, overall: String, in language: Language) -> String {
        switch basis {
        case .proportional:
            return language.pick(
                chinese: "按综合达成率 \(overall) 的缺口比例扣减",
                english: "in proportion to the gap in overall attainment (\(overall))")
        case .perPoint(let points, let rate):
            let each = DisplayNumber.percent(rate, decimals: rate * 1000 == (rate * 1000).rounded() ? 1 : 2)
            return language.pick(
                chinese: "综合达成率 \(overall)，差 \(points) 个百分点（不足 1 点不计），每点扣基础费的 \(each)",
                english:
                    "overall attainment \(overall): \(points) whole point\(points == 1 ? "" : "s") short (a part of a point does not count), \(each) of the base fee per point"
            )
        case .trial(let payShare):
            let pay = DisplayNumber.percent(payShare, decimals: 0)
            return language.pick(
                chinese: "试运营期有目标未达成，按约定只付基础服务费的 \(pay)",
                english: "a target of the trial stage missed: \(pay) of the base fee is paid, as agreed")
        case .flat(let below, let share):
            let line = DisplayNumber.percent(below, decimals: 0)
            let taken = DisplayNumber.percent(share, decimals: 0)
            return language.pick(
                chinese: "综合达成率 \(overall) 低于 \(line)，按约定扣基础费的 \(taken)",
                english: "overall attainment \(overall) is below \(line): \(taken) of the base fee, as agreed")
        }
    }
}
