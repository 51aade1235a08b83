import AuditRecords

extension BurstScoring {
    /// The scoring as facts, for the findings it scored: the minimum score reported, then each
    /// signal's steps with their points, so the finding's score can be checked from its facts (the
    /// high and medium scores are facts of their own, beside the score).
    var facts: [Fact] {
        var facts = [
            Fact(.minScore, .score(minScore)),
            Fact(.orderPoints, .list(orderSteps.map { $0.value(Fact(.minOrders, .count($0.threshold))) })),
            Fact(.spanPoints, .list(spanSteps.map { $0.value(Fact(.withinHours, .hours($0.threshold))) })),
        ]
        if let longSpan {
            facts.append(Fact(.longSpanPoints, longSpan.value(Fact(.overHours, .hours(longSpan.threshold)))))
        }
        facts.append(Fact(.itemPoints, .list(itemSteps.map { $0.value(Fact(.minShare, .ratio($0.threshold))) })))
        if let mixedItems {
            facts.append(Fact(.mixedItemsPoints, mixedItems.value(Fact(.belowShare, .ratio(mixedItems.threshold)))))
        }
        facts.append(Fact(.lowAmountPoints, lowAmount.value(Fact(.maxAmount, .money(lowAmount.threshold)))))
        return facts
    }
}
