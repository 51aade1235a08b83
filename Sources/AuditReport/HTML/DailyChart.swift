import AuditRecords

/// A chart of the month day by day, drawn as inline SVG: stacked bars, or a line with points, with
/// a reference line (the contract's limit or red line), shaded runs of days and marked days that
/// link to their findings.
///
/// Every mark carries `data-day` (and lines `data-value`), so a test can read the drawing back as
/// figures: one bar or point per day, the line at the contract's value, the shaded days.
struct DailyChart {
    /// One layer of bars (stacked bottom up in the order given) or the line.
    struct Series {
        var name: String
        /// The CSS class that colours it (`free`, `paid`, `fake`…).
        var style: String
        /// One value per day; nil draws nothing that day (a line skips it).
        var values: [Double?]
    }

    /// A day marked above the plot, linking to the finding about it.
    struct Mark {
        var dayIndex: Int
        /// The generated id of the finding's entry (`anomaly-3`).
        var target: String
        var label: String
    }

    /// The generated id prefix of this chart's elements (`visitors`), never from data.
    var id: String
    var title: String
    var description: String
    var days: [CalendarDay]
    /// The y axis's unit, written above it (人, 元, 单, ROI).
    var unit: String
    var bars: [Series] = []
    var line: Series?
    var reference: (value: Double, label: String)?
    /// Runs of days shaded behind the plot (inclusive day indices).
    var shaded: [ClosedRange<Int>] = []
    var marks: [Mark] = []
    var format: (Double) -> String

    static let width = 720.0
    static let height = 260.0
    static let left = 62.0
    static let right = 14.0
    static let top = 30.0
    static let bottom = 34.0

    var plotWidth: Double { Self.width - Self.left - Self.right }
    var plotHeight: Double { Self.height - Self.top - Self.bottom }
    var band: Double { plotWidth / Double(max(1, days.count)) }

    /// The largest value drawn, rounded up to a readable axis end.
    var axisMax: Double {
        var top = 0.0
        for i in days.indices {
            top = max(top, bars.reduce(0) { $0 + max(0, $1.values[i] ?? 0) })
            if let v = line?.values[i] { top = max(top, v) }
        }
        if let r = reference?.value { top = max(top, r) }
        // Four steps of a readable size (0, 1, 2, 3, 4 rather than 0, 1.3, 2.5…).
        return Self.niceCeiling(top * 1.05 / 4) * 4
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at or above `x`.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        var p = 1.0
        while p * 10 <= x { p *= 10 }
        while p > x { p /= 10 }
        for m in [1.0, 2, 2.5, 5, 10] where m * p >= x { return m * p }
        return 10 * p
    }

    func x(_ i: Int) -> Double { Self.left + band * Double(i) }
    func y(_ v: Double) -> Double { Self.top + plotHeight * (1 - v / axisMax) }

    var svg: String {
        let top = axisMax
        var s =
            "<svg class=\"chart\" id=\"\(id)-chart\" role=\"img\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        s += "<title id=\"\(id)-title\">\(HTMLText.escaped(title))</title>\n"
        s += "<desc id=\"\(id)-desc\">\(HTMLText.escaped(description))</desc>\n"
        if bars.contains(where: { $0.style == "fake" }) {
            s +=
                "<defs><pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fbe3d1\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#D55E00\" stroke-width=\"3\"/></pattern></defs>\n"
        }
        for run in shaded {
            s +=
                "<rect class=\"breach\" data-from=\"\(days[run.lowerBound])\" data-to=\"\(days[run.upperBound])\" "
                + "x=\"\(n(x(run.lowerBound)))\" y=\"\(n(Self.top))\" width=\"\(n(band * Double(run.count)))\" "
                + "height=\"\(n(plotHeight))\"/>\n"
        }
        // Grid and y axis: five steps, labelled in the chart's unit.
        for k in 0...4 {
            let v = top * Double(k) / 4
            let yy = y(v)
            s +=
                "<line class=\"grid\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.width - Self.right))\" y1=\"\(n(yy))\" "
                + "y2=\"\(n(yy))\"/>\n"
            s +=
                "<text x=\"\(n(Self.left - 6))\" y=\"\(n(yy + 4))\" text-anchor=\"end\">\(HTMLText.escaped(format(v)))</text>\n"
        }
        s +=
            "<text x=\"\(n(Self.left - 6))\" y=\"\(n(Self.top - 12))\" text-anchor=\"end\">"
            + "\(HTMLText.escaped(unit))</text>\n"
        for series in bars {
            s += "<g class=\"\(series.style)\" data-series=\"\(HTMLText.escaped(series.name))\">\n"
            for i in days.indices {
                guard let v = series.values[i], v > 0 else { continue }
                let below = bars.prefix { $0.style != series.style }.reduce(0) { $0 + max(0, $1.values[i] ?? 0) }
                let y0 = y(below)
                let y1 = y(below + v)
                s +=
                    "<rect class=\"bar \(series.style)\" data-day=\"\(days[i])\" data-value=\"\(n(v))\" "
                    + "x=\"\(n(x(i) + band * 0.12))\" y=\"\(n(y1))\" width=\"\(n(band * 0.76))\" "
                    + "height=\"\(n(max(0.5, y0 - y1)))\"/>\n"
            }
            s += "</g>\n"
        }
        if let line {
            var path = ""
            var pen = false
            for i in days.indices {
                guard let v = line.values[i] else {
                    pen = false
                    continue
                }
                path += (pen ? " L" : "M") + "\(n(x(i) + band / 2)) \(n(y(v)))"
                pen = true
            }
            s += "<path class=\"\(line.style)\" d=\"\(path)\"/>\n"
            for i in days.indices {
                guard let v = line.values[i] else { continue }
                s +=
                    "<circle class=\"point\" data-day=\"\(days[i])\" data-value=\"\(n(v))\" cx=\"\(n(x(i) + band / 2))\" "
                    + "cy=\"\(n(y(v)))\" r=\"2.6\"/>\n"
            }
        }
        if let reference {
            let yy = y(reference.value)
            s +=
                "<line class=\"limit\" data-value=\"\(n(reference.value))\" x1=\"\(n(Self.left))\" "
                + "x2=\"\(n(Self.width - Self.right))\" y1=\"\(n(yy))\" y2=\"\(n(yy))\"/>\n"
            s +=
                "<text x=\"\(n(Self.width - Self.right))\" y=\"\(n(yy - 4))\" text-anchor=\"end\">"
                + "\(HTMLText.escaped(reference.label))</text>\n"
        }
        // x axis: every day ticked, every fifth labelled (1, 5, 10…), as a calendar reads.
        let base = Self.top + plotHeight
        s +=
            "<line class=\"axis\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.width - Self.right))\" y1=\"\(n(base))\" "
            + "y2=\"\(n(base))\"/>\n"
        s +=
            "<line class=\"axis\" x1=\"\(n(Self.left))\" x2=\"\(n(Self.left))\" y1=\"\(n(Self.top))\" "
            + "y2=\"\(n(base))\"/>\n"
        for i in days.indices where days[i].day == 1 || days[i].day % 5 == 0 {
            s +=
                "<text x=\"\(n(x(i) + band / 2))\" y=\"\(n(base + 14))\" text-anchor=\"middle\">\(days[i].day)</text>\n"
        }
        for m in marks {
            let cx = x(m.dayIndex) + band / 2
            s +=
                "<a href=\"#\(m.target)\"><path class=\"mark\" data-day=\"\(days[m.dayIndex])\" "
                + "d=\"M\(n(cx - 5)) \(n(Self.top - 10)) L\(n(cx + 5)) \(n(Self.top - 10)) L\(n(cx)) \(n(Self.top - 2)) Z\">"
                + "<title>\(HTMLText.escaped(m.label))</title></path></a>\n"
        }
        s += "</svg>\n"
        return s
    }

    /// A coordinate with at most one decimal, as the same figures always print.
    func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : DisplayNumber.fixed(r, decimals: 1)
    }
}
