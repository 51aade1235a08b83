/// A small chart of one figure month by month: a bar per month, the target of each month as a
/// short line across its bar (targets change between stages), each bar's standing in its colour
/// and its value written above it, so no month is told by colour alone.
struct MonthBarsChart {
    /// The generated id of the chart (`target-3`), never from data.
    var id: String
    var title: String
    var months: [String]
    var values: [Double?]
    var targets: [Double?]
    /// The CSS class of each bar (`own` met, `paid` near, `over` missed, `other` unknown).
    var styles: [String]
    var label: (Double) -> String

    static let width = 330.0
    static let height = 150.0
    static let top = 18.0
    static let bottom = 24.0
    static let left = 8.0

    var svg: String {
        let plot = Self.height - Self.top - Self.bottom
        let top = DailyChart.niceCeiling(
            max(values.compactMap { $0 }.max() ?? 0, targets.compactMap { $0 }.max() ?? 0) * 1.15)
        let band = (Self.width - 2 * Self.left) / Double(max(1, months.count))
        func y(_ v: Double) -> Double { Self.top + plot * (1 - min(v, top) / top) }
        func n(_ v: Double) -> String { DisplayNumber.fixed((v * 10).rounded() / 10, decimals: 1) }
        var s =
            "<svg class=\"chart small\" id=\"\(id)\" role=\"img\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" "
            + "aria-labelledby=\"\(id)-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        s += "<title id=\"\(id)-title\">\(HTMLText.escaped(title))</title>\n"
        let base = Self.top + plot
        for (i, month) in months.enumerated() {
            let x = Self.left + band * Double(i)
            if let v = values[i] {
                s +=
                    "<rect class=\"bar \(styles[i])\" data-month=\"\(month)\" data-value=\"\(n(v))\" x=\"\(n(x + band * 0.2))\" "
                    + "y=\"\(n(y(v)))\" width=\"\(n(band * 0.6))\" height=\"\(n(max(0.5, base - y(v))))\"/>\n"
                s +=
                    "<text x=\"\(n(x + band / 2))\" y=\"\(n(y(v) - 3))\" text-anchor=\"middle\">"
                    + "\(HTMLText.escaped(label(v)))</text>\n"
            }
            if let t = targets[i] {
                s +=
                    "<line class=\"limit\" data-month=\"\(month)\" data-value=\"\(n(t))\" x1=\"\(n(x + band * 0.08))\" "
                    + "x2=\"\(n(x + band * 0.92))\" y1=\"\(n(y(t)))\" y2=\"\(n(y(t)))\"/>\n"
            }
            s += "<text x=\"\(n(x + band / 2))\" y=\"\(n(base + 15))\" text-anchor=\"middle\">\(month)</text>\n"
        }
        s +=
            "<line class=\"axis\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.width - Self.left))\" y1=\"\(n(base))\" "
            + "y2=\"\(n(base))\"/>\n</svg>\n"
        return s
    }
}
