import AuditRecords

/// The names a metric goes by in an agency's slides, and so in agency-claims.csv's first column.
///
/// Each metric answers to its contract.json name (`gmv`, `adROI`), its name in the reports
/// (月销售额, 推广ROI) and the words agencies use for it (GMV, 销售额, 成交额, 投产比, UV…).
/// Names are compared without case, spaces or a unit in brackets (`销售额（元）`, `ROI(倍)`),
/// and full-width letters count as half-width ones. 成交金额 is left out on purpose: in a 推广
/// report it is the sales the ads brought, not the store's.
enum ClaimMetricName {
    static func metric(named raw: String) -> MetricKey? {
        let key = normalised(raw)
        // A per-item figure names no item here: an agency's claim is about the store.
        if let m = MetricKey.allCases.first(where: { !$0.isPerItem && $0.rawValue.lowercased() == key }) { return m }
        return aliases[key]
    }

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
