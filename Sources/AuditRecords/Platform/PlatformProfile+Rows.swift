extension PlatformProfile {
    /// The table, one row per platform, in the order exports are matched against their markers
    /// (the default platform, 淘宝/天猫, last).
    public static let all: [PlatformProfile] = [pinduoduo, jd, douyin, taobao]

    /// The row of `platform`.
    static func row(_ platform: Platform) -> PlatformProfile {
        guard let row = rows[platform] else { preconditionFailure("no profile row for \(platform)") }
        return row
    }

    private static let rows = Dictionary(uniqueKeysWithValues: all.map { ($0.platform, $0) })

    /// The platform whose header markers an export of `kind` with these header names carries;
    /// the default platform (the row without markers: its exports' names are the common ones)
    /// when none does.
    public static func platform(of kind: ExportKind, headerNames names: Set<String>) -> Platform {
        for row in all where row.headerMarkers[kind]?.contains(where: names.contains) == true { return row.platform }
        return defaultPlatform
    }

    /// The platform an export without any platform's markers belongs to.
    public static let defaultPlatform: Platform = all.first { $0.headerMarkers.isEmpty }?.platform ?? .taobao

    static let taobao = PlatformProfile(
        platform: .taobao, name: LocalizedName(chinese: "淘宝/天猫", english: "Taobao/Tmall"),
        aliases: ["淘宝", "天猫", "淘宝/天猫"], dataTool: LocalizedName(chinese: "生意参谋", english: "Sycm (生意参谋)"),
        marketPage: LocalizedName(chinese: "市场", english: "Market"),
        exports: [
            .orders: ExportSource(name: LocalizedName(chinese: "订单报表", english: "order report"), isRead: true),
            .lineItems: ExportSource(
                name: LocalizedName(chinese: "子订单报表", english: "line-item report"), isRead: true),
            .traffic: ExportSource(
                name: LocalizedName(chinese: "生意参谋流量来源", english: "Sycm traffic sources"), isRead: true),
            .ads: ExportSource(
                name: LocalizedName(chinese: "推广报表", english: "promotion report"), isRead: true),
            // The peer tier beside the store's own figures, every day (diagnosis-exports.md §1b, MED).
            .shopOverview: ExportSource(
                name: LocalizedName(
                    chinese: "生意参谋「首页」数据概览的下载（每天一个文件）",
                    english: "the download of Sycm's Home page data overview (数据概览, one file a day)"),
                isRead: true),
            // Refund requests with goods status and reason (diagnosis-exports.md §1e, HIGH).
            .refundRequests: ExportSource(
                name: LocalizedName(
                    chinese: "千牛「退款管理」的批量导出", english: "Qianniu's refund management export (退款管理)"),
                isRead: true),
            // Response times and inquiry conversion with the peer row (diagnosis-exports.md §1d, MED).
            .customerService: ExportSource(
                name: LocalizedName(
                    chinese: "生意参谋「服务」→「客服绩效」的导出",
                    english: "Sycm's customer-service performance export (服务 → 客服绩效)"),
                isRead: true),
            // The items entered in an activity, with its days (diagnosis-exports.md §2b, LOW-MED).
            .activityItems: ExportSource(
                name: LocalizedName(
                    chinese: "千牛「营销活动」里已报名活动的商品导出（如单品立减导出）",
                    english: "Qianniu's export of the items entered in an activity (营销活动, e.g. 单品立减导出)"),
                isRead: true),
            // Item × day with 商品状态 (diagnosis-exports.md §1a, HIGH; the off-shelf wording LOW).
            .itemDays: ExportSource(
                name: LocalizedName(
                    chinese: "生意参谋「商品排行」的商品_全部下载（每天一个文件）",
                    english: "Sycm's item ranking download (商品_全部, one file a day)"),
                isRead: true),
            // 出售中 → excel商品批量导出 (diagnosis-exports.md §2a, MED).
            .productSnapshot: ExportSource(
                name: LocalizedName(
                    chinese: "千牛「出售中的宝贝」excel商品批量导出（每月至少两次）",
                    english: "Qianniu's product batch export of the items on sale (excel商品批量导出, twice a month or more)"),
                isRead: true),
        ],
        ordersHaveBuyerAccounts: true, refunds: .orderColumn, ordersRowPerSubOrder: false,
        freeTrafficName: LocalizedName(chinese: "淘内免费", english: "free Taobao"),
        headerMarkers: [:],
        // 生意参谋 店铺来源 (verified: formats.md S14 and the demo store's shape). The names are
        // what the older one-level exports wrote in place of a group.
        trafficSources: [
            .free: ["淘内免费", "免费流量", "淘内免费流量", "自然流量", "手淘搜索", "手淘推荐", "手淘首页", "猜你喜欢", "手淘其他店铺", "自然搜索"],
            .paid: ["付费流量", "付费推广", "广告流量"],
            .own: ["自主访问"],
            .other: ["淘外流量", "其他来源", "其它来源", "淘外网站", "大促会场"],
        ])

    static let pinduoduo = PlatformProfile(
        platform: .pinduoduo, name: LocalizedName(chinese: "拼多多", english: "Pinduoduo"), aliases: ["拼多多"],
        dataTool: LocalizedName(chinese: "拼多多 数据中心", english: "Pinduoduo Data Center"), marketPage: nil,
        exports: [
            .orders: ExportSource(name: LocalizedName(chinese: "订单报表", english: "order report"), isRead: true),
            // 数据中心's traffic download is documented nowhere we found: not read.
            .traffic: ExportSource(
                name: LocalizedName(chinese: "数据中心的流量数据", english: "the Data Center's traffic figures"),
                isRead: false),
            .ads: ExportSource(name: LocalizedName(chinese: "推广报表", english: "promotion report"), isRead: true),
            // The store's own figures with 较上周期, no peer tier (diagnosis-exports.md §3, MED).
            .shopOverview: ExportSource(
                name: LocalizedName(
                    chinese: "数据中心「交易概况」「商品概况」的下载",
                    english: "the Data Center's trade and goods overview downloads (交易概况, 商品概况)"),
                isRead: true),
            // Daily response times and inquiry conversion, no peer row (diagnosis-exports.md §3, MED).
            .customerService: ExportSource(
                name: LocalizedName(
                    chinese: "数据中心「客服数据」的服务数据与销售数据",
                    english: "the Data Center's customer-service downloads (客服数据: 服务数据, 销售数据)"),
                isRead: true),
            // 导出商品价格 / 导出商品库存 (diagnosis-exports.md §3, MED).
            .productSnapshot: ExportSource(
                name: LocalizedName(
                    chinese: "商品管理的导出商品价格、导出商品库存（每月至少两次）",
                    english: "the product price and stock exports (导出商品价格, 导出商品库存; twice a month or more)"),
                isRead: true),
        ],
        ordersHaveBuyerAccounts: false, refunds: .afterSaleState, ordersRowPerSubOrder: false, freeTrafficName: nil,
        headerMarkers: [
            .orders: ["用户实付金额(元)", "商品总价(元)", "商家实收金额(元)"],
            .lineItems: ["用户实付金额(元)", "商品总价(元)", "商家实收金额(元)"],
            .ads: ["曝光量", "交易额(元)"],
            .shopOverview: ["较上周期", "较上", "成交转化率", "商品访客"],
            .customerService: ["平均人工响应时长", "平均人工响应时长(秒)", "人工平均响应时长", "客服销售额", "客服销售额(元)"],
            .productSnapshot: ["拼单价", "单买价", "规格编码"],
        ],
        // 拼多多 数据中心 (not documented anywhere we found; inferred).
        trafficSources: [
            .free: ["免费流量", "自然流量"],
            .paid: ["付费流量", "推广流量", "多多推广"],
            .own: ["自主访问", "店铺收藏"],
            .other: ["其他来源", "站外流量"],
        ])

    static let jd = PlatformProfile(
        platform: .jd, name: LocalizedName(chinese: "京东", english: "JD"), aliases: ["京东"],
        dataTool: LocalizedName(chinese: "京东商智", english: "JD Shangzhi (京东商智)"), marketPage: nil,
        exports: [
            .orders: ExportSource(name: LocalizedName(chinese: "订单报表", english: "order report"), isRead: true),
            .traffic: ExportSource(
                name: LocalizedName(chinese: "京东商智流量来源", english: "JD Shangzhi traffic sources"), isRead: true),
            .ads: ExportSource(name: LocalizedName(chinese: "京准通推广报表", english: "Jingzhuntong report"), isRead: true),
            .refunds: ExportSource(
                name: LocalizedName(chinese: "售后明细", english: "after-sale details"), isRead: true),
        ],
        ordersHaveBuyerAccounts: true, refunds: .separateExport, ordersRowPerSubOrder: false, freeTrafficName: nil,
        headerMarkers: [
            .orders: ["京东价", "下单帐号", "付款确认时间"],
            .lineItems: ["京东价", "下单帐号", "付款确认时间"],
            // 京东商智 says 成交客户数 / 成交单量 where 生意参谋 says 支付买家数.
            .traffic: ["成交客户数", "成交单量"],
            .ads: ["展现数", "跟单SKU ID", "总费用"],
            // Only 京东 writes a refunds export of its own.
            .refunds: ["服务单号", "售后服务单号", "服务单编号"],
        ],
        // 京东商智 流量来源 一级来源 (inferred: no real file seen).
        trafficSources: [
            .free: ["免费流量", "京东免费", "站内免费"],
            .paid: ["付费流量", "京东付费", "广告流量", "京准通"],
            .own: ["自主访问", "直接访问"],
            .other: ["站外流量", "京东站外", "其他来源", "其他"],
        ])

    static let douyin = PlatformProfile(
        platform: .douyin, name: LocalizedName(chinese: "抖店", english: "Douyin"), aliases: ["抖店", "抖音"],
        dataTool: LocalizedName(chinese: "抖店 电商罗盘", english: "Douyin Compass (电商罗盘)"), marketPage: nil,
        exports: [
            .orders: ExportSource(name: LocalizedName(chinese: "订单报表", english: "order report"), isRead: true),
            // 罗盘's traffic download is documented nowhere we found: not read.
            .traffic: ExportSource(
                name: LocalizedName(chinese: "电商罗盘流量来源", english: "Compass traffic sources"), isRead: false),
            .ads: ExportSource(name: LocalizedName(chinese: "巨量千川推广数据", english: "Qianchuan report"), isRead: true),
            // Durations as text, 店铺汇总值 / 店铺平均值 rows, no peer row (diagnosis-exports.md §5, MED).
            .customerService: ExportSource(
                name: LocalizedName(
                    chinese: "飞鸽「客服表现」的导出", english: "Feige's customer-service performance export (飞鸽 客服表现)"),
                isRead: true),
        ],
        ordersHaveBuyerAccounts: false, refunds: .afterSaleState, ordersRowPerSubOrder: true, freeTrafficName: nil,
        headerMarkers: [
            .orders: ["选购商品", "支付完成时间", "订单提交时间"],
            .lineItems: ["选购商品", "支付完成时间", "订单提交时间"],
            .ads: ["整体消耗", "整体支付ROI"],
            .customerService: ["全天首响时长", "全天平响时长"],
        ],
        // 抖店 罗盘 流量来源 (the export is not documented; names from the order export's
        // 流量类型/流量来源 values, formats.md §4, S12; inferred).
        trafficSources: [
            .free: ["自然流量", "商品卡", "搜索", "商城", "短视频自然流量", "直播自然流量"],
            .paid: ["付费流量", "广告流量", "巨量千川", "千川"],
            .own: ["自主访问", "店铺页"],
            .other: ["其他来源", "站外流量"],
        ])
}
