import AuditRecords

/// How the rules that score orders found together (`same-address-cluster`, `same-phone-cluster`,
/// `linked-orders`) weigh what those orders share, and which score makes a finding.
///
/// The three rules weigh the same four signals — how many orders, how close in time, how much of
/// one item, how cheap — each with steps of its own (a ring needs more orders than one address to
/// mean as much), and turn the score into a severity the same way. What only one rule weighs
/// (buyers paying seconds apart to one door, a web of links) stays a property of that rule.
/// `waybill-batch` is not scored (its severity follows from the batch's conditions one by one), so
/// it keeps thresholds of its own, with `lowValue` for what is cheap.
public struct BurstScoring: Sendable, Hashable {
    /// Points by the number of orders, in ascending order of orders: the last step reached counts.
    public var orderSteps: [ScoreStep<Int>]
    /// Points for payments close together, in ascending order of hours: the first step whose hours
    /// hold the time from the first payment to the last counts (the first step's span is reported
    /// as short, the others as within about a day).
    public var spanSteps: [ScoreStep<Int>]
    /// Points (negative) for payments spread over more than these hours; nil: no such signal.
    public var longSpan: ScoreStep<Int>?
    /// Points by the share of orders buying the most common item, in ascending order of shares:
    /// the last step reached counts (the last step is reported as one item, the others as mostly one).
    public var itemSteps: [ScoreStep<Double>]
    /// Points (negative) for a share of the most common item below this: mixed items; nil: no such signal.
    public var mixedItems: ScoreStep<Double>?
    /// Points for a median amount paid at most this: low value.
    public var lowAmount: ScoreStep<Money>
    /// Scores at which a finding is high or medium (below, low).
    public var highScore: Int
    public var mediumScore: Int
    /// Orders scoring less are not reported.
    public var minScore: Int

    /// The median amount at most which orders are cheap, the way brushing buys the ¥9.9 item: the
    /// default of every rule that weighs it.
    public static let lowValue = Money(cents: 2000)

    public init(
        orderSteps: [ScoreStep<Int>], spanSteps: [ScoreStep<Int>], longSpan: ScoreStep<Int>? = nil,
        itemSteps: [ScoreStep<Double>] = [ScoreStep(0.6, points: 1), ScoreStep(0.8, points: 2)],
        mixedItems: ScoreStep<Double>? = ScoreStep(0.4, points: -1),
        lowAmount: ScoreStep<Money> = ScoreStep(lowValue, points: 1), highScore: Int = 7, mediumScore: Int = 5,
        minScore: Int
    ) {
        self.orderSteps = orderSteps
        self.spanSteps = spanSteps
        self.longSpan = longSpan
        self.itemSteps = itemSteps
        self.mixedItems = mixedItems
        self.lowAmount = lowAmount
        self.highScore = highScore
        self.mediumScore = mediumScore
        self.minScore = minScore
    }

    /// The points for `orders` orders.
    func orderPoints(_ orders: Int) -> Int {
        orderSteps.last { orders >= $0.threshold }?.points ?? 0
    }

    /// The points for payments `seconds` apart from first to last, with the fact that states the
    /// span; nil when the span weighs neither way.
    func span(seconds: Int) -> (points: Int, fact: Fact)? {
        if let i = spanSteps.firstIndex(where: { seconds <= $0.threshold * 3600 }) {
            return (spanSteps[i].points, Fact(i == 0 ? .shortSpanSeconds : .daySpanSeconds, .seconds(seconds)))
        }
        if let long = longSpan, seconds > long.threshold * 3600 {
            return (long.points, Fact(.longSpanSeconds, .seconds(seconds)))
        }
        return nil
    }

    /// What a share of orders buying one item says.
    enum ItemSignal {
        case oneItem, mostlyOneItem, mixedItems
    }

    /// The points for `share` of the orders buying the most common item, with what it says; nil
    /// when it weighs neither way.
    func items(share: Double) -> (points: Int, signal: ItemSignal)? {
        if let i = itemSteps.lastIndex(where: { share >= $0.threshold }) {
            return (itemSteps[i].points, i == itemSteps.count - 1 ? .oneItem : .mostlyOneItem)
        }
        if let mixed = mixedItems, share < mixed.threshold { return (mixed.points, .mixedItems) }
        return nil
    }

    /// The points for the orders' share of their most common item, with the facts that state it
    /// (the item and its orders, or the share); nil when it weighs neither way.
    func items(of b: OrderBurst) -> (points: Int, facts: [Fact])? {
        let share = b.sameness(\.itemTitle)
        guard let (points, signal) = items(share: share) else { return nil }
        switch signal {
        case .oneItem:
            let top = b.topItem
            return (points, [Fact(.sameItemOrders, .count(top.count)), Fact(.item, .text(top.title))])
        case .mostlyOneItem: return (points, [Fact(.mostlyOneItemShare, .ratio(share))])
        case .mixedItems: return (points, [Fact(.mixedItemsShare, .ratio(share))])
        }
    }

    /// The points and facts of a burst's span and of its items, in that order: what the address
    /// and phone rules weigh alike.
    func spanAndItems(of b: OrderBurst) -> (points: Int, facts: [Fact]) {
        var points = 0
        var facts: [Fact] = []
        if let span = span(seconds: b.spanSeconds) {
            points += span.points
            facts.append(span.fact)
        }
        if let items = items(of: b) {
            points += items.points
            facts += items.facts
        }
        return (points, facts)
    }

    /// The points for a median amount paid of `median`; nil when it is not low.
    func lowAmountPoints(_ median: Money) -> Int? {
        median <= lowAmount.threshold ? lowAmount.points : nil
    }

    /// The severity a score earns.
    func severity(_ score: Int) -> Severity {
        score >= highScore ? .high : score >= mediumScore ? .medium : .low
    }
}
