/// The names rules give their facts, in one catalogue: audit.json's vocabulary for anomalies.
///
/// A signal that fired is a fact present under its own name (`shortSpanSeconds`, not a span
/// with a yes/no beside it); a fact absent means the rule did not find or weigh it.
extension Fact.Name {
    // What the finding is about.
    /// The delivery address the orders share (personal).
    public static let address = Fact.Name("address")
    /// The phone the orders share (personal).
    public static let phone = Fact.Name("phone")
    /// A phone the export already masked (138****1234), shared by the orders (personal).
    public static let maskedPhone = Fact.Name("maskedPhone")
    /// The lowest and highest of a run of numbered buyer accounts (personal).
    public static let firstAccount = Fact.Name("firstAccount")
    public static let lastAccount = Fact.Name("lastAccount")
    /// The first and last payment of the orders.
    public static let timeRange = Fact.Name("timeRange")

    // Orders found together.
    public static let orders = Fact.Name("orders")
    /// Seconds from the first to the last payment, when the rule counts them as close together.
    public static let shortSpanSeconds = Fact.Name("shortSpanSeconds")
    /// Seconds from the first to the last payment, when they fall within about a day.
    public static let daySpanSeconds = Fact.Name("daySpanSeconds")
    /// Seconds from the first to the last payment, when they are spread over days (weighs against).
    public static let longSpanSeconds = Fact.Name("longSpanSeconds")
    /// The item most of the orders bought.
    public static let item = Fact.Name("item")
    /// How many of the orders bought `item`.
    public static let sameItemOrders = Fact.Name("sameItemOrders")
    /// Share of the orders buying the most common item, when most but not nearly all do.
    public static let mostlyOneItemShare = Fact.Name("mostlyOneItemShare")
    /// Share of the orders buying the most common item, when the items are mixed (weighs against).
    public static let mixedItemsShare = Fact.Name("mixedItemsShare")
    /// The amount most of the orders paid.
    public static let sameAmount = Fact.Name("sameAmount")
    /// The median amount paid, when it is low.
    public static let lowMedianAmount = Fact.Name("lowMedianAmount")
    public static let distinctBuyers = Fact.Name("distinctBuyers")
    public static let distinctReceivers = Fact.Name("distinctReceivers")
    public static let distinctAddresses = Fact.Name("distinctAddresses")
    public static let distinctPhones = Fact.Name("distinctPhones")
    /// The median seconds between payments of different buyers, when short.
    public static let medianBuyerGapSeconds = Fact.Name("medianBuyerGapSeconds")
    /// The word that marks the address as a parcel station or reception desk (菜鸟驿站, 前台).
    public static let collectionPoint = Fact.Name("collectionPoint")
    /// The order status the export gives, e.g. 交易成功.
    public static let status = Fact.Name("status")

    // Days of traffic, orders and promotion.
    public static let visitors = Fact.Name("visitors")
    /// The usual day's visitors (a median over the month or over days of the same kind).
    public static let usualVisitors = Fact.Name("usualVisitors")
    /// The median visitors of the source's weekdays, the day being a weekday.
    public static let weekdayMedianVisitors = Fact.Name("weekdayMedianVisitors")
    /// The median visitors of the source's weekend days, the day being a weekend day.
    public static let weekendMedianVisitors = Fact.Name("weekendMedianVisitors")
    /// The day's visitors as a multiple of the usual day.
    public static let visitorRatio = Fact.Name("visitorRatio")
    /// The day's visitors as a share of the usual day.
    public static let visitorShare = Fact.Name("visitorShare")
    public static let payingBuyers = Fact.Name("payingBuyers")
    public static let paidOrders = Fact.Name("paidOrders")
    public static let conversion = Fact.Name("conversion")
    public static let usualConversion = Fact.Name("usualConversion")
    /// Conversion collapsed while the visitors rose.
    public static let conversionCollapsed = Fact.Name("conversionCollapsed")
    /// The surge brought no paying buyer at all.
    public static let surgeWithoutBuyers = Fact.Name("surgeWithoutBuyers")
    /// The other sources rose the same day: the whole store surged (a promotion).
    public static let storeWide = Fact.Name("storeWide")
    /// The other sources' visitors that day as a multiple of their usual day.
    public static let otherSourcesRatio = Fact.Name("otherSourcesRatio")
    public static let usualOrdersPerBuyer = Fact.Name("usualOrdersPerBuyer")
    /// Orders beyond what the day's buyers explain at the usual orders per buyer.
    public static let extraOrders = Fact.Name("extraOrders")
    /// The fake-order rules whose findings fall on the day.
    public static let corroboratingRules = Fact.Name("corroboratingRules")
    public static let spend = Fact.Name("spend")
    public static let sales = Fact.Name("sales")
    /// The day's spend as a multiple of the contract's daily limit.
    public static let overLimitRatio = Fact.Name("overLimitRatio")
    /// The campaigns that spent most, each a group of `campaign` and `spend`.
    public static let topCampaigns = Fact.Name("topCampaigns")
    public static let campaign = Fact.Name("campaign")
    public static let consecutiveDays = Fact.Name("consecutiveDays")
    /// Each day of a run, a group of `day` and `roi`.
    public static let dailyROI = Fact.Name("dailyROI")
    public static let day = Fact.Name("day")
    public static let roi = Fact.Name("roi")

    // The rule's parameters and the contract's limits that applied.
    public static let maxGapHours = Fact.Name("maxGapHours")
    public static let minOrders = Fact.Name("minOrders")
    /// Account numbers at most this far apart count as one sequence.
    public static let maxStep = Fact.Name("maxStep")
    public static let score = Fact.Name("score")
    /// The score a finding needs to be high.
    public static let highScore = Fact.Name("highScore")
    /// The score a finding needs to be medium.
    public static let mediumScore = Fact.Name("mediumScore")
    public static let minRatio = Fact.Name("minRatio")
    public static let minDeviations = Fact.Name("minDeviations")
    public static let minExtraOrders = Fact.Name("minExtraOrders")
    public static let minVisitorRatio = Fact.Name("minVisitorRatio")
    public static let maxConversionShare = Fact.Name("maxConversionShare")
    public static let minUsualVisitors = Fact.Name("minUsualVisitors")
    public static let maxShare = Fact.Name("maxShare")
    public static let dailySpendLimit = Fact.Name("dailySpendLimit")
    public static let roiRedLine = Fact.Name("roiRedLine")
    public static let roiRedLineDays = Fact.Name("roiRedLineDays")
    /// The score below which orders found together are not reported.
    public static let minScore = Fact.Name("minScore")
    /// A scored rule's points, each a group of the signal's threshold and its `points` (or a list of
    /// such steps): by the number of orders (`minOrders`), for payments within some hours
    /// (`withinHours`) or spread over more (`overHours`), by the share of one item (`minShare`) or
    /// mixed items (`belowShare`), and for a low median amount (`maxAmount`).
    public static let orderPoints = Fact.Name("orderPoints")
    public static let spanPoints = Fact.Name("spanPoints")
    public static let longSpanPoints = Fact.Name("longSpanPoints")
    public static let itemPoints = Fact.Name("itemPoints")
    public static let mixedItemsPoints = Fact.Name("mixedItemsPoints")
    public static let lowAmountPoints = Fact.Name("lowAmountPoints")
    /// Points one scored rule gives of its own: one amount (`minShare`), different buyer accounts
    /// (`minBuyers`, `minShare`), buyers paying seconds apart (`minBuyers`, `maxMedianGapSeconds`),
    /// different receivers or addresses (`minReceivers`, `minAddresses`, `minShare`; at most
    /// `maxReceivers`), a web of links (`minLinksPerOrder`).
    public static let sameAmountPoints = Fact.Name("sameAmountPoints")
    public static let distinctBuyersPoints = Fact.Name("distinctBuyersPoints")
    public static let fastBuyersPoints = Fact.Name("fastBuyersPoints")
    public static let distinctReceiversPoints = Fact.Name("distinctReceiversPoints")
    public static let distinctAddressesPoints = Fact.Name("distinctAddressesPoints")
    public static let linksPerOrderPoints = Fact.Name("linksPerOrderPoints")
    public static let manyReceiversPoints = Fact.Name("manyReceiversPoints")
    public static let fewReceiversPoints = Fact.Name("fewReceiversPoints")
    public static let points = Fact.Name("points")
    public static let withinHours = Fact.Name("withinHours")
    public static let overHours = Fact.Name("overHours")
    public static let minShare = Fact.Name("minShare")
    public static let belowShare = Fact.Name("belowShare")
    public static let maxAmount = Fact.Name("maxAmount")
    public static let minBuyers = Fact.Name("minBuyers")
    public static let maxMedianGapSeconds = Fact.Name("maxMedianGapSeconds")
    public static let minReceivers = Fact.Name("minReceivers")
    public static let minAddresses = Fact.Name("minAddresses")
    public static let maxReceivers = Fact.Name("maxReceivers")
    public static let minLinksPerOrder = Fact.Name("minLinksPerOrder")
    /// A masked phone's orders need this many different receivers or different addresses.
    public static let minReceiversOrAddresses = Fact.Name("minReceiversOrAddresses")
    /// At a collection point: the hours one item's orders are gathered in, how many of them it
    /// takes, how unlikely they must be, the hours around the window that give the store's share,
    /// and the store's other orders needed to know it.
    public static let stationWindowHours = Fact.Name("stationWindowHours")
    public static let minStationOrders = Fact.Name("minStationOrders")
    public static let maxStationChance = Fact.Name("maxStationChance")
    public static let stationContextHours = Fact.Name("stationContextHours")
    public static let minStoreOrders = Fact.Name("minStoreOrders")
    /// Different accounts an account-number block needs before it links orders.
    public static let minBlockAccounts = Fact.Name("minBlockAccounts")
    /// Orders (or accounts) from which a finding is high.
    public static let highOrders = Fact.Name("highOrders")
    /// The share of one item from which a finding is high.
    public static let highItemShare = Fact.Name("highItemShare")
    /// A median amount at most this is low value.
    public static let lowAmount = Fact.Name("lowAmount")
    /// waybill-batch: more than this share of the store's orders cheap makes cheapness no sign; at
    /// least this share of the batch one item is one item, unless the item is more than `usualItemShare`
    /// of the store's orders; the batch's share of different people and of different addresses;
    /// more than this share 交易成功 for high; the days around whose stretches are looked at, and
    /// the stretch of numbers a day's own dispatch falls in.
    public static let usualCheapShare = Fact.Name("usualCheapShare")
    public static let sameItemShare = Fact.Name("sameItemShare")
    public static let usualItemShare = Fact.Name("usualItemShare")
    public static let minPeopleShare = Fact.Name("minPeopleShare")
    public static let minAddressShare = Fact.Name("minAddressShare")
    public static let highCompletedShare = Fact.Name("highCompletedShare")
    public static let neighbourDays = Fact.Name("neighbourDays")
    public static let stretchNumbers = Fact.Name("stretchNumbers")
    /// Visitors above the median day a surge or collapse needs.
    public static let minExtraVisitors = Fact.Name("minExtraVisitors")
    /// The multiple from which a finding is high: of the usual orders per buyer, or of the
    /// source's median day.
    public static let highRatio = Fact.Name("highRatio")
    /// traffic-source-surge: the other sources' rise that makes a surge store-wide, the rise
    /// beyond theirs that still makes it medium, the share of the usual conversion below which
    /// conversion collapsed, and the buyers the usual conversion must have brought for that.
    public static let storeWideRatio = Fact.Name("storeWideRatio")
    public static let beyondStoreWideRatio = Fact.Name("beyondStoreWideRatio")
    public static let collapsedConversionShare = Fact.Name("collapsedConversionShare")
    public static let minExpectedBuyers = Fact.Name("minExpectedBuyers")
    /// At most this share of the usual day is high.
    public static let highShare = Fact.Name("highShare")
    /// Visitors from this multiple of the median day on are high.
    public static let highVisitorRatio = Fact.Name("highVisitorRatio")
    /// Spend above this multiple of the limit is high.
    public static let highOverLimitRatio = Fact.Name("highOverLimitRatio")
    /// A run of at least this many days below the red line is high.
    public static let highRunDays = Fact.Name("highRunDays")

    // Orders linked into a ring (linked-orders).
    /// Distinct buyer accounts among the orders.
    public static let distinctAccounts = Fact.Name("distinctAccounts")
    /// Links per order: each shared key on m orders is m − 1 links (a chain of n orders has n − 1).
    public static let linksPerOrder = Fact.Name("linksPerOrder")
    /// How many addresses, phones, accounts and account-number blocks the orders share, each on two or more of them.
    public static let sharedAddresses = Fact.Name("sharedAddresses")
    public static let sharedPhones = Fact.Name("sharedPhones")
    public static let sharedAccounts = Fact.Name("sharedAccounts")
    public static let sharedAccountStems = Fact.Name("sharedAccountStems")
    /// A key on more orders than this in the month links none of them.
    public static let maxOrdersPerKey = Fact.Name("maxOrdersPerKey")
    // A burst at a collection point that the store's own sales do not explain.
    /// The collection-point word in the address (丰巢, 驿站…) of a burst that is scored, not exempted.
    public static let collectionPointBurst = Fact.Name("collectionPointBurst")
    /// All the point's paid orders in the burst's hours.
    public static let stationOrdersInWindow = Fact.Name("stationOrdersInWindow")
    /// The item's share of the store's other paid orders in those hours (or the month, if higher).
    public static let storeItemShare = Fact.Name("storeItemShare")
    /// The chance of at least this many orders of the item at the point, at the store's share.
    public static let stationChance = Fact.Name("stationChance")
    // waybill-batch
    /// The lowest and highest waybill number of a batch, as the export writes them.
    public static let firstWaybill = Fact.Name("firstWaybill")
    public static let lastWaybill = Fact.Name("lastWaybill")
    /// The carrier (物流公司) as the export names it.
    public static let carrier = Fact.Name("carrier")
    /// Orders of the month on a carrier the store rarely uses (with the batch's own).
    public static let carrierMonthOrders = Fact.Name("carrierMonthOrders")
    /// Orders of the month on the store's own carrier, whose numbers of the day lie elsewhere.
    public static let carrierElsewhere = Fact.Name("carrierElsewhere")
    /// Days of the month with an order on that carrier.
    public static let carrierDays = Fact.Name("carrierDays")
    /// Orders marked 交易成功.
    public static let completedOrders = Fact.Name("completedOrders")
    /// A carrier used on fewer days is one the store rarely uses.
    public static let minStoreDays = Fact.Name("minStoreDays")
    // conflicting-copies: one order in two copies whose figures disagree.
    /// The file the counted copy came from, and the file of the copy that disagrees.
    public static let firstFile = Fact.Name("firstFile")
    public static let secondFile = Fact.Name("secondFile")
    /// A few of the orders, each a group: `orderId` and, for each figure that differs, that figure
    /// with the counted copy's value and the other's.
    public static let examples = Fact.Name("examples")
    public static let orderId = Fact.Name("orderId")
    /// The traffic source (`一级来源/二级来源`) two copies of a day's traffic row are of.
    public static let trafficSource = Fact.Name("trafficSource")
    /// The 服务单号 (京东 售后明细) two copies of a refund row are of.
    public static let serviceId = Fact.Name("serviceId")
    /// The kind of export both copies come from: `orders`, `traffic`, `ads`, `refunds`.
    public static let exportKind = Fact.Name("exportKind")
    /// The figures two copies of an order can disagree on.
    public static let paidAmount = Fact.Name("paidAmount")
    public static let refundAmount = Fact.Name("refundAmount")
    public static let orderStatus = Fact.Name("orderStatus")
    public static let paidAt = Fact.Name("paidAt")
    // claim-overstated: a figure the agency reported, set beside the exports'.
    /// The metric claimed, by its contract.json name (`gmv`, `adROI`, …).
    public static let metric = Fact.Name("metric")
    /// The item of a per-item claim, by 商品ID or 商家编码 as written (`itemUnits`, `itemSales`).
    public static let claimedItem = Fact.Name("claimedItem")
    /// The figure the agency reported, in the metric's unit (yuan, a count, a share, an ROI multiple).
    public static let claimed = Fact.Name("claimed")
    /// The figure the exports give, and the same without the suspected fake orders (order-based metrics).
    public static let measured = Fact.Name("measured")
    public static let measuredExcludingSuspicious = Fact.Name("measuredExcludingSuspicious")
    /// How much better the claim is than `measured`, and than `measuredExcludingSuspicious`, as a
    /// share of that figure, in the metric's better direction (absent where the figure is 0).
    public static let claimGap = Fact.Name("claimGap")
    public static let claimGapExcludingSuspicious = Fact.Name("claimGapExcludingSuspicious")
    /// The line of agency-claims.csv the claim was read from.
    public static let claimsLine = Fact.Name("claimsLine")
    /// A claim better than the figures by more than this share is overstated; by more than
    /// `highClaimGap`, high.
    public static let maxClaimGap = Fact.Name("maxClaimGap")
    public static let highClaimGap = Fact.Name("highClaimGap")
}
