import AuditContract
import AuditDetect
import AuditDiagnose
import AuditImport
import AuditMeasure
import AuditRecords
import Dispatch

/// Runs the pipeline for one month on records already imported: assemble, detect, measure,
/// settle, diagnose.
///
/// Reads no clock and writes no file: the caller times the stages through `lap` and decides
/// when the month's records are freed (`Output.records`). The only file access is reading back
/// the few orders findings name, through the month's `OrderReadBack`.
public enum MonthlyAuditor {
    /// Called as each stage ends (assemble, detect, measure), for the caller's clock.
    public typealias StageLap = (_ ended: WritableKeyPath<StageTimings, Duration>) -> Void

    public struct Output: Sendable {
        public var result: MonthAuditResult
        /// Carried to the next month for its gap decomposition.
        public var figures: MonthFigures
        /// Carried to the next month for the termination terms.
        public var standing: TerminationCheck.MonthStanding
        /// The month's records, handed back so the caller can free them where it suits it
        /// (releasing millions of orders one by one is work nobody needs to wait for).
        public var records: MonthRecords?
    }

    /// The records of one audited month, held until the caller lets them go.
    public struct MonthRecords: Sendable {
        let assembled: MonthAssembler.Result
    }

    public static func audit(
        month: YearMonth, contract: Contract, imports: consuming [ImportedExport], ignored: [IgnoredFile] = [],
        previous: MonthFigures?, history: [TerminationCheck.MonthStanding],
        trafficSources: TrafficSourceTable = .standard, claims: AgencyClaims = AgencyClaims(),
        approvals: MerchantApprovals = MerchantApprovals(), baselines: [YearMonth: [MetricValue]] = [:],
        baselineItems: [YearMonth: ItemFigures] = [:],
        costs: ItemCosts = ItemCosts(), manual: ManualFigures = ManualFigures(), lap stop: StageLap = { _ in }
    ) -> Output {
        // Handed over, not copied: the assembler reuses the import's order array in place.
        let items = contract.targetItems
        // The items the agency's claims name are counted too, to set each claim beside its figure.
        let claimedItems = claims.claims.compactMap { c in c.item.map { (metric: c.metric, item: $0) } }
        let (assembled, split) = assemble(
            month: month, imports: imports, platform: contract.platform, sources: trafficSources,
            itemKeys: Set((items + claimedItems).map(\.item.key)))
        let data = assembled.data
        let stage = contract.stage(for: month)
        let completeness = MonthCompleteness.assess(
            month: month, data: data, inputs: assembled.inputs, ignored: ignored,
            outsideMonth: assembled.outsideMonth, outsideMonths: assembled.outsideMonths, inMonth: assembled.inMonth)
        stop(\.assemble)
        let readBack = assembled.readBack
        // A month missing order rows would show the gap as orders that never visited the store.
        let detector = Detector(
            rules: completeness.ordersIncomplete ? Detector.rulesForIncompleteOrders : Detector.standardRules)
        // A red-line run ending on days whose attribution had not settled when the exports were taken is not called.
        var settling = DataSettling.assess(
            month: month,
            exports: assembled.inputs.filter { assembled.inMonth[$0.file, default: 0] > 0 }.map { ($0.kind, $0.taken) })
        let anomalies = settling.hold(
            detector.detect(in: data, context: DetectionContext(limits: contract.limits, readBack: readBack)),
            redLineDays: contract.limits.roiRedLineDays)
        let suspicious = Anomaly.suspectedFakeOrderIDs(in: anomalies)
        stop(\.detect)
        let proRata = contract.settlement.proRataPartialMonth ? Self.proRataShares(completeness) : [:]
        // Growth targets take their figure from the baseline month; a target judged at the stage's end waits for it.
        let plan = MonthTargets.resolve(stage: stage, month: month, baselines: baselines)
        let targets = plan.judged.map { Self.scaled($0, by: proRata) }
        let storeMetrics = MetricCalculator.measure(
            data, readBack: readBack, suspiciousOrderIDs: suspicious, targets: targets, items: items)
        let (metrics, breakdown) = Self.platformMetrics(
            storeMetrics, split: split, data: data, readBack: readBack, suspicious: suspicious, targets: targets)
        // The agency reports the store's figures: its claims are set beside the store's total.
        let check = ClaimCheck()
        let comparisons = check.compare(
            claims.claims,
            metrics: storeMetrics
                + MetricCalculator.measure(
                    items: claimedItems.filter { c in !items.contains { $0 == c } }, in: data, readBack: readBack,
                    suspiciousOrderIDs: suspicious))
        // The claims' findings join the report's list only: the contract terms and the diagnosis
        // weigh what the exports show, not what the agency said about them.
        // The contract's spending and approval clauses: their breaches join the report's list too.
        let review = ClauseReview.check(
            data: data, contract: contract, stage: stage,
            approvals: approvals.files.isEmpty ? nil : approvals.approvals, readBack: readBack)
        let reported = ClaimCheck.merged(
            ClaimCheck.merged(anomalies, check.findings(comparisons)), review.findings)
        let orderRisks = Self.orderRisks(reported, data: data, readBack: readBack)
        let figures = MonthFigures(
            data, split: split, platforms: split.isMultiPlatform ? split.platforms : targets.compactMap(\.platform))
        let daily = DailySeries(data, readBack: readBack, suspiciousOrderIDs: suspicious)
        var work = AgencyWorkTerms(contract: contract, manual: manual.figures)
        work.monthlyBudget = review.budget?.budget
        let diagnosis = ThreeStepDiagnosis.diagnose(
            data: data, readBack: readBack, figures: figures, previous: previous, anomalies: anomalies,
            metrics: metrics,
            platforms: split.platforms, work: work, approvals: approvals.files.isEmpty ? nil : approvals.approvals,
            priceChangeLimit: contract.limits.priceChange)
        // A target naming one platform is explained by that platform's own month-on-month change,
        // never the store's.
        let findings = TargetDiagnosis.diagnose(
            metrics: metrics, current: figures, previous: previous,
            anomalies: anomalies, suspiciousOrderIDs: suspicious,
            items: Self.itemEvidence(
                items, data: data, readBack: readBack, suspicious: suspicious, plan: plan, previous: previous,
                baselineItems: baselineItems, review: review, diagnosis: diagnosis)
        ).map { f in
            guard let p = f.metric.platform else { return f }
            return TargetDiagnosis.diagnose(
                metrics: [f.metric], current: figures.byPlatform[p] ?? figures, previous: previous?.byPlatform[p],
                anomalies: anomalies, suspiciousOrderIDs: suspicious
            ).first ?? f
        }
        // The after-sales service standards, on the figures the merchant typed in.
        let service = ServiceReview.review(
            terms: contract.service, figures: manual.figures, baseFee: contract.fees.monthlyBase)
        let settlement = Self.settle(
            month: month, plan: plan, metrics: metrics, contract: contract, storeTotal: storeMetrics,
            completeness: completeness, isBaseline: stage == nil && contract.baselineMonths.contains(month),
            manual: manual
        ).applying(service: service)
        // What the month left the merchant; its finding joins the report's list.
        let profit = ProfitReview.review(
            data: data, metrics: storeMetrics, settlement: settlement, contract: contract,
            costs: costs.file == nil ? nil : costs.costs, suspiciousOrderKeys: Set(suspicious.map(Order.idKey(of:))))
        let status: MonthStatus =
            completeness.isUnusable ? .unusable : settlement.withheld.isEmpty ? .complete : .withheld
        let standing = TerminationCheck.MonthStanding(
            month: month, stageName: stage?.name,
            overallAttainment: settlement.overallAttainment,
            allTargetsMet: settlement.allTargetsMet, isJudged: settlement.withheld.isEmpty,
            highFakeOrders: .init(fakeOrdersIn: anomalies, severity: .high),
            mediumFakeOrders: .init(fakeOrdersIn: anomalies, severity: .medium), payable: settlement.payable,
            baseFee: settlement.baseFee, clauseBreaches: review.breachCount)
        let termination = TerminationCheck.evaluate(
            history: history + [standing], contract: contract, anomalies: anomalies)
        // The period so far, as of this month: the month's audit.json carries the verdict it gave then.
        let clauses = TerminationCheck.clauses(history: history + [standing], contract: contract)
        let verdict = Verdict.decide(
            clauses: clauses, history: history + [standing], contract: contract, lastMonthMetrics: metrics)
        stop(\.measure)

        let warnings = MonthWarnings.collect(
            month: month, contract: contract, assembled: assembled, ignored: ignored, split: split,
            completeness: completeness)

        let result = MonthAuditResult(
            month: month, storeName: contract.storeName, agencyName: contract.agencyName, platform: contract.platform,
            stage: stage,
            inputs: assembled.inputs.map { InputSummary($0, outsideMonth: assembled.outsideMonth[$0.file] ?? 0) },
            ignoredFiles: ignored,
            rejects: assembled.inputs.flatMap(\.rejects),
            duplicateOrders: assembled.duplicateOrders,
            metrics: metrics, platformBreakdown: breakdown, findings: findings,
            anomalies: ClaimCheck.merged(reported, profit.findings),
            orderRisks: orderRisks, settlement: settlement,
            termination: termination, clauses: clauses, verdict: verdict, diagnosis: diagnosis, warnings: warnings,
            status: status, completeness: completeness, daily: daily, limits: contract.limits,
            salesChange: SalesChange(current: figures, previous: previous), proRata: !proRata.isEmpty,
            claims: comparisons, claimsFiles: claims.files, claimProblems: claims.problems, settling: settling,
            clauseReview: review, approvalsFiles: approvals.files, approvalProblems: approvals.problems,
            targetBases: plan.bases, deferredTargets: plan.deferred, profit: profit, costsFile: costs.file,
            costProblems: costs.problems, service: service, manualFiles: manual.files, manualProblems: manual.problems)
        return Output(
            result: result, figures: figures, standing: standing, records: MonthRecords(assembled: consume assembled))
    }

    /// What an item's 差异原因 quotes: its figures with and without the suspected fake orders, in
    /// the month it is compared with (its target's baseline month, else the previous month), its
    /// price changes (the contract's check by 商品ID where it has a limit, else the diagnosis's by
    /// title) and its stock-outs.
    private static func itemEvidence(
        _ items: [(metric: MetricKey, item: TargetItem)], data: MonthData, readBack: OrderReadBack,
        suspicious: Set<String>, plan: MonthTargets, previous: MonthFigures?,
        baselineItems: [YearMonth: ItemFigures], review: ClauseReview, diagnosis: ThreeStepDiagnosis
    ) -> ItemTargetEvidence? {
        guard !items.isEmpty else { return nil }
        let current = data.itemFigures
        let clean = current.excluding(
            orders: MetricCalculator.orderKeys(data, readBack: readBack, ids: suspicious))
        var compared: [String: ItemTargetEvidence.Comparison] = [:]
        for (_, item) in items where compared[item.id] == nil {
            let month = plan.bases.first { $0.item == item.id && $0.baselineMonth != nil }?.baselineMonth
            if let month, let figures = baselineItems[month], figures.hasLineItems {
                compared[item.id] = .init(month: month, figure: figures.figure(of: item.key))
            } else if month == nil, let p = previous, p.items.hasLineItems {
                compared[item.id] = .init(month: p.month, figure: p.items.figure(of: item.key))
            }
        }
        var changes = (review.priceChanges?.changes ?? []).map {
            ItemTargetEvidence.PriceChange(
                itemKey: $0.itemIDKey, title: nil, before: $0.before, after: $0.after, day: $0.day)
        }
        if review.priceChanges == nil {
            for case .unitPriceChanged(let item, let low, let lowOn, let high, let highOn, _) in diagnosis.cooperation {
                let rose = lowOn < highOn
                changes.append(
                    ItemTargetEvidence.PriceChange(
                        itemKey: nil, title: item, before: rose ? low : high, after: rose ? high : low,
                        day: rose ? highOn : lowOn))
            }
        }
        var stockOuts: [StockOut] = []
        for case .stockOut(let s) in diagnosis.cooperation { stockOuts.append(s) }
        return ItemTargetEvidence(
            items: items.map(\.item), current: current, excludingSuspicious: clean, comparedWith: compared,
            priceChanges: changes, stockOuts: stockOuts)
    }

    /// The month assembled, with the traffic export's platform (the store's, or on a store with
    /// several platforms the one the traffic export is counted on) and the traffic-source table in its data.
    private static func assemble(
        month: YearMonth, imports: consuming [ImportedExport], platform: Platform, sources: TrafficSourceTable,
        itemKeys: Set<UInt64>
    ) -> (MonthAssembler.Result, PlatformSplit) {
        var assembled = MonthAssembler.assemble(month: month, inputs: imports, itemKeys: itemKeys)
        let split = PlatformSplit(
            inputs: assembled.inputs, contractPlatform: platform, traffic: assembled.data.traffic, sources: sources)
        assembled.data.platform = split.trafficPlatform
        assembled.data.trafficSources = sources
        return (assembled, split)
    }

    /// The metrics the contract is judged on (the store's total, or one platform's figure where a
    /// target names it), and on a store with several platforms each platform's figures.
    static func platformMetrics(
        _ store: [MetricValue], split: PlatformSplit, data: MonthData, readBack: OrderReadBack,
        suspicious: Set<String>, targets: [Contract.Target]
    ) -> ([MetricValue], PlatformBreakdown?) {
        var named = Set(targets.compactMap(\.platform))
        if split.isMultiPlatform { named.formUnion(split.platforms) }
        guard !named.isEmpty else { return (store, nil) }
        var byPlatform: [Platform: [MetricValue]] = [:]
        for p in named {
            byPlatform[p] = MetricCalculator.measure(
                data, on: p, split: split, readBack: readBack, suspiciousOrderIDs: suspicious, targets: targets)
        }
        var judged = store
        for t in targets {
            guard let p = t.platform, t.item == nil, let i = judged.firstIndex(where: { $0.key == t.metric }),
                let m = byPlatform[p]?.first(where: { $0.key == t.metric })
            else { continue }
            judged[i] = m
        }
        guard split.isMultiPlatform else { return (judged, nil) }
        let breakdown = PlatformBreakdown(
            platforms: split.platforms.map { ($0, byPlatform[$0] ?? []) }, total: store,
            trafficPlatform: split.trafficPlatform, hasTraffic: !data.traffic.isEmpty && split.trafficIsTold)
        return (judged, breakdown)
    }

    /// The month's settlement: none for the contract's baseline month (only its figures count), and
    /// none while a growth target's baseline is missing.
    static func settle(
        month: YearMonth, plan: MonthTargets, metrics: [MetricValue], contract: Contract, storeTotal: [MetricValue],
        completeness: MonthCompleteness, isBaseline: Bool, manual: ManualFigures = ManualFigures()
    ) -> Settlement {
        if isBaseline, let first = contract.stages.first?.from {
            return .withheld([.baselineMonth(contractStarts: first)], contract: contract)
        }
        var settlement = Settlement.compute(
            metrics: metrics, contract: contract, storeTotal: storeTotal, completeness: completeness,
            stage: contract.stage(for: month))
        // A service figure typed in wrong moves the fee: the month waits for it to be put right.
        if !contract.service.isEmpty, let bad = manual.problems.first {
            let lines = manual.problems.filter { $0.file == bad.file }.map(\.line)
            settlement = .withheld(
                settlement.withheld + [.unusableManualFigures(file: bad.file, lines: lines)], contract: contract)
        }
        guard !plan.missingBaselines.isEmpty else { return settlement }
        var metrics: [MetricKey] = []
        var months: [YearMonth] = []
        for (m, ym) in plan.missingBaselines {
            if !metrics.contains(m) { metrics.append(m) }
            if !months.contains(ym) { months.append(ym) }
        }
        return .withheld(settlement.withheld + [.baselineMissing(metrics: metrics, months: months)], contract: contract)
    }

    /// The share of the month each partial kind of export covers, for a contract that judges such
    /// a month pro rata.
    static func proRataShares(_ completeness: MonthCompleteness) -> [ExportKind: Double] {
        var shares: [ExportKind: Double] = [:]
        for gap in completeness.gaps {
            guard case .partialMonth(let kind, _, _, let days) = gap, let covered = gap.coveredDays else { continue }
            shares[kind] = Double(covered) / Double(days)
        }
        return shares
    }

    /// A target scaled to the days its export covers: the month's totals (orders, sales, refunds,
    /// visitors, spend) and the per-day search visitors (counted over the whole month); shares,
    /// rates and ROI are not scaled.
    static func scaled(_ target: Contract.Target, by shares: [ExportKind: Double]) -> Contract.Target {
        let scalable: Set<MetricKey> = [
            .orders, .gmv, .refundAmount, .visitors, .naturalVisitors, .searchVisitorsPerDay, .adSpend,
        ]
        guard scalable.contains(target.metric),
            let share = shares.first(where: { $0.key.feeds.contains(target.metric) })?.value
        else { return target }
        var t = target
        t.value *= share
        return t
    }

    /// Each order the findings name, with its level, and its full order read back for the list
    /// (one pass over the compact records to find them: a few hundred orders at most are read).
    static func orderRisks(_ anomalies: [Anomaly], data: MonthData, readBack: OrderReadBack) -> [OrderRisk] {
        var risks = OrderRiskAssessment.assess(anomalies)
        guard !risks.isEmpty else { return [] }
        let keys = Set(risks.map { Order.idKey(of: $0.orderID) })
        let records =
            data.paidOrders.filter { keys.contains($0.idKey) } + data.otherOrders.filter { keys.contains($0.idKey) }
        var byID: [String: Order] = [:]
        for order in readBack.orders(records) where byID[order.id] == nil { byID[order.id] = order }
        for i in risks.indices { risks[i].order = byID[risks[i].orderID] }
        return risks
    }
}
