import AuditDetect
import AuditRecords

extension AnomalyWording {
    /// The anomaly's evidence as one English sentence: what was found, its figures, and the rule
    /// and thresholds that raised it.
    ///
    /// A rule without a sentence here, or a finding missing a fact its sentence needs, is listed
    /// fact by fact instead, so nothing found is ever dropped from a report.
    public func english(_ a: Anomaly) -> String {
        englishSentence(a) ?? englishFactList(a)
    }

    func englishSentence(_ a: Anomaly) -> String? {
        let f = FactReader(facts: a.facts, wording: self)
        if let claim = englishClaim(a) { return claim }
        if let clause = clauseSentence(a, in: .english) { return clause }
        switch a.rule {
        case .sameAddressCluster: return englishSameAddressCluster(f)
        case .samePhoneCluster: return f.has(.maskedPhone) ? englishMaskedPhoneCluster(f) : englishSamePhoneCluster(f)
        case .sequentialAccounts: return englishSequentialAccounts(f)
        case .shippedWithoutLogistics: return englishShippedWithoutLogistics(f)
        case .ordersBuyersMismatch: return a.dates.first.flatMap { englishOrdersBuyersMismatch(f, day: $0) }
        case .roiBelowRedLine: return englishROIBelowRedLine(f)
        case .spendOverLimit: return a.dates.first.flatMap { englishSpendOverLimit(f, day: $0) }
        case .trafficConversionCollapse: return a.dates.first.flatMap { englishTrafficConversionCollapse(f, day: $0) }
        case .trafficSourceDrop:
            guard let day = a.dates.first, let source = a.source else { return nil }
            return englishTrafficSourceDrop(f, day: day, source: source)
        case .trafficSourceSurge:
            guard let day = a.dates.first, let source = a.source else { return nil }
            return englishTrafficSourceSurge(f, day: day, source: source)
        case .searchBrushing: return a.dates.first.flatMap { englishSearchBrushing(f, day: $0) }
        case .linkedOrders: return englishLinkedOrders(f)
        case .waybillBatch: return englishWaybillBatch(f)
        case .conflictingCopies: return englishConflictingCopies(f)
        default: return nil
        }
    }

    // MARK: The exports themselves

    func englishConflictingCopies(_ f: FactReader) -> String? {
        guard let counted = f.text(.firstFile), let other = f.text(.secondFile), let n = f.count(.orders),
            let examples = f.list(.examples)
        else { return nil }
        let shown = examples.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let subject: String
            if case .text(let id)? = facts.value(.orderId) {
                subject = "order \(id)"
            } else if case .text(let id)? = facts.value(.serviceId) {
                subject = "service order \(id)"
            } else if case .text(let source)? = facts.value(.trafficSource) ?? facts.value(.campaign),
                case .day(let day)? = facts.value(.day)
            {
                subject = "\(day) \(source)"
            } else if case .day(let day)? = facts.value(.day) {
                subject = "\(day)"
            } else {
                return nil
            }
            let figures = facts.compactMap { fact -> String? in
                guard case .list(let values) = fact.value, values.count == 2 else { return nil }
                return
                    "\(Self.englishFigureName(fact.name)) \(englishCopyValue(values[0])) / \(englishCopyValue(values[1]))"
            }
            return subject + " " + figures.joined(separator: ", ")
        }
        let what: String
        switch f.text(.exportKind) {
        case "traffic": what = "\(English.count(n, "traffic row", "traffic rows")) of the same day and source"
        case "ads": what = "\(English.count(n, "promotion row", "promotion rows")) of the same day and campaign"
        case "refunds": what = "\(English.count(n, "service order", "service orders")) of the same number"
        case "shopOverview": what = "\(English.count(n, "day", "days")) of the same store overview"
        default: what = "\(English.count(n, "order", "orders")) of the same number"
        }
        let overview = f.text(.exportKind) == "shopOverview"
        return "\(counted) and \(other) hold \(what) with different content: " + shown.joined(separator: "; ")
            + (n > shown.count ? "; … (\(n) in all)" : "")
            + (overview
                ? " (the first file's value first. The two downloads contradict each other, so one of them was altered "
                    + "or is outdated: neither counts for those days in the market step; delete one and audit again)"
                : " (the first file's value first; this month counts \(counted). The two exports contradict each other, "
                    + "so one of them was altered or is an outdated download; the month is not settled until one is deleted)")
    }

    /// The carrier as the export names it, or that the export names none.
    static func englishCarrier(_ carrier: String) -> String {
        carrier.isEmpty ? "carrier not given" : "carrier \(carrier)"
    }

    static func englishFigureName(_ name: Fact.Name) -> String {
        switch name {
        case .paidAmount: return "paid"
        case .refundAmount: return "refund"
        case .orderStatus: return "status"
        case .paidAt: return "paid at"
        case .visitors: return "visitors"
        case .payingBuyers: return "paying buyers"
        case .sales: return "sales"
        case .spend: return "spend"
        case .orderId: return "order number"
        default:
            let parts = name.rawValue.split(separator: ".")
            if parts.count == 2, let m = OverviewMetric(rawValue: String(parts[1])) {
                let label =
                    [
                        "sales": "sales", "visitors": "visitors", "conversion": "conversion",
                        "averageOrderValue": "average order value", "payingBuyers": "paying buyers",
                    ][m.rawValue] ?? m.rawValue
                return parts[0] == "overviewPeer" ? "\(label) (peer tier average)" : "\(label) (the store)"
            }
            return name.rawValue
        }
    }

    /// A figure of one copy: money and times as usual, a status class by its English name.
    func englishCopyValue(_ v: Fact.Value) -> String {
        guard case .text(let t) = v else { return englishValue(v) }
        let names = [
            "paid": "paid", "unpaid": "unpaid", "closed": "closed", "refunded": "refunded", "unknown": "status unknown",
        ]
        return names[t] ?? t
    }

    // MARK: Orders found together

    func englishSameAddressCluster(_ f: FactReader) -> String? {
        guard let address = f.personal(.address), let range = f.timeRange(.timeRange), let rule = englishScoredRule(f)
        else { return nil }
        let signals = f.facts.compactMap { englishSignal($0, in: f) }
        return "delivery address \(address), \(Self.englishTimeRange(range)): " + signals.joined(separator: ", ")
            + " (rule: ≥\(rule.minOrders) orders to one normalised address, at most \(rule.maxGapHours) hours apart; "
            + "\(rule.scoring))"
    }

    func englishSamePhoneCluster(_ f: FactReader) -> String? {
        guard let phone = f.personal(.phone), let range = f.timeRange(.timeRange), let rule = englishScoredRule(f)
        else {
            return nil
        }
        let signals = f.facts.compactMap { englishSignal($0, in: f) }
        return "phone \(phone), \(Self.englishTimeRange(range)): " + signals.joined(separator: ", ")
            + " (rule: ≥\(rule.minOrders) orders from one phone number, at most \(rule.maxGapHours) hours apart; "
            + "\(rule.scoring))"
    }

    func englishMaskedPhoneCluster(_ f: FactReader) -> String? {
        guard let phone = f.personal(.maskedPhone), let range = f.timeRange(.timeRange), let n = f.count(.orders),
            let item = f.text(.item), let names = f.count(.distinctReceivers),
            let addresses = f.count(.distinctAddresses), let maxGap = f.hours(.maxGapHours)
        else { return nil }
        return "masked phone \(phone), \(Self.englishTimeRange(range)): \(n) orders of the same item "
            + "“\(item.prefix(16))”, \(names) different receivers, \(addresses) different addresses (a masked number "
            + "may belong to different people, so this is reported only when the same item, "
            + "\(Self.englishWithin(hours: maxGap)) and several receivers come together, and at most as medium)"
    }

    /// `within a day` for 24 hours, `within 36 hours` for another number.
    static func englishWithin(hours: Int) -> String {
        hours == 24 ? "within a day" : "within \(hours) hours"
    }

    func englishSequentialAccounts(_ f: FactReader) -> String? {
        guard let first = f.personal(.firstAccount), let last = f.personal(.lastAccount),
            let range = f.timeRange(.timeRange),
            let n = f.count(.orders), let item = f.text(.item), let names = f.count(.distinctReceivers),
            let phones = f.count(.distinctPhones), let maxGap = f.hours(.maxGapHours),
            let minOrders = f.count(.minOrders),
            let maxStep = f.count(.maxStep)
        else { return nil }
        return "\(Self.englishTimeRange(range)): \(n) buyer accounts with consecutive numbers (\(first) … \(last)) "
            + "bought the same item “\(item.prefix(16))”, with \(names) different receivers and \(phones) different "
            + "phones: suspected fake-order accounts registered in a batch (rule: ≥\(minOrders) accounts buying one "
            + "item within \(maxGap) hours whose trailing numbers differ by ≤\(maxStep))"
    }

    func englishShippedWithoutLogistics(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let status = f.text(.status), let maxGap = f.hours(.maxGapHours),
            let minOrders = f.count(.minOrders)
        else { return nil }
        let signals = f.facts.compactMap { fact -> String? in
            if fact.name == .orders, case .count(let n) = fact.value {
                return "\(English.count(n, "order", "orders")) marked “\(status)” without a tracking number"
            }
            return englishSignal(fact, in: f)
        }
        return "\(Self.englishTimeRange(range)): " + signals.joined(separator: ", ")
            + ": suspected empty-parcel shipping (rule: ≥\(minOrders) orders in a row within \(maxGap) hours shipped "
            + "or completed without a tracking number, while the month's other orders have one)"
    }

    func englishWaybillBatch(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let n = f.count(.orders), let first = f.text(.firstWaybill),
            let last = f.text(.lastWaybill), let carrier = f.text(.carrier), let days = f.days(.carrierDays),
            let step = f.count(.maxStep), let maxGap = f.hours(.maxGapHours), let minOrders = f.count(.minOrders),
            let minDays = f.days(.minStoreDays)
        else { return nil }
        var parts = ["\(n) consecutive waybill numbers \(first) … \(last), \(Self.englishCarrier(carrier))"]
        if let m = f.count(.carrierMonthOrders) {
            parts.append(
                "the store used this carrier for only \(English.count(m, "order", "orders")) this month "
                    + "(\(English.count(days, "day", "days")))")
        } else if let m = f.count(.carrierElsewhere) {
            parts.append(
                "the store's usual carrier (\(English.count(m, "order", "orders")) this month), but these numbers "
                    + "are outside the store's range of waybills that day")
        }
        parts += f.facts.compactMap { fact -> String? in
            switch (fact.name, fact.value) {
            case (.completedOrders, .count(let k)): return "\(English.count(k, "order", "orders")) completed"
            case (.orders, _): return nil
            default: return englishSignal(fact, in: f)
            }
        }
        return "\(Self.englishTimeRange(range)): " + parts.joined(separator: ", ")
            + ": suspected bought empty-parcel waybill numbers (rule: ≥\(minOrders) orders in a row with waybill "
            + "numbers at most \(step) apart, paid within \(maxGap) hours of each other, from a carrier used on fewer "
            + "than \(minDays) days this month or off the store's range of the day)"
    }

    /// The words for one signal of orders found together, or nil for a fact that is not a signal
    /// (the subject, the time range, the rule's parameters).
    func englishSignal(_ fact: Fact, in f: FactReader) -> String? {
        switch (fact.name, fact.value) {
        case (.orders, .count(let n)): return English.count(n, "order", "orders")
        case (.shortSpanSeconds, .seconds(let s)): return "within \(Self.englishSpan(seconds: s))"
        case (.daySpanSeconds, .seconds(let s)): return "spanning \(Self.englishSpan(seconds: s))"
        case (.longSpanSeconds, .seconds(let s)): return "spread over \(Self.englishSpan(seconds: s))"
        case (.sameItemOrders, .count(let n)):
            return "\(n) of the same item “\(f.text(.item)?.prefix(16) ?? "")”"
        case (.mostlyOneItemShare, _): return "mostly the same item"
        case (.mixedItemsShare, _): return "all different items"
        case (.sameAmount, .money(let m)): return "the same amount (\(DisplayNumber.money(m)))"
        case (.lowMedianAmount, .money(let m)): return "low value (median \(DisplayNumber.money(m)))"
        case (.distinctBuyers, .count(let n)): return English.count(n, "buyer account", "different buyer accounts")
        case (.medianBuyerGapSeconds, .seconds(let s)):
            return "a median of only \(English.count(s, "second", "seconds")) between different buyers' payments"
        case (.distinctReceivers, .count(let n)): return English.count(n, "receiver", "different receivers")
        case (.distinctAddresses, .count(let n)): return English.count(n, "address", "different addresses")
        case (.collectionPoint, .text(let marker)):
            return "the address contains “\(marker)”, a collection point or front desk, where many receivers are normal"
        case (.collectionPointBurst, .text(let marker)): return englishCollectionPointBurst(marker, in: f)
        default: return nil
        }
    }

    func englishLinkedOrders(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let n = f.count(.orders), let links = f.ratio(.linksPerOrder),
            let names = f.count(.distinctReceivers), let addresses = f.count(.distinctAddresses),
            let phones = f.count(.distinctPhones), let accounts = f.count(.distinctAccounts),
            let sharedAddresses = f.count(.sharedAddresses), let sharedPhones = f.count(.sharedPhones),
            let sharedAccounts = f.count(.sharedAccounts), let sharedStems = f.count(.sharedAccountStems),
            let maxPerKey = f.count(.maxOrdersPerKey), let rule = englishScoredRule(f)
        else { return nil }
        var shared: [String] = []
        if sharedAddresses > 0 {
            shared.append(English.count(sharedAddresses, "delivery address", "delivery addresses"))
        }
        if sharedPhones > 0 { shared.append(English.count(sharedPhones, "phone number", "phone numbers")) }
        if sharedAccounts > 0 { shared.append(English.count(sharedAccounts, "buyer account", "buyer accounts")) }
        if sharedStems > 0 { shared.append(English.count(sharedStems, "account stem", "account stems")) }
        let signals = f.facts.compactMap { fact -> String? in
            fact.name == .orders || fact.name == .distinctReceivers || fact.name == .distinctAddresses
                ? nil : englishSignal(fact, in: f)
        }
        return "\(Self.englishTimeRange(range)): \(n) orders linked into one ring through "
            + shared.joined(separator: ", ") + " shared in rotation "
            + "(\(DisplayNumber.fixed(links, decimals: 1)) links per order on average), "
            + "with \(names) receivers, \(addresses) addresses, \(phones) phones and \(accounts) buyer accounts in all, "
            + "each address and phone below the threshold of the same-address and same-phone rules"
            + (signals.isEmpty ? "" : "; " + signals.joined(separator: ", "))
            + " (rule: orders sharing an address, phone, buyer account or account stem are linked into a group, "
            + "≥\(rule.minOrders) orders within \(rule.maxGapHours) hours; keys shared by more than \(maxPerKey) "
            + "orders in a month, collection-point addresses and masked phones link nothing; \(rule.scoring))"
    }

    /// A collection point's burst, against the store's own sales of the item in those hours.
    func englishCollectionPointBurst(_ marker: String, in f: FactReader) -> String? {
        guard let all = f.count(.stationOrdersInWindow), let share = f.ratio(.storeItemShare),
            let n = f.count(.orders)
        else { return nil }
        return "the address contains “\(marker)”, a collection point, but \(n) of the point's \(all) orders in this "
            + "time are the same item, while that item is only \(DisplayNumber.percent(share)) of the whole store's "
            + "orders then: at that share this is all but impossible (not a collection point's normal deliveries)"
    }

    /// The parameters of a scored burst rule, with its score and cut-offs in words.
    func englishScoredRule(_ f: FactReader) -> (maxGapHours: Int, minOrders: Int, scoring: String)? {
        guard let maxGap = f.hours(.maxGapHours), let minOrders = f.count(.minOrders), let score = f.score(.score),
            let high = f.score(.highScore), let medium = f.score(.mediumScore)
        else { return nil }
        return (maxGap, minOrders, "score \(score): high ≥\(high), medium ≥\(medium)")
    }

    // MARK: Days of orders, traffic and promotion

    func englishOrdersBuyersMismatch(_ f: FactReader, day: CalendarDay) -> String? {
        guard let n = f.count(.paidOrders), let buyers = f.count(.payingBuyers),
            let usual = f.ratio(.usualOrdersPerBuyer),
            let extra = f.number(.extraOrders), let minRatio = f.ratio(.minRatio),
            let minExtra = f.count(.minExtraOrders)
        else { return nil }
        return "on \(day) the order report has \(n) paid orders, but \(trafficPlatform.profile.dataTool.english) "
            + "recorded only \(buyers) paying buyers; this month there are usually "
            + "\(DisplayNumber.fixed(usual, decimals: 2)) orders per paying buyer, so about \(Int(extra.rounded())) "
            + "orders have no matching store visit: orders placed off-site, or fake orders (rule: orders per buyer "
            + "≥ usual ×\(DisplayNumber.fixed(minRatio, decimals: 2)) and ≥\(minExtra) extra orders)"
    }

    func englishROIBelowRedLine(_ f: FactReader) -> String? {
        guard let days = f.days(.consecutiveDays), let daily = f.list(.dailyROI), let spend = f.money(.spend),
            let sales = f.money(.sales), let redLine = f.ratio(.roiRedLine), let needed = f.days(.roiRedLineDays)
        else { return nil }
        let dayWords = daily.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let day = g.day(.day), let roi = g.ratio(.roi) else { return nil }
            return "\(day.month)/\(day.day) \(DisplayNumber.roi(roi))"
        }
        return "ad ROI below the red line of \(DisplayNumber.roi(redLine)) for \(days) consecutive days: "
            + dayWords.joined(separator: ", ") + "; spend on those days \(DisplayNumber.money(spend)), sales "
            + "\(DisplayNumber.money(sales)). The contract requires a campaign to be paused and explained after "
            + "\(needed) consecutive days below the red line"
    }

    func englishSpendOverLimit(_ f: FactReader, day: CalendarDay) -> String? {
        guard let spend = f.money(.spend), let limit = f.money(.dailySpendLimit), let over = f.ratio(.overLimitRatio),
            let top = f.list(.topCampaigns)
        else { return nil }
        let campaigns = top.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let name = g.text(.campaign), let spend = g.money(.spend) else { return nil }
            return "\(name) \(DisplayNumber.money(spend))"
        }
        return "on \(day) total ad spend was \(DisplayNumber.money(spend)), over the contract's daily limit of "
            + "\(DisplayNumber.money(limit)) (\(DisplayNumber.fixed(over, decimals: 2)) times it); the campaigns that "
            + "spent most: \(campaigns.joined(separator: ", ")). The contract requires the merchant's prior approval "
            + "to exceed the limit: check for a written approval"
    }

    func englishTrafficConversionCollapse(_ f: FactReader, day: CalendarDay) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let ratio = f.ratio(.visitorRatio),
            let conversion = f.ratio(.conversion), let usualConversion = f.ratio(.usualConversion),
            let minRatio = f.ratio(.minVisitorRatio), let maxShare = f.ratio(.maxConversionShare)
        else { return nil }
        return "on \(day) the store had \(DisplayNumber.count(visitors)) visitors, "
            + "\(DisplayNumber.fixed(ratio, decimals: 1)) times this month's daily median of "
            + "\(DisplayNumber.count(Int(usual))), yet payment conversion was only "
            + "\(DisplayNumber.percent(conversion, decimals: 2)) (usually "
            + "\(DisplayNumber.percent(usualConversion, decimals: 2))): the extra visitors hardly buy, suspected "
            + "bought or bot traffic (rule: visitors ≥ median ×\(DisplayNumber.fixed(minRatio, decimals: 1)) and "
            + "conversion ≤ \(DisplayNumber.percent(maxShare, decimals: 0)) of usual)"
    }

    func englishTrafficSourceDrop(_ f: FactReader, day: CalendarDay, source: String) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let share = f.ratio(.visitorShare),
            let minUsual = f.number(.minUsualVisitors), let maxShare = f.ratio(.maxShare)
        else { return nil }
        return "\(source) had only \(DisplayNumber.count(visitors)) visitors on \(day), "
            + "\(DisplayNumber.percent(share, decimals: 0)) of this month's daily median of "
            + "\(DisplayNumber.count(Int(usual))): the store may have been demoted or penalised (a common result of "
            + "fake orders); check in \(trafficPlatform.profile.dataTool.english) and the violation records (rule: a "
            + "source with ≥\(Int(minUsual)) visitors a day as a rule falls to ≤ "
            + "\(DisplayNumber.percent(maxShare, decimals: 0)) of its median on the day)"
    }

    func englishTrafficSourceSurge(_ f: FactReader, day: CalendarDay, source: String) -> String? {
        let weekend = f.number(.weekendMedianVisitors)
        guard let visitors = f.count(.visitors), let median = weekend ?? f.number(.weekdayMedianVisitors),
            let ratio = f.ratio(.visitorRatio), let buyers = f.count(.payingBuyers),
            let conversion = f.ratio(.conversion),
            let usualConversion = f.ratio(.usualConversion), let minRatio = f.ratio(.minRatio),
            let minDeviations = f.number(.minDeviations)
        else { return nil }
        var s =
            "\(source) had \(DisplayNumber.count(visitors)) visitors on \(day), "
            + "\(DisplayNumber.fixed(ratio, decimals: 1)) times this source's \(weekend != nil ? "weekend" : "weekday") "
            + "daily median of \(DisplayNumber.fixed(median, decimals: 0)) this month; "
            + "\(English.count(buyers, "paying buyer", "paying buyers")) that day (conversion "
            + "\(DisplayNumber.percent(conversion, decimals: 2)), usually "
            + "\(DisplayNumber.percent(usualConversion, decimals: 2)) for this source)"
        if f.has(.conversionCollapsed) {
            s += ": traffic up while conversion collapsed, suspected bought or bot traffic"
        }
        if f.has(.surgeWithoutBuyers) {
            s += ": the surge of visitors brought not one paying buyer, suspected bought or bot traffic"
        }
        if f.has(.storeWide), let others = f.ratio(.otherSourcesRatio) {
            s +=
                "; the other sources rose to \(DisplayNumber.fixed(others, decimals: 1)) times on the same day too, "
                + "a store-wide rise (a sale or an event)"
        }
        s +=
            " (rule: ≥ median ×\(DisplayNumber.fixed(minRatio, decimals: 0)) and ≥ median + "
            + "\(DisplayNumber.fixed(minDeviations, decimals: 0))× the robust standard deviation)"
        return s
    }

    func englishSearchBrushing(_ f: FactReader, day: CalendarDay) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let ratio = f.ratio(.visitorRatio),
            let n = f.count(.orders), let rules = f.list(.corroboratingRules), let minRatio = f.ratio(.minRatio),
            let minDeviations = f.number(.minDeviations)
        else { return nil }
        let ruleIDs = rules.compactMap { value -> String? in
            if case .rule(let id) = value { return id.rawValue }
            return nil
        }
        return "on \(day) mobile Taobao search brought \(DisplayNumber.count(visitors)) visitors, "
            + "\(DisplayNumber.fixed(ratio, decimals: 1)) times the median of like days "
            + "(\(DisplayNumber.count(Int(usual)))), and the same day had \(n) suspected fake orders "
            + "(\(ruleIDs.joined(separator: ", "))): suspected fake orders placed through search to push the ranking "
            + "(rule: on a day of suspected fake orders, search visitors ≥ the median of like days "
            + "×\(DisplayNumber.fixed(minRatio, decimals: 1)) and ≥ median + "
            + "\(DisplayNumber.fixed(minDeviations, decimals: 0))× the robust standard deviation)"
    }

    // MARK: Shared wording

    /// `45 seconds`, `12 minutes`, `2.7 hours` or `3.5 days`.
    static func englishSpan(seconds s: Int) -> String {
        if s < 60 { return English.count(s, "second", "seconds") }
        if s < 3600 { return English.count(s / 60, "minute", "minutes") }
        if s < 3 * 86_400 { return "\(DisplayNumber.fixed(Double(s) / 3600, decimals: 1)) hours" }
        return "\(DisplayNumber.fixed(Double(s) / 86_400, decimals: 1)) days"
    }

    /// `2025-08-14 10:02 to 12:47`, or `2025-08-14 10:02 to 2025-08-15 09:40` across days.
    static func englishTimeRange(_ range: (first: LocalTime, last: LocalTime)) -> String {
        let a = range.first.description.prefix(16)
        let b = range.last.description.prefix(16)
        return range.first.day == range.last.day ? "\(a) to \(b.suffix(5))" : "\(a) to \(b)"
    }

    /// The rule's name and each fact by its name, for a finding no sentence fits.
    func englishFactList(_ a: Anomaly) -> String {
        "\(a.rule.englishName): " + a.facts.map { "\($0.name) \(englishValue($0.value))" }.joined(separator: ", ")
    }

    func englishValue(_ v: Fact.Value) -> String {
        switch v {
        case .count(let n), .score(let n): return DisplayNumber.count(n)
        case .number(let x): return DisplayNumber.fixed(x, decimals: 2)
        case .money(let m): return DisplayNumber.money(m)
        case .ratio(let x): return DisplayNumber.fixed(x, decimals: 2)
        case .seconds(let s): return Self.englishSpan(seconds: s)
        case .hours(let h): return English.count(h, "hour", "hours")
        case .days(let d): return English.count(d, "day", "days")
        case .day(let d): return d.description
        case .time(let t): return t.description
        case .timeRange(let a, let b): return Self.englishTimeRange((a, b))
        case .text(let s): return s
        case .personal(let kind, let s): return masked(s, as: kind)
        case .rule(let id): return id.rawValue
        case .flag: return "yes"
        case .list(let items): return items.map(englishValue).joined(separator: ", ")
        case .group(let facts): return facts.map { "\($0.name) \(englishValue($0.value))" }.joined(separator: " ")
        }
    }
}
