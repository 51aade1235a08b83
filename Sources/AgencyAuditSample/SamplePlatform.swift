/// The platform whose back-office files a sample store is written in.
public enum SamplePlatform: String, Sendable, Hashable, CaseIterable {
    /// 淘宝/天猫: 千牛 orders, 生意参谋 traffic, 万相台 promotion (the demo store).
    case taobao
    /// 拼多多: the order csv and the 推广 report; no traffic file (数据中心's export is undocumented).
    case pinduoduo
    /// 京东: the legacy order csv or the 订单明细 xlsx, 京东商智 流量来源, 京准通 reports, and a
    /// 售后明细 the audit does not read.
    case jd
    /// 抖店: the order csv (one row per 子订单) and 巨量千川 reports; no traffic export (罗盘's is
    /// not documented anywhere).
    case douyin

    /// The platforms the generator writes today.
    public static let supported: [SamplePlatform] = [.taobao, .pinduoduo, .douyin, .jd]

    /// The name a Chinese merchant uses.
    public var displayName: String {
        switch self {
        case .taobao: return "淘宝/天猫"
        case .pinduoduo: return "拼多多"
        case .jd: return "京东"
        case .douyin: return "抖店"
        }
    }
}
