import AuditDiagnose
import AuditMeasure
import AuditRecords
import MonthlyAudit

/// The month's charts as report.html draws them, each a figure: caption, legend, the SVG, and its
/// figures in a table beneath it (the chart never carries a number the table does not).
struct MonthCharts {
    var result: MonthAuditResult
    var words: MonthPageWords
    var sentences: HTMLSentences
    /// The generated id of each finding's entry on the page, by its index in `result.anomalies`.
    var anchor: (Int) -> String

    var series: DailySeries { result.daily }
    var days: [CalendarDay] { series.days.map(\.day) }

    /// Every chart the month's exports allow, in reading order; a note where an export is missing.
    var html: String {
        var s = "<p class=\"note\">\(HTMLText.escaped(words.markedDays))</p>\n"
        s += series.hasTraffic ? visitors : note(words.noTraffic)
        s += series.hasAds ? spend + roi : note(words.noAds)
        s += series.hasOrders ? orders : note(words.noOrders)
        if let change = result.salesChange { s += waterfall(change) }
        if let b = result.platformBreakdown { s += platformShare(b) }
        return s
    }

    func note(_ text: String) -> String { "<p class=\"note\">\(HTMLText.escaped(text))</p>\n" }

    /// The marks for findings of `rules` (or of fake orders at medium or above), one per day, the
    /// first finding of the day linked.
    func marks(where matches: (Anomaly) -> Bool) -> [DailyChart.Mark] {
        var byDay: [Int: DailyChart.Mark] = [:]
        let first = result.month.firstDay.ordinal
        for (k, a) in result.anomalies.enumerated() where matches(a) {
            for d in a.dates {
                let i = d.ordinal - first
                guard days.indices.contains(i), byDay[i] == nil else { continue }
                byDay[i] = DailyChart.Mark(
                    dayIndex: i, target: anchor(k), label: "\(d) \(sentences.ruleName(a.rule))")
            }
        }
        return byDay.keys.sorted().map { byDay[$0]! }
    }

    func figure(_ chart: DailyChart, legend: [(style: String, name: String)], table: String) -> String {
        var s =
            "<figure class=\"daily\" id=\"\(chart.id)\">\n<figcaption>\(HTMLText.escaped(chart.title))</figcaption>\n"
        s += "<p class=\"legend\">"
        s += legend.map { item in
            "<svg class=\"key\" width=\"12\" height=\"12\" aria-hidden=\"true\"><rect class=\"\(item.style)\" width=\"12\" "
                + "height=\"12\"/></svg> \(HTMLText.escaped(item.name))"
        }.joined(separator: words.legendGap)
        s +=
            "</p>\n<div class=\"plot\">" + chart.svg + "</div>\n<div class=\"tablebox\">" + table
            + "</div>\n</figure>\n"
        return s
    }

    /// A table of the days, one column per figure; days without any figure are left out.
    func dayTable(_ columns: [(name: String, values: [String?])]) -> String {
        var s = "<table class=\"figures\"><thead><tr><th>\(HTMLText.escaped(words.day))</th>"
        for c in columns { s += "<th class=\"num\">\(HTMLText.escaped(c.name))</th>" }
        s += "</tr></thead><tbody>\n"
        for i in days.indices where columns.contains(where: { $0.values[i] != nil }) {
            s += "<tr><td>\(days[i].description.dropFirst(5))</td>"
            for c in columns { s += "<td class=\"num\">\(c.values[i] ?? "-")</td>" }
            s += "</tr>\n"
        }
        return s + "</tbody></table>\n"
    }

    static let trafficRules: Set<String> = [
        "traffic-source-surge", "traffic-source-drop", "traffic-conversion-collapse", "search-brushing",
        "orders-buyers-mismatch",
    ]

    var visitors: String {
        let d = series.days
        let groups: [(String, String, [Int])] = [
            ("free", words.free, d.map(\.freeVisitors)), ("paid", words.paid, d.map(\.paidVisitors)),
            ("own", words.own, d.map(\.ownVisitors)), ("other", words.other, d.map(\.otherVisitors)),
        ]
        let marks = marks { Self.trafficRules.contains($0.rule.rawValue) }
        let chart = DailyChart(
            id: "visitors", title: words.visitorsChart,
            description: words.chartDescription(words.visitorsChart, days: d.count, marked: marks.count), days: days,
            unit: words.people, bars: groups.map { .init(name: $0.1, style: $0.0, values: $0.2.map(Double.init)) },
            marks: marks, format: { DisplayNumber.count(Int($0.rounded())) })
        let table = dayTable(
            groups.map { g in (g.1, g.2.map { DisplayNumber.count($0) }) }
                + [(words.sum, d.map { DisplayNumber.count($0.visitors) })])
        return figure(chart, legend: groups.map { ($0.0, $0.1) }, table: table)
    }

    var spend: String {
        let d = series.days
        let limit = result.limits.dailyAdSpend
        let over = d.map { day in limit.map { day.adSpend.cents > $0.cents } ?? false }
        let normal = d.indices.map { over[$0] ? nil : Optional(d[$0].adSpend.yuan) }
        let above = d.indices.map { over[$0] ? Optional(d[$0].adSpend.yuan) : nil }
        let marks = marks { $0.rule.rawValue == "spend-over-limit" }
        let chart = DailyChart(
            id: "spend", title: words.spendChart,
            description: words.chartDescription(words.spendChart, days: d.count, marked: marks.count), days: days,
            unit: words.yuan,
            bars: [
                .init(name: words.spend, style: "spend", values: normal),
                .init(name: words.overLimit, style: "over", values: above),
            ],
            reference: limit.map { ($0.yuan, words.limit(DisplayNumber.money($0))) }, marks: marks,
            format: { DisplayNumber.count(Int($0.rounded())) })
        var s = figure(
            chart, legend: [("spend", words.spend), ("over", words.overLimit)],
            table: dayTable([
                (words.spend, d.map { $0.adSpend.cents > 0 ? DisplayNumber.money($0.adSpend) : nil }),
                (
                    words.sales,
                    d.map { $0.adSpend.cents > 0 || $0.adSales.cents > 0 ? DisplayNumber.money($0.adSales) : nil }
                ),
            ]))
        if limit == nil { s += note(words.noLimit) }
        return s
    }

    var roi: String {
        let d = series.days
        let redLine = result.limits.roiRedLine
        let first = result.month.firstDay.ordinal
        var runs: [ClosedRange<Int>] = []
        for a in result.anomalies where a.rule.rawValue == "roi-below-redline" {
            let idx = a.dates.map { $0.ordinal - first }.filter { days.indices.contains($0) }.sorted()
            guard let lo = idx.first, let hi = idx.last else { continue }
            runs.append(lo...hi)
        }
        let marks = marks { $0.rule.rawValue == "roi-below-redline" }
        let chart = DailyChart(
            id: "roi", title: words.roiChart,
            description: words.chartDescription(words.roiChart, days: d.count, marked: marks.count), days: days,
            unit: words.roi, line: .init(name: words.roi, style: "roi", values: d.map(\.roi)),
            reference: redLine.map { ($0, words.redLine(DisplayNumber.roi($0))) },
            shaded: runs.sorted { $0.lowerBound < $1.lowerBound },
            marks: marks, format: { DisplayNumber.fixed($0, decimals: 1) })
        var s = figure(
            chart, legend: [("point", words.roi), ("breach", words.breachRun)],
            table: dayTable([(words.roi, d.map { $0.roi.map(DisplayNumber.roi) })]))
        if redLine == nil { s += note(words.noRedLine) }
        return s
    }

    var orders: String {
        let d = series.days
        let marks = marks { $0.isSuspectedFakeOrder() }
        let chart = DailyChart(
            id: "orders", title: words.ordersChart,
            description: words.chartDescription(words.ordersChart, days: d.count, marked: marks.count), days: days,
            unit: words.ordersUnit,
            bars: [
                .init(
                    name: words.cleanOrders, style: "clean",
                    values: d.map { Double($0.paidOrders - $0.suspectedFakeOrders) }),
                .init(name: words.fakeOrders, style: "fake", values: d.map { Double($0.suspectedFakeOrders) }),
            ], marks: marks, format: { DisplayNumber.count(Int($0.rounded())) })
        return figure(
            chart, legend: [("clean", words.cleanOrders), ("fake", words.fakeOrders)],
            table: dayTable([
                (words.cleanOrders, d.map { DisplayNumber.count($0.paidOrders - $0.suspectedFakeOrders) }),
                (
                    words.fakeOrders,
                    d.map { $0.suspectedFakeOrders > 0 ? DisplayNumber.count($0.suspectedFakeOrders) : nil }
                ),
            ]))
    }

    func factorName(_ f: GapDecomposition.Factor) -> String {
        switch f {
        case .traffic: return words.visitorsFactor
        case .conversion: return words.conversionFactor
        case .orderValue: return words.orderValueFactor
        }
    }

    func factorChange(_ f: GapDecomposition.Factor, _ d: GapDecomposition) -> Double {
        switch f {
        case .traffic: return d.visitorsChange
        case .conversion: return d.conversionChange
        case .orderValue: return d.orderValueChange
        }
    }

    /// ▲ / ▼ and the change, in neutral ink: red reads "up" to a Chinese reader and "bad" to a Western one.
    static func arrow(_ change: Double) -> String {
        (change > 0 ? "▲ " : change < 0 ? "▼ " : "") + DisplayNumber.signedPercent(change)
    }

    func waterfall(_ c: SalesChange) -> String {
        let parts = c.parts
        let steps: [(String, Double, Double, String)] = {
            var out: [(String, Double, Double, String)] = [
                (words.previousSales(c.previousMonth.description), 0, c.previousSales.yuan, "base")
            ]
            var level = c.previousSales.yuan
            for p in parts {
                let next = level + p.amount.yuan
                out.append((factorName(p.factor), level, next, p.amount.cents >= 0 ? "up" : "down"))
                level = next
            }
            out.append((words.currentSales(result.month.description), 0, c.currentSales.yuan, "base"))
            return out
        }()
        let top = DailyChart.niceCeiling((steps.map { max($0.1, $0.2) }.max() ?? 1) * 1.05)
        let w = 720.0
        let h = 240.0
        let left = 70.0
        let plotTop = 20.0
        let plotH = h - plotTop - 40
        let bandW = (w - left - 14) / Double(steps.count)
        func y(_ v: Double) -> Double { plotTop + plotH * (1 - v / top) }
        func n(_ v: Double) -> String { DisplayNumber.fixed((v * 10).rounded() / 10, decimals: 1) }
        let desc =
            ([words.previousSales(c.previousMonth.description) + " " + DisplayNumber.money(c.previousSales)]
            + parts.map { factorName($0.factor) + " " + DisplayNumber.money($0.amount) }
            + [words.currentSales(result.month.description) + " " + DisplayNumber.money(c.currentSales)]).joined(
                separator: words.clauseSeparator)
        var s = "<figure id=\"waterfall\">\n<figcaption>\(HTMLText.escaped(words.waterfallChart))</figcaption>\n"
        s +=
            "<svg class=\"chart\" id=\"waterfall-chart\" role=\"img\" viewBox=\"0 0 720 240\" aria-labelledby=\"waterfall-title waterfall-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        s +=
            "<title id=\"waterfall-title\">\(HTMLText.escaped(words.waterfallChart))</title>\n<desc id=\"waterfall-desc\">\(HTMLText.escaped(desc))</desc>\n"
        for k in 0...4 {
            let v = top * Double(k) / 4
            s += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"706\" y1=\"\(n(y(v)))\" y2=\"\(n(y(v)))\"/>\n"
            s +=
                "<text x=\"\(n(left - 6))\" y=\"\(n(y(v) + 4))\" text-anchor=\"end\">\(DisplayNumber.count(Int(v.rounded())))</text>\n"
        }
        s += "<text x=\"\(n(left - 6))\" y=\"12\" text-anchor=\"end\">\(HTMLText.escaped(words.yuan))</text>\n"
        for (i, step) in steps.enumerated() {
            let x = left + bandW * Double(i) + bandW * 0.15
            let lo = min(step.1, step.2)
            let hi = max(step.1, step.2)
            s +=
                "<rect class=\"step \(step.3)\" data-from=\"\(n(step.1))\" data-to=\"\(n(step.2))\" x=\"\(n(x))\" y=\"\(n(y(hi)))\" width=\"\(n(bandW * 0.7))\" height=\"\(n(max(0.5, y(lo) - y(hi))))\"/>\n"
            s +=
                "<text x=\"\(n(x + bandW * 0.35))\" y=\"\(n(h - 24))\" text-anchor=\"middle\">\(HTMLText.escaped(step.0))</text>\n"
            let label =
                i == 0 || i == steps.count - 1
                ? DisplayNumber.money(yuan: step.2)
                : (step.2 >= step.1 ? "▲ " : "▼ ") + DisplayNumber.money(yuan: abs(step.2 - step.1))
            s +=
                "<text x=\"\(n(x + bandW * 0.35))\" y=\"\(n(y(hi) - 4))\" text-anchor=\"middle\">\(HTMLText.escaped(label))</text>\n"
        }
        s +=
            "<line class=\"axis\" x1=\"\(n(left))\" x2=\"706\" y1=\"\(n(plotTop + plotH))\" y2=\"\(n(plotTop + plotH))\"/>\n</svg>\n"
        s +=
            "<div class=\"scroll\"><table class=\"figures\"><thead><tr><th>\(HTMLText.escaped(words.item))</th><th class=\"num\">\(HTMLText.escaped(words.change))</th><th class=\"num\">\(HTMLText.escaped(words.amount))</th></tr></thead><tbody>\n"
        s +=
            "<tr><td>\(HTMLText.escaped(words.previousSales(c.previousMonth.description)))</td><td class=\"num\"></td><td class=\"num\">\(DisplayNumber.money(c.previousSales))</td></tr>\n"
        for p in parts {
            s +=
                "<tr><td>\(HTMLText.escaped(factorName(p.factor)))</td><td class=\"num change\">\(Self.arrow(factorChange(p.factor, c.decomposition)))</td><td class=\"num\">\(DisplayNumber.money(p.amount))</td></tr>\n"
        }
        s +=
            "<tr class=\"total\"><td>\(HTMLText.escaped(words.currentSales(result.month.description)))</td><td class=\"num change\">\(Self.arrow(c.decomposition.salesChange))</td><td class=\"num\">\(DisplayNumber.money(c.currentSales))</td></tr>\n"
        s += "</tbody></table></div>\n</figure>\n"
        return s
    }

    func platformShare(_ b: PlatformBreakdown) -> String {
        let sales = b.platforms.map { p in (p.platform, p.metrics.first { $0.key == .gmv }?.actual ?? 0) }
        let total = sales.reduce(0) { $0 + $1.1 }
        var s = "<figure id=\"platforms\">\n<figcaption>\(HTMLText.escaped(words.platformChart))</figcaption>\n"
        let desc = sales.map { "\(sentences.platform($0.0)) \(DisplayNumber.money(yuan: $0.1))" }.joined(
            separator: words.clauseSeparator)
        s +=
            "<svg class=\"chart\" id=\"platforms-chart\" role=\"img\" viewBox=\"0 0 720 70\" aria-labelledby=\"platforms-title platforms-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        s +=
            "<title id=\"platforms-title\">\(HTMLText.escaped(words.platformChart))</title>\n<desc id=\"platforms-desc\">\(HTMLText.escaped(desc))</desc>\n"
        var x = 10.0
        for (i, p) in sales.enumerated() where total > 0 {
            let width = 700 * p.1 / total
            s +=
                "<rect class=\"share\(i % 4)\" data-share=\"\(DisplayNumber.fixed(p.1 / total, decimals: 4))\" x=\"\(DisplayNumber.fixed(x, decimals: 1))\" y=\"10\" width=\"\(DisplayNumber.fixed(width, decimals: 1))\" height=\"28\"/>\n"
            s +=
                "<text x=\"\(DisplayNumber.fixed(x + 4, decimals: 1))\" y=\"56\">\(HTMLText.escaped(sentences.platform(p.0))) \(DisplayNumber.percent(p.1 / total))</text>\n"
            x += width
        }
        s +=
            "</svg>\n<div class=\"scroll\"><table class=\"figures\"><thead><tr><th>\(HTMLText.escaped(words.platform))</th><th class=\"num\">\(HTMLText.escaped(words.sales))</th><th class=\"num\">\(HTMLText.escaped(words.share))</th></tr></thead><tbody>\n"
        for p in sales {
            s +=
                "<tr><td>\(HTMLText.escaped(sentences.platform(p.0)))</td><td class=\"num\">\(DisplayNumber.money(yuan: p.1))</td><td class=\"num\">\(total > 0 ? DisplayNumber.percent(p.1 / total) : "-")</td></tr>\n"
        }
        return s + "</tbody></table></div>\n</figure>\n"
    }
}
