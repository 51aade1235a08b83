import AuditRecords

/// A claimed figure as people write it on a slide, in its metric's unit: `¥270,000`, `27万`,
/// `27.4万元`, `1,750单`, `58%`, `0.58`, `1:4.2`, `4.2`, full-width digits and signs too.
///
/// Amounts and counts take ¥/￥, thousands separators, 万/亿/千 (or w, k) and a unit word
/// (元, 单, 件, 人, UV…); shares take a percent sign or a fraction up to 1; an ROI takes `1:x` or `x`.
/// The digits themselves go through the export readers' `NumberCell.scanDecimal`, so a claim
/// obeys the same rules about commas as a cell of an export.
enum ClaimValue {
    enum Failure: Error, Equatable {
        case empty
        case notANumber
        /// A bare number above 1 for a share.
        case shareWithoutPercent
    }

    static func parse(_ raw: String, unit: MetricUnit) -> Result<Double, Failure> {
        var s = ClaimText.halfWidth(raw).filter { !$0.isWhitespace }
        guard !s.isEmpty else { return .failure(.empty) }
        if unit == .ratio, s.hasPrefix("1:") { s.removeFirst(2) }
        s = withoutUnitWord(s)
        var multiplier = 1.0
        if let last = s.last, let m = multipliers[last] {
            guard unit == .money || unit == .count || unit == .perDay else { return .failure(.notANumber) }
            multiplier = m
            s.removeLast()
            s = withoutUnitWord(s)
        }
        let scan = Array(s.utf8).withUnsafeBufferPointer { NumberCell.scanDecimal($0) }
        guard case .number(let mantissa, let scale, let percent) = scan, mantissa >= 0 else {
            return .failure(.notANumber)
        }
        // Multiplied before dividing, so 29.1万 is exactly 291,000.
        var v = Double(mantissa) * multiplier
        for _ in 0..<scale { v /= 10 }
        switch unit {
        case .share:
            if percent { return .success(v / 100) }
            return v <= 1 ? .success(v) : .failure(.shareWithoutPercent)
        case .ratio, .money, .count, .perDay:
            return percent ? .failure(.notANumber) : .success(v)
        }
    }

    private static let multipliers: [Character: Double] = [
        "万": 1e4, "w": 1e4, "W": 1e4, "亿": 1e8, "千": 1e3, "k": 1e3, "K": 1e3,
    ]

    /// Units written after the figure, which say nothing the metric does not.
    private static let unitWords = ["元", "块", "单", "件", "笔", "人次", "人", "个", "次", "uv", "UV", "/天", "/日", "每天", "倍"]

    private static func withoutUnitWord(_ s: String) -> String {
        var s = s
        var changed = true
        while changed {
            changed = false
            for w in unitWords where s.count > w.count && s.hasSuffix(w) {
                s.removeLast(w.count)
                changed = true
            }
        }
        return s
    }
}
