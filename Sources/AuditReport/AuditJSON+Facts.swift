import AuditContract
import AuditDiagnose
import AuditMeasure
import AuditRecords

/// The facts behind audit.json's sentences, as data: each an object whose `kind` names what was
/// found, with its figures under the names the Swift results give them (rates and changes as
/// fractions, money in yuan, days and months as text).
extension AuditJSON {
    static func object(kind: String, _ fields: (String, JSONValue)...) -> JSONValue {
        .object([("kind", .string(kind))] + fields)
    }

    /// A fraction or a figure with decimals (per-day visitors, ROI), to six places like the metrics.
    static func figure(_ v: Double) -> JSONValue { .number(v, decimals: 6) }

    static func months(_ months: [TerminationCheck.MonthAttainment]) -> JSONValue {
        .array(
            months.map {
                .object([
                    ("month", .string($0.month.description)), ("attainment", .optional($0.attainment, decimals: 4)),
                ])
            })
    }

    func fact(_ reason: TargetFinding.Reason) -> JSONValue {
        switch reason {
        case .missingData(let export):
            return Self.object(kind: "missingData", ("export", .string(export.rawValue)))
        case .ordersChanged(let orders, let visitors, let conversion):
            return Self.object(
                kind: "ordersChanged", ("ordersChange", Self.figure(orders)), ("visitorsChange", Self.figure(visitors)),
                ("conversionChange", Self.figure(conversion)))
        case .salesChanged(let sales, let visitors, let conversion, let orderValue):
            return Self.object(
                kind: "salesChanged", ("salesChange", Self.figure(sales)), ("visitorsChange", Self.figure(visitors)),
                ("conversionChange", Self.figure(conversion)), ("orderValueChange", Self.figure(orderValue)))
        case .gapMainlyFrom(let factor):
            return Self.object(kind: "gapMainlyFrom", ("factor", .string(factor.rawValue)))
        case .biggestSourceDrop(let source, let visitors, let previousVisitors):
            return Self.object(
                kind: "biggestSourceDrop", ("source", .string(source.description)), ("visitors", .int(visitors)),
                ("previousVisitors", .int(previousVisitors)))
        case .visitorsNeeded(let conversion, let averageOrderValue, let needed, let visitors):
            return Self.object(
                kind: "visitorsNeeded", ("conversion", Self.figure(conversion)),
                ("averageOrderValue", .money(averageOrderValue)),
                ("neededVisitors", .int(needed)), ("visitors", .int(visitors)))
        case .gapNotSplit(let orders, let averageOrderValue):
            return Self.object(
                kind: "gapNotSplit", ("orders", .int(orders)),
                ("averageOrderValue", averageOrderValue.map { .money($0) } ?? .null))
        case .includesSuspectedFakeOrders(let orders, let value, let attainment):
            return Self.object(
                kind: "includesSuspectedFakeOrders", ("orders", .int(orders)),
                ("valueExcludingThem", .number(value, decimals: 6)),
                ("attainmentExcludingThem", .optional(attainment, decimals: 4)))
        case .searchVisitorsPerDay(let perDay, let firstHalf, let secondHalf):
            return Self.object(
                kind: "searchVisitorsPerDay", ("perDay", Self.figure(perDay)), ("firstHalf", Self.figure(firstHalf)),
                ("secondHalf", Self.figure(secondHalf)))
        case .previousSearchVisitorsPerDay(let perDay):
            return Self.object(kind: "previousSearchVisitorsPerDay", ("perDay", Self.figure(perDay)))
        case .trafficMix(let natural, let visitors, let paid):
            return Self.object(
                kind: "trafficMix", ("naturalVisitors", .int(natural)), ("visitors", .int(visitors)),
                ("paidVisitors", .int(paid)))
        case .payingBuyers(let buyers, let visitors):
            return Self.object(kind: "payingBuyers", ("buyers", .int(buyers)), ("visitors", .int(visitors)))
        case .trafficSurges(let sourceDays):
            return Self.object(kind: "trafficSurges", ("sourceDays", .int(sourceDays)))
        case .adSpendAndSales(let spend, let sales):
            return Self.object(kind: "adSpendAndSales", ("spend", .money(spend)), ("sales", .money(sales)))
        case .worstCampaign(let name, let roi, let spend):
            return Self.object(
                kind: "worstCampaign", ("name", .string(name)), ("roi", Self.figure(roi)), ("spend", .money(spend)))
        case .daysBelowROIRedLine(let days):
            return Self.object(kind: "daysBelowROIRedLine", ("days", .int(days)))
        case .daysOverSpendLimit(let days):
            return Self.object(kind: "daysOverSpendLimit", ("days", .int(days)))
        case .refunds(let amount, let share):
            return Self.object(kind: "refunds", ("amount", .money(amount)), ("shareOfSales", Self.figure(share)))
        case .visitorsChanged(let change):
            return Self.object(kind: "visitorsChanged", ("change", Self.figure(change)))
        case .itemUnitsChanged(let units, let compared, let month):
            return Self.object(
                kind: "itemUnitsChanged", ("units", .int(units)), ("comparedUnits", .int(compared)),
                ("month", .string(month.description)))
        case .itemOrdersAndPrice(let orders, let price, let comparedOrders, let comparedPrice, let month):
            return Self.object(
                kind: "itemOrdersAndPrice", ("orders", .int(orders)),
                ("averagePrice", price.map { .money($0) } ?? .null),
                ("comparedOrders", comparedOrders.map { .int($0) } ?? .null),
                ("comparedAveragePrice", comparedPrice.map { .money($0) } ?? .null),
                ("month", .optional(month?.description)))
        case .itemPriceChanged(let before, let after, let day):
            return Self.object(
                kind: "itemPriceChanged", ("before", .money(before)), ("after", .money(after)),
                ("day", .string(day.description)))
        case .itemSoldNothing(let first, let last):
            return Self.object(
                kind: "itemSoldNothing", ("first", .string(first.description)), ("last", .string(last.description)))
        case .itemUnitsInSuspectedFakeOrders(let units, let of, let value, let attainment):
            return Self.object(
                kind: "itemUnitsInSuspectedFakeOrders", ("units", .int(units)), ("of", .int(of)),
                ("valueExcludingThem", .optional(value, decimals: 6)),
                ("attainmentExcludingThem", .optional(attainment, decimals: 4)))
        case .targetMet:
            return Self.object(kind: "targetMet")
        case .targetMissed:
            return Self.object(kind: "targetMissed")
        }
    }

    func fact(_ action: TargetFinding.Action) -> JSONValue {
        switch action {
        case .completeExport(let export):
            return Self.object(kind: "completeExport", ("export", .string(export.rawValue)))
        case .improve(let factor): return Self.object(kind: "improve", ("factor", .string(factor.rawValue)))
        case .explainSuspectedFakeOrders: return Self.object(kind: "explainSuspectedFakeOrders")
        case .keepSearchOptimisation: return Self.object(kind: "keepSearchOptimisation")
        case .improveSearchRanking: return Self.object(kind: "improveSearchRanking")
        case .keepGrowingNaturalTraffic: return Self.object(kind: "keepGrowingNaturalTraffic")
        case .reducePaidTrafficReliance: return Self.object(kind: "reducePaidTrafficReliance")
        case .keepDetailPageAndService: return Self.object(kind: "keepDetailPageAndService")
        case .improveDetailPageAndScreenTraffic: return Self.object(kind: "improveDetailPageAndScreenTraffic")
        case .keepBidding: return Self.object(kind: "keepBidding")
        case .cutLowROIBids: return Self.object(kind: "cutLowROIBids")
        case .investigateRefunds: return Self.object(kind: "investigateRefunds")
        case .keepAsIs: return Self.object(kind: "keepAsIs")
        case .keepItemInStock: return Self.object(kind: "keepItemInStock")
        case .checkItemPriceChange: return Self.object(kind: "checkItemPriceChange")
        case .keepCurrentApproach: return Self.object(kind: "keepCurrentApproach")
        case .requestImprovementPlan: return Self.object(kind: "requestImprovementPlan")
        }
    }

    func fact(_ ground: TerminationCheck.Ground) -> JSONValue {
        switch ground {
        case .fakeOrders(let groups, let orders):
            return Self.object(kind: "fakeOrders", ("groups", .int(groups)), ("orders", .int(orders)))
        case .trialMissed(let stage, let months):
            return Self.object(
                kind: "trialMissed", ("stage", .string(stage)),
                ("months", .array(months.map { .string($0.description) })))
        case .consecutiveMonthsBelow(let months, let threshold):
            return Self.object(
                kind: "consecutiveMonthsBelow", ("months", Self.months(months)), ("threshold", Self.figure(threshold)))
        case .consecutiveMonthsBelowRedLine(let months, let redLine):
            return Self.object(
                kind: "consecutiveMonthsBelowRedLine", ("months", Self.months(months)),
                ("redLine", Self.figure(redLine)))
        case .consecutiveStagesMissed(let stages):
            return Self.object(kind: "consecutiveStagesMissed", ("stages", .array(stages.map { .string($0) })))
        }
    }

    func fact(_ warning: TerminationCheck.Warning) -> JSONValue {
        switch warning {
        case .monthsBelow(let months, let threshold, let monthsNeeded):
            return Self.object(
                kind: "monthsBelow", ("months", Self.months(months)), ("threshold", Self.figure(threshold)),
                ("monthsNeeded", .int(monthsNeeded)))
        }
    }

    func fact(_ finding: ThreeStepDiagnosis.ExecutionFinding) -> JSONValue {
        switch finding {
        case .spendOverLimit(let days): return Self.object(kind: "spendOverLimit", ("days", .int(days)))
        case .roiBelowRedLine(let runs, let days):
            return Self.object(kind: "roiBelowRedLine", ("runs", .int(runs)), ("days", .int(days)))
        case .suspectedFakeOrders(let groups, let orders):
            return Self.object(kind: "suspectedFakeOrders", ("groups", .int(groups)), ("orders", .int(orders)))
        case .daysWithoutSpend(let days):
            return Self.object(kind: "daysWithoutSpend", ("days", .array(days.map { .string($0.description) })))
        case .snapshotPriceChangesWithoutApproval(let changes, let items):
            return Self.object(
                kind: "snapshotPriceChangesWithoutApproval", ("changes", .int(changes)), ("items", .int(items)))
        case .noBreachFound: return Self.object(kind: "noBreachFound")
        case .customerService, .customerServiceDownloadMissing, .activityWeeks, .activityDownloadMissing,
            .promotionSpend:
            return agencyWorkFact(finding)
        }
    }

    func fact(_ finding: ThreeStepDiagnosis.CooperationFinding) -> JSONValue {
        switch finding {
        case .unitPriceChanged(let item, let lowest, let lowestOn, let highest, let highestOn, let change):
            return Self.object(
                kind: "unitPriceChanged", ("item", .string(item)), ("lowest", .money(lowest)),
                ("lowestOn", .string(lowestOn.description)),
                ("highest", .money(highest)), ("highestOn", .string(highestOn.description)),
                ("change", Self.figure(change)))
        case .noPriceChangeSeen:
            return Self.object(kind: "noPriceChangeSeen")
        case .stockOut(let s): return fact(s)
        case .itemStopped(let s): return fact(s)
        case .stockOutsBehindTarget(let i): return fact(i)
        case .stockOutRefunds(let r): return fact(r)
        case .itemTakenDown(let t): return fact(t)
        case .snapshotStockZero(let z): return fact(z)
        case .snapshotPriceChange(let c): return fact(c)
        case .secondSnapshotNeeded(let day):
            return Self.object(kind: "secondSnapshotNeeded", ("day", .string(day.description)))
        }
    }

    func fact(_ finding: ThreeStepDiagnosis.MarketFinding) -> JSONValue {
        switch finding {
        case .visitorsChanged(let visitors, let natural):
            return Self.object(
                kind: "visitorsChanged", ("visitorsChange", Self.figure(visitors)),
                ("naturalVisitorsChange", .optional(natural, decimals: 6)))
        case .noCategoryData:
            return Self.object(kind: "noCategoryData")
        case .peerTier(let c): return fact(c)
        case .peerTierPreviousMonthMissing(let month, let platform):
            return Self.object(
                kind: "peerTierPreviousMonthMissing", ("month", .string(month.description)),
                ("platform", .string(platform.rawValue)))
        case .peerTierDownloadMissing(let platform):
            return Self.object(kind: "peerTierDownloadMissing", ("platform", .string(platform.rawValue)))
        }
    }

    func fact(_ reason: Settlement.WithholdingReason) -> JSONValue {
        switch reason {
        case .unmeasuredTargets(let metrics):
            return Self.object(kind: "unmeasuredTargets", ("metrics", .array(metrics.map { .string($0.rawValue) })))
        case .noUsableExport: return Self.object(kind: "noUsableExport")
        case .commissionWithoutSales: return Self.object(kind: "commissionWithoutSales")
        case .incompleteData(let gap): return fact(gap)
        case .unusableManualFigures(let file, let lines):
            return Self.object(
                kind: "unusableManualFigures", ("file", .string(file)), ("lines", .array(lines.map { .int($0) })))
        case .baselineMonth(let first):
            return Self.object(kind: "baselineMonth", ("contractStarts", .string(first.description)))
        case .baselineMissing(let metrics, let months):
            return Self.object(
                kind: "baselineMissing", ("metrics", .array(metrics.map { .string($0.rawValue) })),
                ("months", .array(months.map { .string($0.description) })))
        }
    }

    func fact(_ gap: DataGap) -> JSONValue {
        switch gap {
        case .rejectedOrderRows(let rejected, let paidRows, let rows):
            return Self.object(
                kind: "rejectedOrderRows", ("rejected", .int(rejected)), ("paidRows", .int(paidRows)),
                ("rows", .array(rows.map { .string($0.description) })))
        case .unreadableExports(let kind, let files):
            return Self.object(
                kind: "unreadableExports", ("exportKind", .optional(kind?.rawValue)),
                ("files", .array(files.map { .string($0) })))
        case .otherMonthsExport(let file, let kind, let months, let rows):
            return Self.object(
                kind: "otherMonthsExport", ("file", .string(file)), ("exportKind", .string(kind.rawValue)),
                ("months", .array(months.map { .string($0.description) })), ("rows", .int(rows)))
        case .partialMonth(let kind, let first, let last, let days):
            return Self.object(
                kind: "partialMonth", ("exportKind", .string(kind.rawValue)), ("from", .string(first.description)),
                ("to", .string(last.description)), ("coveredDays", .int(gap.coveredDays ?? 0)),
                ("daysInMonth", .int(days)))
        case .conflictingCopies(let kind, let records, let files):
            return Self.object(
                kind: "conflictingCopies", ("exportKind", .string(kind.rawValue)), ("records", .int(records)),
                ("files", .array(files.map { .string($0) })))
        }
    }
}
