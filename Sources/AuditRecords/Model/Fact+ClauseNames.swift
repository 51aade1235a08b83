/// The names of the facts the contract's spending and approval clauses give their findings
/// (`ClauseReview`): the budget, the per-campaign daily limit, price changes.
extension Fact.Name {
    /// The deepest discount of a day's orders of an item: 0.35 for 35% off.
    public static let deepestDiscount = Fact.Name("deepestDiscount")
    /// The contract's discount limit.
    public static let maxDiscount = Fact.Name("maxDiscount")
    /// The item takes part in no discount under the contract.
    public static let noDiscountItem = Fact.Name("noDiscountItem")
    /// The discount is 拼多多's 店铺优惠折扣(元) ÷ 商品总价(元), not 1 − paid ÷ list value.
    public static let storeDiscount = Fact.Name("storeDiscount")
    /// The goods' gross margin the profit is counted with.
    public static let grossMargin = Fact.Name("grossMargin")
    /// The gross profit of the sales the ads brought.
    public static let adGrossProfit = Fact.Name("adGrossProfit")
    /// Gross profit less promotion and the agency's fee.
    public static let leftForMerchant = Fact.Name("leftForMerchant")
    /// The contract stage the finding is about (its name).
    public static let stage = Fact.Name("stage")
    /// The month's promotion budget in yuan.
    public static let monthlyAdBudget = Fact.Name("monthlyAdBudget")
    /// The share of the month's sales target the budget is, when the contract writes it so.
    public static let budgetShareOfSalesTarget = Fact.Name("budgetShareOfSalesTarget")
    /// The month's sales (gmv) target the budget is a share of.
    public static let salesTarget = Fact.Name("salesTarget")
    /// Spend above the budget.
    public static let overBudget = Fact.Name("overBudget")
    /// Spend above this multiple of the budget makes the overrun high.
    public static let highOverBudgetRatio = Fact.Name("highOverBudgetRatio")
    /// The day the month's spend passed the budget.
    public static let exceededOn = Fact.Name("exceededOn")
    /// The contract's per-campaign daily limit.
    public static let campaignDailyLimit = Fact.Name("campaignDailyLimit")
    /// The month folder has no approvals.csv: whether the item was approved could not be checked.
    public static let approvalsMissing = Fact.Name("approvalsMissing")
    /// The item's 商品ID (digits).
    public static let itemId = Fact.Name("itemId")
    /// The price before and after a change, and the day before it.
    public static let priceBefore = Fact.Name("priceBefore")
    public static let priceAfter = Fact.Name("priceAfter")
    public static let previousDay = Fact.Name("previousDay")
    /// after / before − 1.
    public static let priceChange = Fact.Name("priceChange")
    /// The contract's price-change limit.
    public static let priceChangeLimit = Fact.Name("priceChangeLimit")
    /// The prices are paid ÷ quantity (the exports give no 商品价格).
    public static let pricePaidPerUnit = Fact.Name("pricePaidPerUnit")
}
