import AuditContract
import AuditDetect
import AuditImport
import AuditMeasure
import AuditRecords

/// The month's warnings: what is missing from its inputs, what the platform's exports cannot tell,
/// what the audit set aside — said, never passed over in silence.
///
/// Each is data (`MonthWarning`); AuditReport words it. The platform's part comes from its profile
/// row: an export no public source documents, order exports without buyer accounts, refunds kept
/// in an export of their own.
enum MonthWarnings {
    /// Everything the month's assembly and the contract tell, in the report's order.
    static func collect(
        month: YearMonth, contract: Contract, assembled: MonthAssembler.Result, ignored: [IgnoredFile],
        split: PlatformSplit, completeness: MonthCompleteness
    ) -> [MonthWarning] {
        let data = assembled.data
        let inputs = assembled.inputs
        var warnings: [MonthWarning] = []
        if contract.stage(for: month) == nil { warnings.append(.noStage(month)) }
        // The 子订单 export is asked for only when a per-item target is measured on it.
        let itemTargeted = !contract.targetItems.isEmpty
        for kind in ExportKind.allCases
        where !kind.feeds.isEmpty && (kind != .lineItems || itemTargeted)
            && !inputs.contains(where: { $0.kind == kind })
        {
            let unusable = ignored.filter { $0.isUnusable && $0.kind == kind }.map(\.file)
            if !unusable.isEmpty {
                warnings.append(.exportUnusable(kind, files: unusable))
            } else if !contract.platform.profile.reads(kind) {
                warnings.append(.exportNotRead(kind, platform: contract.platform))
            } else {
                warnings.append(.exportMissing(kind))
            }
        }
        let unknownKind = ignored.filter { $0.isUnusable && $0.kind == nil }.count
        if unknownKind > 0 { warnings.append(.unreadableFiles(count: unknownKind)) }
        if !split.isMultiPlatform {
            for p in Set(inputs.map(\.platform)).sorted(by: { $0.rawValue < $1.rawValue }) where p != contract.platform
            {
                warnings.append(.exportFromOtherPlatform(p, contract: contract.platform))
            }
        } else if !split.platforms.contains(contract.platform) {
            warnings.append(.contractPlatformAbsent(contract: contract.platform, exports: split.platforms))
        }
        warnings += platformLimits(data: data, inputs: inputs)
        if let unmapped = unmappedSources(data) { warnings.append(unmapped) }
        let outside = assembled.outsideMonth.values.reduce(0, +)
        if outside > 0 { warnings.append(.rowsOutsideMonth(count: outside, month: month)) }
        warnings += adPeriodTotals(data)
        if !split.trafficUnclear.isEmpty {
            warnings.append(.trafficPlatformUnclear(files: split.trafficUnclear, platforms: split.platforms))
        }
        if assembled.readBack.unreadableCount > 0 {
            warnings.append(.ordersNotReadBack(count: assembled.readBack.unreadableCount))
        }
        let conflicting = Set(assembled.conflictingCopies.filter { $0.kind == .orders }.map(\.subject))
        let identical = Set(assembled.duplicateOrders.map(\.id)).subtracting(conflicting).count
        if identical > 0 { warnings.append(.identicalDuplicates(count: identical)) }
        let skipped = Detector.standardRules.filter(\.comparesOrdersWithTraffic).map(\.id)
        if completeness.ordersIncomplete, !skipped.isEmpty {
            warnings.append(.rulesSkippedForIncompleteOrders(skipped))
        }
        return warnings
    }

    /// What the platforms' order exports lack or the status table does not know: orders without a
    /// time of day, buyer accounts, usable addresses and phones, a refunds export, known statuses.
    static func platformLimits(data: MonthData, inputs: [ImportedExport]) -> [MonthWarning] {
        var warnings: [MonthWarning] = []
        let timeUnknown = data.paidOrders.reduce(0) { $0 + ($1.timeUnknown ? 1 : 0) }
        if timeUnknown > 0 { warnings.append(.ordersWithoutTime(count: timeUnknown)) }
        let orderInputs = inputs.filter { $0.kind == .orders }
        if !orderInputs.isEmpty, !orderInputs.contains(where: \.hasBuyerAccounts) {
            let platforms = Set(orderInputs.map(\.platform)).sorted { $0.rawValue < $1.rawValue }
            warnings.append(.noBuyerAccounts(rule: .sequentialAccounts, platforms: platforms))
        }
        warnings += keyless(data.paidOrders)
        let withSeparateRefunds = Set(orderInputs.map(\.platform)).filter { $0.profile.refunds == .separateExport }
        if !inputs.contains(where: { $0.kind == .refunds }) {
            for p in withSeparateRefunds.sorted(by: { $0.rawValue < $1.rawValue }) {
                warnings.append(.refundsExportMissing(p))
            }
        }
        var unknown: [String: Int] = [:]
        for input in inputs { unknown.merge(input.unknownStatuses, uniquingKeysWith: +) }
        if !unknown.isEmpty {
            warnings.append(
                .unknownStatuses(
                    unknown.map { InputSummary.StatusCount(status: $0.key, count: $0.value) }
                        .sorted { ($1.count, $0.status) < ($0.count, $1.status) }))
        }
        return warnings
    }

    /// Rules that group on addresses or phones see only the orders that have one: an export that
    /// leaves them empty, masks them (`****`) or encrypts them (`##密文`) — 京东's and 抖店's
    /// encrypted exports, 拼多多's masked provinces — leaves those rules with little or nothing.
    /// Said when at least half of the month's paid orders (and at least 10) lack one.
    static func keyless(_ paid: [OrderRecord]) -> [MonthWarning] {
        guard paid.count >= 10 else { return [] }
        let checks: [(field: MonthWarning.KeyField, count: Int, rules: [RuleID])] = [
            (.address, paid.count { $0.addressKey == 0 }, [.sameAddressCluster, .linkedOrders]),
            (.phone, paid.count { $0.phoneKey == 0 }, [.samePhoneCluster]),
        ]
        return checks.filter { 2 * $0.count >= paid.count }.map {
            .keylessOrders(field: $0.field, orders: $0.count, of: paid.count, rules: $0.rules)
        }
    }

    /// Traffic sources the table does not know, each with its visitors in the month: they count
    /// in no category (not natural, not paid) until the store's traffic-sources.csv names them.
    static func unmappedSources(_ data: MonthData) -> MonthWarning? {
        var visitors: [TrafficSource: Int] = [:]
        for r in data.traffic where data.category(of: r.source) == nil {
            let key = TrafficSource(group: r.source.group.isEmpty ? r.source.name : r.source.group, name: "")
            visitors[key, default: 0] += r.visitors
        }
        guard !visitors.isEmpty else { return nil }
        let listed = visitors.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { MonthWarning.SourceVisitors(source: $0.key.group, visitors: $0.value) }
        return .unmappedSources(platform: data.platform, sources: listed)
    }

    /// Each platform whose promotion report gave only period totals: one warning with the period.
    static func adPeriodTotals(_ data: MonthData) -> [MonthWarning] {
        var periods: [Platform: (from: CalendarDay, to: CalendarDay)] = [:]
        for (i, r) in data.ads.enumerated() {
            guard let end = r.periodEnd, data.adPlatforms.indices.contains(i) else { continue }
            let p = data.adPlatforms[i]
            let known = periods[p]
            periods[p] = (min(known?.from ?? r.day, r.day), max(known?.to ?? end, end))
        }
        return periods.keys.sorted { $0.rawValue < $1.rawValue }.map { p in
            .adPeriodTotalsOnly(
                platform: p, from: periods[p]!.from, to: periods[p]!.to, rules: [.spendOverLimit, .roiBelowRedLine])
        }
    }
}
