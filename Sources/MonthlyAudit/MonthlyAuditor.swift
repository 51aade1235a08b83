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
        trafficSources: TrafficSourceTable = .standard,
        masker: PIIMasker = PIIMasker(), lap stop: StageLap = { _ in }
    ) -> Output {
        // Handed over, not copied: the assembler reuses the import's order array in place.
        let (assembled, split) = assemble(
            month: month, imports: imports, platform: contract.platform, sources: trafficSources)
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
        let anomalies = detector.detect(
            in: data, context: DetectionContext(limits: contract.limits, readBack: readBack))
        let suspicious = Detector.suspiciousOrderIDs(in: anomalies)
        let orderRisks = Self.orderRisks(anomalies, data: data, readBack: readBack)
        stop(\.detect)
        let proRata = contract.settlement.proRataPartialMonth ? Self.proRataShares(completeness) : [:]
        let targets = (stage?.targets ?? []).map { Self.scaled($0, by: proRata) }
        let storeMetrics = MetricCalculator.measure(
            data, readBack: readBack, suspiciousOrderIDs: suspicious, targets: targets)
        let (metrics, breakdown) = Self.platformMetrics(
            storeMetrics, split: split, data: data, readBack: readBack, suspicious: suspicious, targets: targets)
        let figures = MonthFigures(data)
        // A target naming one platform is not explained by the store's month-on-month change
        // (the figures carried between months are the store's): its finding has no decomposition.
        let findings = TargetDiagnosis.diagnose(
            metrics: metrics, current: figures, previous: previous,
            anomalies: anomalies, suspiciousOrderIDs: suspicious
        ).map { f in
            guard f.metric.platform != nil else { return f }
            return TargetDiagnosis.diagnose(
                metrics: [f.metric], current: figures, previous: nil, anomalies: anomalies,
                suspiciousOrderIDs: suspicious
            ).first ?? f
        }
        // Nothing read at all: no fee is due or deducted on no evidence.
        let settlement =
            assembled.inputs.isEmpty
            ? Settlement.withheld([.noUsableExport], contract: contract)
            : Settlement.compute(
                metrics: metrics, contract: contract, storeTotal: storeMetrics, completeness: completeness)
        let status: MonthStatus =
            assembled.inputs.isEmpty || completeness.isUnusable
            ? .unusable : settlement.withheld.isEmpty ? .complete : .withheld
        let standing = TerminationCheck.MonthStanding(
            month: month, stageName: stage?.name,
            overallAttainment: settlement.overallAttainment,
            allTargetsMet: settlement.allTargetsMet, isJudged: settlement.withheld.isEmpty)
        let termination = TerminationCheck.evaluate(
            history: history + [standing], contract: contract, anomalies: anomalies)
        let diagnosis = ThreeStepDiagnosis.diagnose(
            data: data, readBack: readBack, figures: figures, previous: previous, anomalies: anomalies)
        stop(\.measure)

        var warnings: [String] = []
        if stage == nil { warnings.append("合同里没有覆盖 \(month) 的阶段：本月只计算指标，不对比目标") }
        for kind in ExportKind.allCases
        where !kind.feeds.isEmpty && !assembled.inputs.contains(where: { $0.kind == kind }) {
            let unusable = ignored.filter { $0.isUnusable && $0.kind == kind }.map(\.file)
            if unusable.isEmpty, let reason = PlatformLimits.missingExportReason(kind, platform: contract.platform) {
                warnings.append(reason)
            } else if unusable.isEmpty {
                warnings.append("本月缺少\(kind.displayName)导出：相关指标无法计算")
            } else {
                warnings.append(
                    "本月的\(kind.displayName)（\(unusable.joined(separator: "、"))）无法使用："
                        + kind.feeds.map(\.displayName).joined(separator: "、")
                        + " 没有数据，请按「数据核对」里的说明补齐后重新审计")
            }
        }
        let unknownKind = ignored.filter { $0.isUnusable && $0.kind == nil }
        if !unknownKind.isEmpty {
            warnings.append("\(unknownKind.count) 个文件无法读取（见「数据核对」）：若其中有本月的报表，相关指标会缺失")
        }
        if !split.isMultiPlatform {
            for p in Set(assembled.inputs.map(\.platform)).sorted(by: { $0.rawValue < $1.rawValue })
            where p != contract.platform {
                warnings.append("有导出文件来自\(p.displayName)，而合同写的是\(contract.platform.displayName)")
            }
        } else if !split.platforms.contains(contract.platform) {
            warnings.append(
                "合同写的平台是\(contract.platform.displayName)，但本月的导出来自"
                    + split.platforms.map(\.displayName).joined(separator: "、") + "：合同目标按全店合计判定，请核对合同的 store.platform")
        }
        warnings += PlatformLimits.warnings(data: data, inputs: assembled.inputs, platform: contract.platform)
        if let line = Self.unmappedSources(data) { warnings.append(line) }
        let outside = assembled.outsideMonth.values.reduce(0, +)
        if outside > 0 { warnings.append("\(outside) 行数据日期不在 \(month) 内：已读取并列出，但不计入本月指标") }
        if readBack.unreadableCount > 0 {
            warnings.append(
                "\(readBack.unreadableCount) 个订单的明细（姓名、地址、商品）无法从导出文件重新读取（文件可能在审计期间被改动或删除），证据中缺少这些明细：请保持导出文件不变，重新运行")
        }
        let conflicting = Set(assembled.conflictingCopies.filter { $0.kind == .orders }.map(\.subject))
        let identical = Set(assembled.duplicateOrders.map(\.id)).subtracting(conflicting).count
        if identical > 0 { warnings.append("\(identical) 个订单在导出中重复出现（内容相同）：只计一次") }
        let skipped = Detector.standardRules.filter(\.comparesOrdersWithTraffic).map(\.id)
        if completeness.ordersIncomplete, !skipped.isEmpty {
            warnings.append(
                "已跳过规则" + skipped.map { "「\($0.chineseName)」（\($0.rawValue)）" }.joined(separator: "、")
                    + "：本月的订单行不完整（见「结论」的本月状态），逐日比较订单与访客买家只会比出缺口")
        }

        let result = MonthAuditResult(
            month: month, storeName: contract.storeName, agencyName: contract.agencyName, platform: contract.platform,
            stage: stage,
            inputs: assembled.inputs.map { InputSummary($0, outsideMonth: assembled.outsideMonth[$0.file] ?? 0) },
            ignoredFiles: ignored,
            rejects: assembled.inputs.flatMap(\.rejects),
            duplicateOrders: assembled.duplicateOrders,
            metrics: metrics, platformBreakdown: breakdown, findings: findings, anomalies: anomalies,
            orderRisks: orderRisks, settlement: settlement,
            termination: termination, diagnosis: diagnosis, warnings: warnings, masker: masker,
            status: status, completeness: completeness, proRata: !proRata.isEmpty)
        return Output(
            result: result, figures: figures, standing: standing, records: MonthRecords(assembled: consume assembled))
    }

    /// The month assembled, with the traffic export's platform (the store's, or on a store with
    /// several platforms the one the traffic export is counted on) and the traffic-source table in its data.
    private static func assemble(
        month: YearMonth, imports: consuming [ImportedExport], platform: Platform, sources: TrafficSourceTable
    ) -> (MonthAssembler.Result, PlatformSplit) {
        var assembled = MonthAssembler.assemble(month: month, inputs: imports)
        let split = PlatformSplit(inputs: assembled.inputs, contractPlatform: platform)
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
            guard let p = t.platform, let i = judged.firstIndex(where: { $0.key == t.metric }),
                let m = byPlatform[p]?.first(where: { $0.key == t.metric })
            else { continue }
            judged[i] = m
        }
        guard split.isMultiPlatform else { return (judged, nil) }
        let breakdown = PlatformBreakdown(
            platforms: split.platforms.map { ($0, byPlatform[$0] ?? []) }, total: store,
            trafficPlatform: split.trafficPlatform, hasTraffic: !data.traffic.isEmpty)
        return (judged, breakdown)
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
        let scalable: Set<MetricKey> = [.orders, .gmv, .refundAmount, .visitors, .searchVisitorsPerDay, .adSpend]
        guard scalable.contains(target.metric),
            let share = shares.first(where: { $0.key.feeds.contains(target.metric) })?.value
        else { return target }
        var t = target
        t.value *= share
        return t
    }

    /// Traffic sources the table does not know, each with its visitors in the month: they count
    /// in no category (not natural, not paid) until the store's traffic-sources.csv names them.
    static func unmappedSources(_ data: MonthData) -> String? {
        var visitors: [TrafficSource: Int] = [:]
        for r in data.traffic where data.category(of: r.source) == nil {
            let key = TrafficSource(group: r.source.group.isEmpty ? r.source.name : r.source.group, name: "")
            visitors[key, default: 0] += r.visitors
        }
        guard !visitors.isEmpty else { return nil }
        let listed = visitors.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key.group)（访客 \($0.value)）" }
        return "\(visitors.count) 个流量来源不在\(data.platform.displayName)的来源分类表里，未计入免费/付费/自主/其他："
            + listed.joined(separator: "、") + "；请在店铺文件夹的 traffic-sources.csv 里写明它们的类别（见 README）"
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
