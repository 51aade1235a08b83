import AuditRecords

/// The names a metric goes by in an agency's slides, and so in agency-claims.csv's first column.
///
/// Each metric answers to its contract.json name (`gmv`, `adROI`), its name in the reports
/// (月销售额, 推广ROI) and the words agencies use for it (GMV, 销售额, 成交额, 投产比, UV…).
/// Names are compared without case, spaces or a unit in brackets (`销售额（元）`, `ROI(倍)`),
/// and full-width letters count as half-width ones. 成交金额 is left out on purpose: in a 推广
/// report it is the sales the ads brought, not the store's.
enum ClaimMetricName {
    /// A store metric by its name; a per-item metric is named with its item (`item(named:)`).
    static func metric(named raw: String) -> MetricKey? {
        let key = normalised(raw)
        if let m = MetricKey.allCases.first(where: { !$0.isPerItem && $0.rawValue.lowercased() == key }) { return m }
        return aliases[key]
    }

    /// A per-item claim: the metric and the item's 商品ID or 商家编码 as written, label removed.
    ///
    /// Spelt as the contract and the reports spell it: the per-item name, then the id
    /// (`itemUnits:612345678901`, `单品销量 612345678901`, `单品月销件数（商品 612345678901）`), or
    /// the way slides say it, the item first (`商品 612345678901 月销`, `商家编码 SKU-B 销售额`).
    /// Nil for anything else, a per-item name without an id among them (`itemWithoutID` says so).
    static func item(named raw: String) -> (metric: MetricKey, item: String)? {
        let text = trimmed(Substring(ClaimText.halfWidth(raw)))
        let lower = text.lowercased()
        // Name first: the longest name that starts the text (单品月销售额 before 单品月销).
        for (name, metric) in itemNames where lower.hasPrefix(name) {
            let id = itemID(text.dropFirst(name.count))
            return id.isEmpty ? nil : (metric, id)
        }
        // Item first: a label, the id (up to the first space or non-ASCII letter), the figure's name.
        for label in itemLabels where lower.hasPrefix(label.lowercased()) {
            let rest = text.dropFirst(label.count).drop { separators.contains($0) }
            let id = rest.prefix { $0.isASCII && !$0.isWhitespace }
            guard !id.isEmpty, let metric = itemFigureNames[normalised(String(rest.dropFirst(id.count)))] else {
                return nil
            }
            return (metric, String(id))
        }
        return nil
    }

    /// A per-item name with no item after it (`itemUnits`, `单品销量`): which item is not said.
    static func itemWithoutID(_ raw: String) -> MetricKey? {
        let key = normalised(raw)
        return itemNames.first { $0.name == key }?.metric
    }

    /// The id after a per-item name: separators, brackets and a label dropped.
    private static func itemID(_ rest: Substring) -> String {
        var s = rest.drop { separators.contains($0) }
        if s.hasSuffix(")") { s = s.dropLast() }
        for label in itemLabels where s.lowercased().hasPrefix(label.lowercased()) {
            s = s.dropFirst(label.count)
            break
        }
        let id = trimmed(s.drop { separators.contains($0) })
        return id.contains(where: \.isWhitespace) ? "" : id
    }

    private static func trimmed(_ s: Substring) -> String {
        String(s.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static let separators: Set<Character> = [" ", ":", "(", "-", "_", "/"]
    private static let itemLabels = ["商品ID", "商品编号", "商家编码", "商品"]

    /// The per-item names, lower case, longest first.
    static let itemNames: [(name: String, metric: MetricKey)] = {
        let units = ["itemunits", "单品月销件数", "单品月销量", "单品销量", "单品件数", "单品月销"]
        let sales = ["itemsales", "单品月销售额", "单品销售额", "单品成交额", "单品gmv"]
        return (units.map { ($0, MetricKey.itemUnits) } + sales.map { ($0, MetricKey.itemSales) })
            .sorted { ($1.0.count, $0.0) < ($0.0.count, $1.0) }
    }()

    /// What follows the item when it comes first: units or sales.
    static let itemFigureNames: [String: MetricKey] = {
        var names: [String: MetricKey] = [:]
        for w in ["月销", "销量", "月销量", "件数", "月销件数", "销售件数"] { names[w] = .itemUnits }
        for w in ["销售额", "月销售额", "成交额", "gmv", "月gmv", "支付金额"] { names[w] = .itemSales }
        for (name, metric) in itemNames { names[name] = metric }
        return names
    }()

    /// A header's first cell: the line is the column names, not a claim.
    static func isHeader(_ raw: String) -> Bool {
        ["metric", "指标", "指标名称", "项目", "目标项", "名称", "数据项"].contains(normalised(raw))
    }

    static let aliases: [String: MetricKey] = {
        let table: [(MetricKey, [String])] = [
            (.orders, ["支付订单数", "订单数", "订单量", "支付订单", "成交订单数", "成交单数", "单量", "成交笔数", "支付笔数"]),
            (.gmv, ["月销售额", "gmv", "销售额", "成交额", "支付金额", "月销", "营业额", "总销售额", "销售总额", "月gmv"]),
            (.refundAmount, ["退款金额", "退款额", "退款总额"]),
            (.refundRate, ["退款率", "退款比例"]),
            (.visitors, ["访客数", "访客", "uv", "访客量", "店铺访客", "店铺访客数", "访问人数"]),
            (
                .searchVisitorsPerDay,
                ["手淘搜索日均访客", "搜索日均访客", "日均搜索访客", "手淘搜索日均uv", "搜索日均uv", "手淘搜索访客/天"]
            ),
            (.naturalTrafficShare, ["自然流量占比", "免费流量占比", "自然流量比例", "免费流量比例"]),
            (.naturalVisitors, ["自然流量", "自然流量访客数", "自然访客", "免费流量", "免费访客", "自然流量uv", "免费流量访客数"]),
            (.conversionRate, ["支付转化率", "转化率", "成交转化率", "全店转化率"]),
            (.averageOrderValue, ["客单价", "aov", "平均客单价"]),
            (.adSpend, ["推广花费", "推广费用", "推广费", "广告花费", "广告费", "花费", "推广支出"]),
            (.adROI, ["推广roi", "roi", "投产比", "投入产出比", "推广投产比", "广告roi", "直通车roi"]),
        ]
        var names: [String: MetricKey] = [:]
        for (metric, words) in table { for w in words { names[normalised(w)] = metric } }
        return names
    }()

    /// Lower case, half-width, without spaces or a trailing unit in brackets.
    static func normalised(_ raw: String) -> String {
        var s = ClaimText.halfWidth(raw).filter { !$0.isWhitespace }.lowercased()
        if s.hasSuffix(")"), let open = s.lastIndex(of: "("), open > s.startIndex { s = String(s[..<open]) }
        return s
    }
}

/// Text as people type it in a spreadsheet, made plain before it is read.
enum ClaimText {
    /// Full-width ASCII (ＲＯＩ, ２７万, １：４．２, ５８％) as half-width, and ￥ as ¥.
    static func halfWidth(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(u.value - 0xFEE0)!)
            case 0xFFE5: out.append("¥")
            case 0x3000: out.append(" ")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// At most 40 characters of what was found, for a problem's wording.
    static func shown(_ s: String) -> String { s.count > 40 ? String(s.prefix(40)) + "…" : s }
}
