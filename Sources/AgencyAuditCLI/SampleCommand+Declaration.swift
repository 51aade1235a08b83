import AgencyAuditSample

extension SampleCommand {
    /// The options `sample` takes, each declared once for the parser and the help.
    enum Option {
        static let platform = CommandOption(
            "--platform", oneOf: SamplePlatform.supported.map(\.rawValue),
            help: "the back office whose files are written (default \(SampleStoreSpec.demo.platform.rawValue), as "
                + "above): pinduoduo a 拼多多 store (order csv, 推广 xlsx) or douyin a 抖店 store (order csv, one row "
                + "per 子订单, 巨量千川 reports), neither with a traffic file; jd a 京东 store (GBK order csv or 订单明细 "
                + "xlsx, 商智 流量来源 xlsx, 京准通 reports, 售后明细 xlsx)")
        static let seed = CommandOption("--seed", "N", help: "random seed (default \(SampleStoreSpec.demo.seed))")
        static let firstMonth = CommandOption(
            "--first-month", "YYYY-MM", help: "first month (default \(SampleStoreSpec.demo.firstMonth))")
        static let months = CommandOption(
            "--months", "N",
            help: "number of months, \(SampleCommand.monthCountRange.lowerBound) to "
                + "\(SampleCommand.monthCountRange.upperBound) (default \(SampleStoreSpec.demo.monthCount))")
        static let ordersPerDay = CommandOption(
            "--orders-per-day", "N",
            help: "legitimate orders per day, \(SampleCommand.ordersPerDayRange.lowerBound) to "
                + "\(SampleCommand.ordersPerDayRange.upperBound) (default \(SampleStoreSpec.demo.ordersPerDay))")
        static let clean = CommandOption(flag: "--clean", help: "no planted anomalies")
        static let legacyCSV = CommandOption(
            flag: "--legacy-csv",
            help: "the shapes of 2023 and before instead: every export a CSV (GBK order reports, old column names); "
                + "the same seed gives the same store (taobao only)")
        static let utf8Orders = CommandOption(
            flag: "--utf8-orders",
            help: "with --legacy-csv: order reports in UTF-8 instead of GB18030 (benchmarks; taobao only)")
        static let diagnosis = CommandOption(
            flag: "--diagnosis",
            help: "plant the causes the three-step diagnosis tells apart: 生意参谋 数据概览 downloads with a market-wide "
                + "and a store-only dip, a best-seller out of stock for 4 days, a last month taken on the 2nd of the "
                + "next month with an ROI red-line run on its last 3 days, 客服绩效 slow in the second month, 单品立减 "
                + "activities missing in weeks 2 and 3 of the last month (truth in expected.json's diagnosis; taobao only)"
        )
        static let refundExport = CommandOption(
            flag: "--refund-export",
            help: "also write 千牛's 退款管理 export each month (refunded orders with goods status and reason); with "
                + "--diagnosis the best-seller's stock-out is then oversold, refunded unshipped for 缺货 (taobao only)")
        static let itemExports = CommandOption(
            flag: "--item-exports",
            help: "with --diagnosis, also write 生意参谋's 商品_全部 (one .xls a day) and 千牛's product-list snapshots "
                + "(商品批量导出, the 5th and 13th of the second month) with approvals.csv: the stock-outs as 售罄 days, "
                + "visits without a sale and stock at 0, an approved and an unapproved price change (taobao only)")
        static let resavedOrders = CommandOption(
            flag: "--resaved-orders",
            help: "the order report as Excel or WPS saves it again: deflated, shared strings (benchmarks; taobao only)")
    }

    /// What `--months` takes.
    static let monthCountRange = 1...24
    /// What `--orders-per-day` takes.
    static let ordersPerDayRange = 1...200_000

    static let declaration = CommandDeclaration(
        name: "sample", argument: "<dir>",
        abstract: "write a realistic sample store workspace with planted anomalies and expected figures",
        overview: [
            "Writes a realistic store workspace in the files the back offices hand out today (千牛 order reports as "
                + ".xlsx with their 子订单 file, 生意参谋 traffic sources as .xls, 万相台 plan reports as a .zip of a GBK "
                + "csv), with planted anomalies, hard negatives and the expected figures in expected.json. "
                + "SampleData/demo-store is made by:",
            "  agency-audit sample SampleData/demo-store",
        ],
        options: [
            Option.platform, Option.seed, Option.firstMonth, Option.months, Option.ordersPerDay, Option.clean,
            Option.legacyCSV, Option.utf8Orders, Option.resavedOrders, Option.diagnosis, Option.refundExport,
            Option.itemExports,
        ],
        epilogue: [])
}
