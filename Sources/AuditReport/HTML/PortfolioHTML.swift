import AuditContract
import AuditRecords
import PeriodAudit

/// portfolio.html: every store on one page in review order — a termination ground first, then
/// high-severity findings, then the lowest attainment — each with its verdict, its months and a
/// link to its dossier; then the stores that could not be audited, with why. Self-contained and
/// locked down like the other pages.
public struct PortfolioHTML: PortfolioRenderer {
    public let fileName = "portfolio.html"
    public init() {}

    public func render(_ p: Portfolio, options: ReportOptions) -> [UInt8] {
        let lang = options.language
        let words = PortfolioPageWords(language: lang)
        func e(_ s: String) -> String { HTMLText.escaped(s) }
        var b = "<header>\n<h1>\(e(words.title))</h1>\n"
        b +=
            "<p class=\"meta\">\(e(words.summary(stores: p.stores.count + p.failures.count, audited: p.stores.count, failed: p.failures.count)))</p>\n</header>\n"
        b += "<section class=\"first\" id=\"stores\">\n<h2>\(e(words.stores))</h2>\n"
        b += "<p class=\"note\">\(e(words.order))</p>\n"
        b += "<div class=\"scroll\"><table class=\"stores\"><thead><tr>"
        for h in words.storeColumns { b += "<th>\(e(h))</th>" }
        b += "</tr></thead><tbody>\n"
        for (k, s) in p.stores.enumerated() {
            let verdict = s.verdict
            let icon: String
            switch verdict?.kind {
            case .terminate?: icon = "✖"
            case .demandRectification?: icon = "⚠"
            case .continue?: icon = "✔"
            case nil: icon = "?"
            }
            let last = s.rows.last
            b += "<tr class=\"store\" data-rank=\"\(k + 1)\" data-verdict=\"\(verdict?.kind.rawValue ?? "none")\">"
            b += "<td class=\"num\">\(k + 1)</td>"
            b +=
                "<td><a href=\"\(Self.link(to: s.folder))\">\(e(s.name))</a><br><span class=\"note\">\(e(s.folder))</span></td>"
            b +=
                "<td>\(e(s.platforms.map { PeriodWording.platform($0, lang) }.joined(separator: words.listSeparator)))</td>"
            b +=
                "<td>\(icon) \(e(verdict.map { VerdictWording.summary(kind: $0.kind, clause: $0.clause, deadline: $0.deadline, lang) } ?? "-"))</td>"
            b += "<td class=\"num\">\(s.highFindings)</td>"
            b += "<td class=\"num\">"
            if let a = s.lowestAttainment {
                let standing: HTMLReport.Standing = a >= 1 - 1e-9 ? .met : a >= 0.9 ? .near : .missed
                b += HTMLReport.bar(a, standing: standing) + " " + DisplayNumber.percent(a)
            } else {
                b += "-"
            }
            b += "</td><td>\(e(last.map { "\($0.month) " + PeriodWording.status($0.status, lang) } ?? "-"))</td>"
            b += "<td class=\"num\">\(e(last?.payable.map(DisplayNumber.money) ?? "-"))</td></tr>\n"
        }
        b += "</tbody></table></div>\n</section>\n"

        b +=
            "<section id=\"months\">\n<h2>\(e(words.months))</h2>\n<div class=\"scroll\"><table class=\"months\"><thead><tr>"
        for h in words.monthColumns { b += "<th>\(e(h))</th>" }
        b += "</tr></thead><tbody>\n"
        for r in p.rows {
            b +=
                "<tr class=\"row\"><td>\(e(r.storeName))<br><span class=\"note\">\(e(r.folder))</span></td><td>\(r.month)</td><td>\(e(PeriodWording.status(r.status, lang)))</td>"
                + "<td class=\"num\">\(r.overallAttainment.map { DisplayNumber.percent($0) } ?? "-")</td>"
                + "<td class=\"num\">\(r.targetsMet)/\(r.targets)</td>"
                + "<td class=\"num\">\(e(r.payable.map(DisplayNumber.money) ?? "-"))</td>"
                + "<td class=\"num\">\(e(PeriodWording.counts(high: r.anomalies.high, medium: r.anomalies.medium, low: r.anomalies.low, lang)))</td>"
                + "<td>\(r.mayTerminate ? "⚠ " + e(words.yes) : e(words.no))</td></tr>\n"
        }
        b += "</tbody></table></div>\n</section>\n"

        if !p.failures.isEmpty {
            b += "<section id=\"failures\">\n<h2>\(e(words.failures))</h2>\n<ul>\n"
            for f in p.failures {
                b +=
                    "<li class=\"failure\"><strong>✖ \(e(f.folder))</strong>\(e(words.colon + PortfolioWording.failure(f.reason, lang)))</li>\n"
            }
            b += "</ul>\n</section>\n"
        }
        return HTMLPage(language: lang, title: words.title, body: b).bytes
    }

    /// `./<folder>/index.html`, the folder name percent-encoded: a link the page makes, which no
    /// folder name can turn into anything but a relative path (`javascript:` included).
    static func link(to folder: String) -> String {
        var out = "./"
        for byte in folder.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out + "/index.html"
    }
}

/// The words of portfolio.html's own headings and labels, in both languages side by side.
struct PortfolioPageWords {
    var language: Language

    private func pick(_ chinese: String, _ english: String) -> String { language == .english ? english : chinese }

    var title: String { pick("多店铺托管审计汇总", "Agency audit across stores") }
    func summary(stores: Int, audited: Int, failed: Int) -> String {
        pick(
            "店铺 \(stores) 家：已审计 \(audited) 家" + (failed > 0 ? "，未完成 \(failed) 家" : ""),
            "\(stores) stores: \(audited) audited" + (failed > 0 ? ", \(failed) not audited" : ""))
    }
    var stores: String { pick("各店结论（按处理优先级）", "Each store's verdict, in review order") }
    var order: String {
        pick(
            "排序：满足解约条件的店在前，其次按高严重度异常数、再按最低综合达成率；点击店名打开该店的合同期档案。",
            "Order: stores with a termination ground first, then by high-severity findings, then by the lowest overall attainment; a store's name opens its contract-period dossier."
        )
    }
    var storeColumns: [String] {
        language == .english
            ? [
                "#", "Store", "Platforms", "Verdict", "High findings", "Lowest attainment", "Last month",
                "Payable (last month)",
            ]
            : ["#", "店铺", "平台", "结论", "高严重度异常", "最低综合达成率", "最近月份", "最近月应付"]
    }
    var months: String { pick("各店各月", "Every store and month") }
    var monthColumns: [String] {
        language == .english
            ? [
                "Store", "Month", "Status", "Overall attainment", "Targets met", "Payable", "Findings",
                "Termination ground",
            ]
            : ["店铺", "月份", "状态", "综合达成率", "达成目标", "应付托管费", "异常", "满足解约条件"]
    }
    var failures: String { pick("未完成审计的店铺", "Stores not audited") }
    var yes: String { pick("是", "yes") }
    var no: String { pick("否", "no") }
    var colon: String { pick("：", ": ") }
    var listSeparator: String { pick("、", ", ") }
}
