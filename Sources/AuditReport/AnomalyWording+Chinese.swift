import AuditDetect
import AuditRecords

extension AnomalyWording {
    /// The anomaly's evidence as one Chinese sentence: what was found, its figures, and the rule
    /// and thresholds that raised it.
    ///
    /// A rule without a sentence here, or a finding missing a fact its sentence needs, is listed
    /// fact by fact instead, so nothing found is ever dropped from a report.
    public func chinese(_ a: Anomaly) -> String {
        chineseSentence(a) ?? chineseFactList(a)
    }

    func chineseSentence(_ a: Anomaly) -> String? {
        if let clause = clauseSentence(a, in: .chinese) { return clause }
        let f = FactReader(facts: a.facts, wording: self)
        switch a.rule {
        case .sameAddressCluster: return sameAddressCluster(f)
        case .samePhoneCluster: return f.has(.maskedPhone) ? maskedPhoneCluster(f) : samePhoneCluster(f)
        case .sequentialAccounts: return sequentialAccounts(f)
        case .shippedWithoutLogistics: return shippedWithoutLogistics(f)
        case .ordersBuyersMismatch: return a.dates.first.flatMap { ordersBuyersMismatch(f, day: $0) }
        case .roiBelowRedLine: return roiBelowRedLine(f)
        case .spendOverLimit: return a.dates.first.flatMap { spendOverLimit(f, day: $0) }
        case .trafficConversionCollapse: return a.dates.first.flatMap { trafficConversionCollapse(f, day: $0) }
        case .trafficSourceDrop:
            guard let day = a.dates.first, let source = a.source else { return nil }
            return trafficSourceDrop(f, day: day, source: source)
        case .trafficSourceSurge:
            guard let day = a.dates.first, let source = a.source else { return nil }
            return trafficSourceSurge(f, day: day, source: source)
        case .searchBrushing: return a.dates.first.flatMap { searchBrushing(f, day: $0) }
        case .linkedOrders: return linkedOrders(f)
        case .waybillBatch: return waybillBatch(f)
        case .conflictingCopies: return conflictingCopies(f)
        case .claimOverstated: return claimOverstated(f)
        default: return nil
        }
    }

    // MARK: The exports themselves

    func conflictingCopies(_ f: FactReader) -> String? {
        guard let counted = f.text(.firstFile), let other = f.text(.secondFile), let n = f.count(.orders),
            let examples = f.list(.examples)
        else { return nil }
        let shown = examples.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let subject: String
            if case .text(let id)? = facts.value(.orderId) {
                subject = "订单 \(id)"
            } else if case .text(let id)? = facts.value(.serviceId) {
                subject = "服务单 \(id)"
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
                    "\(Self.chineseFigureName(fact.name)) \(chineseCopyValue(values[0])) / \(chineseCopyValue(values[1]))"
            }
            return subject + " " + figures.joined(separator: "，")
        }
        let what: String
        switch f.text(.exportKind) {
        case "traffic": what = "\(n) 行流量是同一天、同一来源"
        case "ads": what = "\(n) 行推广数据是同一天、同一计划"
        case "refunds": what = "\(n) 个服务单号相同"
        case "shopOverview": what = "\(n) 天的店铺数据概览是同一天"
        default: what = "\(n) 个订单编号相同"
        }
        let overview = f.text(.exportKind) == "shopOverview"
        return "\(counted) 与 \(other) 有 \(what)、内容不同：" + shown.joined(separator: "；")
            + (n > shown.count ? "；…（共 \(n) 处）" : "")
            + (overview
                ? "（前者的值在前。两份下载互相矛盾，说明其中一份被改过或是过期的下载：这些天两份都不计入「看市场」，请删掉一份后重新审计）"
                : "（前者的值在前；本月按 \(counted) 计入。两份导出互相矛盾，说明其中一份被改过或是过期的下载，在删掉一份之前本月不结算）")
    }

    // MARK: The agency's own report

    func claimOverstated(_ f: FactReader) -> String? {
        guard let name = f.text(.metric), let metric = MetricKey(rawValue: name), let claimed = f.number(.claimed),
            let measured = f.number(.measured), let line = f.count(.claimsLine), let tolerance = f.ratio(.maxClaimGap),
            let high = f.ratio(.highClaimGap)
        else { return nil }
        func value(_ v: Double) -> String { MetricWording.value(v, metric) }
        let lower = metric.lowerIsBetter
        var figures = "平台导出为 \(value(measured))"
        var gaps: [String] = []
        if let g = f.ratio(.claimGap) { gaps.append("比导出\(Self.chineseDifference(g, lowerIsBetter: lower))") }
        if let clean = f.number(.measuredExcludingSuspicious) {
            figures += "，剔除疑似刷单后为 \(value(clean))"
            if let g = f.ratio(.claimGapExcludingSuspicious) {
                gaps.append("比剔除后\(Self.chineseDifference(g, lowerIsBetter: lower))")
            }
        }
        let direction = lower ? "；\(metric.name(in: .chinese))越低越好" : ""
        let claimedName = PeriodWording.metricName(metric, platform: nil, item: f.text(.claimedItem), .chinese)
        return "运营方汇报\(claimedName) \(value(claimed))（agency-claims.csv 第 \(line) 行），\(figures)："
            + "汇报" + (gaps.isEmpty ? "好于导出" : gaps.joined(separator: "，"))
            + "（规则：汇报比平台导出或剔除疑似刷单后的数字好 \(DisplayNumber.percent(tolerance)) 以上为夸大，"
            + "好 \(DisplayNumber.percent(high)) 以上为高\(direction)）"
    }

    /// `高 8.3%` / `低 24.0%`: which way the claim differs from a figure, `gain` being how much it
    /// flatters (the metric's better direction decides whether flattering is higher or lower).
    static func chineseDifference(_ gain: Double, lowerIsBetter: Bool) -> String {
        let higher = (gain >= 0) != lowerIsBetter
        return (higher ? "高 " : "低 ") + DisplayNumber.percent(abs(gain))
    }

    /// The carrier as the export names it, or that the export names none.
    static func chineseCarrier(_ carrier: String) -> String { carrier.isEmpty ? "（未填物流公司）" : carrier }

    static func chineseFigureName(_ name: Fact.Name) -> String {
        switch name {
        case .paidAmount: return "实付"
        case .refundAmount: return "退款"
        case .orderStatus: return "状态"
        case .paidAt: return "付款时间"
        case .visitors: return "访客数"
        case .payingBuyers: return "支付买家数"
        case .sales: return "成交金额"
        case .spend: return "花费"
        case .orderId: return "订单号"
        default:
            // A store overview figure: `overview.visitors` (本店), `overviewPeer.visitors` (同行同层平均).
            let parts = name.rawValue.split(separator: ".")
            if parts.count == 2, let m = OverviewMetric(rawValue: String(parts[1])), let label = m.names.first {
                return parts[0] == "overviewPeer" ? "\(label)（同行同层平均）" : "\(label)（本店）"
            }
            return name.rawValue
        }
    }

    /// A figure of one copy: money and times as usual, a status class by its Chinese name.
    func chineseCopyValue(_ v: Fact.Value) -> String {
        guard case .text(let t) = v else { return chineseValue(v) }
        let names = [
            "paid": "已付款", "unpaid": "未付款", "closed": "已关闭", "refunded": "已退款", "unknown": "状态不明", "none": "无",
        ]
        return names[t] ?? t
    }

    // MARK: Orders found together

    func sameAddressCluster(_ f: FactReader) -> String? {
        guard let address = f.personal(.address), let range = f.timeRange(.timeRange), let rule = scoredRule(f) else {
            return nil
        }
        let signals = f.facts.compactMap { chineseSignal($0, in: f) }
        return "收货地址 \(address) 在 \(Self.chineseTimeRange(range)) 收到 " + signals.joined(separator: "，")
            + "（规则：同一规范化地址 \(rule.maxGapHours) 小时内连续 ≥\(rule.minOrders) 单；\(rule.scoring)）"
    }

    func samePhoneCluster(_ f: FactReader) -> String? {
        guard let phone = f.personal(.phone), let range = f.timeRange(.timeRange), let rule = scoredRule(f) else {
            return nil
        }
        let signals = f.facts.compactMap { chineseSignal($0, in: f) }
        return "手机号 \(phone) 在 \(Self.chineseTimeRange(range)) 下了 " + signals.joined(separator: "，")
            + "（规则：同一手机号 \(rule.maxGapHours) 小时内连续 ≥\(rule.minOrders) 单；\(rule.scoring)）"
    }

    func maskedPhoneCluster(_ f: FactReader) -> String? {
        guard let phone = f.personal(.maskedPhone), let range = f.timeRange(.timeRange), let n = f.count(.orders),
            let item = f.text(.item), let names = f.count(.distinctReceivers),
            let addresses = f.count(.distinctAddresses), let maxGap = f.hours(.maxGapHours)
        else { return nil }
        return "打码手机号 \(phone) 在 \(Self.chineseTimeRange(range)) 下了 \(n) 单同一商品「\(item.prefix(16))」，"
            + "\(names) 个不同收货人、\(addresses) 个不同地址（打码号码可能是不同的人，所以只有同一商品、\(Self.chineseWithin(hours: maxGap))、多人收货同时出现才报告，最高为中）"
    }

    /// `一天之内` for 24 hours, `36 小时之内` for another number.
    static func chineseWithin(hours: Int) -> String {
        hours == 24 ? "一天之内" : "\(hours) 小时之内"
    }

    func sequentialAccounts(_ f: FactReader) -> String? {
        guard let first = f.personal(.firstAccount), let last = f.personal(.lastAccount),
            let range = f.timeRange(.timeRange),
            let n = f.count(.orders), let item = f.text(.item), let names = f.count(.distinctReceivers),
            let phones = f.count(.distinctPhones), let maxGap = f.hours(.maxGapHours),
            let minOrders = f.count(.minOrders),
            let maxStep = f.count(.maxStep)
        else { return nil }
        return "\(Self.chineseTimeRange(range))：\(n) 个编号连续的买家账号（\(first) … \(last)）"
            + "买了同一商品「\(item.prefix(16))」，\(names) 个不同收货人、\(phones) 个不同手机号，"
            + "疑似批量注册的刷单账号（规则：同一商品 \(maxGap) 小时内 ≥\(minOrders) 个账号的数字尾号相差 ≤\(maxStep)）"
    }

    func shippedWithoutLogistics(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let status = f.text(.status), let maxGap = f.hours(.maxGapHours),
            let minOrders = f.count(.minOrders)
        else { return nil }
        let signals = f.facts.compactMap { fact -> String? in
            if fact.name == .orders, case .count(let n) = fact.value { return "\(n) 单标记为「\(status)」却没有物流单号" }
            return chineseSignal(fact, in: f)
        }
        return "\(Self.chineseTimeRange(range))：" + signals.joined(separator: "，")
            + "，疑似空包发货（规则：\(maxGap) 小时内连续 ≥\(minOrders) 单已发货/已完成但无物流单号；本月其他订单有物流单号）"
    }

    func waybillBatch(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let n = f.count(.orders), let first = f.text(.firstWaybill),
            let last = f.text(.lastWaybill), let carrier = f.text(.carrier), let days = f.days(.carrierDays),
            let step = f.count(.maxStep), let maxGap = f.hours(.maxGapHours), let minOrders = f.count(.minOrders),
            let minDays = f.days(.minStoreDays)
        else { return nil }
        var parts = ["运单号 \(first) … \(last) 连号 \(n) 个，承运商\(Self.chineseCarrier(carrier))"]
        if let m = f.count(.carrierMonthOrders) {
            parts.append("本店该承运商本月仅 \(m) 单（\(days) 天）")
        } else if let m = f.count(.carrierElsewhere) {
            parts.append("虽是本店常用承运商（本月 \(m) 单），但这批单号不在本店当天的面单号段内")
        }
        parts += f.facts.compactMap { fact -> String? in
            switch (fact.name, fact.value) {
            case (.completedOrders, .count(let k)): return "\(k) 单已交易成功"
            case (.orders, _): return nil
            default: return chineseSignal(fact, in: f)
            }
        }
        return "\(Self.chineseTimeRange(range))：" + parts.joined(separator: "，")
            + "，疑似购买的空包单号（规则：单号间隔 ≤\(step)、相邻付款 \(maxGap) 小时内连续 ≥\(minOrders) 单，"
            + "承运商本月使用不足 \(minDays) 天或单号偏离本店当天号段）"
    }

    /// The words for one signal of orders found together, or nil for a fact that is not a signal
    /// (the subject, the time range, the rule's parameters).
    func chineseSignal(_ fact: Fact, in f: FactReader) -> String? {
        switch (fact.name, fact.value) {
        case (.orders, .count(let n)): return "\(n) 单"
        case (.shortSpanSeconds, .seconds(let s)): return "集中在 \(Self.chineseSpan(seconds: s))内"
        case (.daySpanSeconds, .seconds(let s)): return "跨度 \(Self.chineseSpan(seconds: s))"
        case (.longSpanSeconds, .seconds(let s)): return "分散在 \(Self.chineseSpan(seconds: s))内"
        case (.sameItemOrders, .count(let n)): return "\(n) 单是同一商品「\(f.text(.item)?.prefix(16) ?? "")」"
        case (.mostlyOneItemShare, _): return "多数是同一商品"
        case (.mixedItemsShare, _): return "商品各不相同"
        case (.sameAmount, .money(let m)): return "金额相同（\(DisplayNumber.money(m))）"
        case (.lowMedianAmount, .money(let m)): return "低价（中位 \(DisplayNumber.money(m))）"
        case (.distinctBuyers, .count(let n)): return "\(n) 个不同买家账号"
        case (.medianBuyerGapSeconds, .seconds(let s)): return "不同买家付款间隔中位数仅 \(s) 秒"
        case (.distinctReceivers, .count(let n)): return "\(n) 个不同收货人"
        case (.distinctAddresses, .count(let n)): return "\(n) 个不同地址"
        case (.collectionPoint, .text(let marker)): return "地址含「\(marker)」，是代收点/前台，多人收件属正常"
        case (.collectionPointBurst, .text(let marker)): return collectionPointBurst(marker, in: f)
        default: return nil
        }
    }

    func linkedOrders(_ f: FactReader) -> String? {
        guard let range = f.timeRange(.timeRange), let n = f.count(.orders), let links = f.ratio(.linksPerOrder),
            let names = f.count(.distinctReceivers), let addresses = f.count(.distinctAddresses),
            let phones = f.count(.distinctPhones), let accounts = f.count(.distinctAccounts),
            let sharedAddresses = f.count(.sharedAddresses), let sharedPhones = f.count(.sharedPhones),
            let sharedAccounts = f.count(.sharedAccounts), let sharedStems = f.count(.sharedAccountStems),
            let maxPerKey = f.count(.maxOrdersPerKey), let rule = scoredRule(f)
        else { return nil }
        var shared: [String] = []
        if sharedAddresses > 0 { shared.append("\(sharedAddresses) 个收货地址") }
        if sharedPhones > 0 { shared.append("\(sharedPhones) 个手机号") }
        if sharedAccounts > 0 { shared.append("\(sharedAccounts) 个买家账号") }
        if sharedStems > 0 { shared.append("\(sharedStems) 个账号号段") }
        let signals = f.facts.compactMap { fact -> String? in
            fact.name == .orders || fact.name == .distinctReceivers || fact.name == .distinctAddresses
                ? nil : chineseSignal(fact, in: f)
        }
        return "\(Self.chineseTimeRange(range))：\(n) 单通过轮换共用的" + shared.joined(separator: "、")
            + "连成一个团伙（平均每单 \(DisplayNumber.fixed(links, decimals: 1)) 条关联），"
            + "共 \(names) 个收货人、\(addresses) 个地址、\(phones) 个手机号、\(accounts) 个买家账号，"
            + "每个地址和手机号都不到同地址/同手机号规则的门槛"
            + (signals.isEmpty ? "" : "；" + signals.joined(separator: "，"))
            + "（规则：共用地址、手机号、买家账号或账号号段的订单连成一组，\(rule.maxGapHours) 小时内 ≥\(rule.minOrders) 单；"
            + "一个月内超过 \(maxPerKey) 单共用的键、代收点地址、打码手机号不作关联；\(rule.scoring)）"
    }

    /// A collection point's burst, against the store's own sales of the item in those hours.
    func collectionPointBurst(_ marker: String, in f: FactReader) -> String? {
        guard let all = f.count(.stationOrdersInWindow), let share = f.ratio(.storeItemShare),
            let n = f.count(.orders)
        else { return nil }
        let percent = DisplayNumber.percent(share)
        return "地址含「\(marker)」是代收点，但这段时间该点 \(all) 单里有 \(n) 单是同一商品，"
            + "而同期全店该商品只占 \(percent)，按此比例几乎不可能（不是代收点的正常收件）"
    }

    /// The parameters of a scored burst rule, with its score and cut-offs in words.
    func scoredRule(_ f: FactReader) -> (maxGapHours: Int, minOrders: Int, scoring: String)? {
        guard let maxGap = f.hours(.maxGapHours), let minOrders = f.count(.minOrders), let score = f.score(.score),
            let high = f.score(.highScore), let medium = f.score(.mediumScore)
        else { return nil }
        return (maxGap, minOrders, "评分 \(score)，≥\(high) 高、≥\(medium) 中")
    }

    // MARK: Days of orders, traffic and promotion

    func ordersBuyersMismatch(_ f: FactReader, day: CalendarDay) -> String? {
        guard let n = f.count(.paidOrders), let buyers = f.count(.payingBuyers),
            let usual = f.ratio(.usualOrdersPerBuyer),
            let extra = f.number(.extraOrders), let minRatio = f.ratio(.minRatio),
            let minExtra = f.count(.minExtraOrders)
        else { return nil }
        return
            "\(day) 订单报表有 \(n) 笔支付订单，\(trafficPlatform.profile.dataTool.chinese)只记录了 \(buyers) 个支付买家；本月通常每个支付买家 \(DisplayNumber.fixed(usual, decimals: 2)) 单，"
            + "约 \(Int(extra.rounded())) 单没有对应的店铺访问，可能是站外下单或刷单（规则：订单/买家比 ≥ 平时 ×\(DisplayNumber.fixed(minRatio, decimals: 2)) 且多出 ≥\(minExtra) 单）"
    }

    func roiBelowRedLine(_ f: FactReader) -> String? {
        guard let days = f.days(.consecutiveDays), let daily = f.list(.dailyROI), let spend = f.money(.spend),
            let sales = f.money(.sales), let redLine = f.ratio(.roiRedLine), let needed = f.days(.roiRedLineDays)
        else { return nil }
        let dayWords = daily.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let day = g.day(.day), let roi = g.ratio(.roi) else { return nil }
            return "\(day.month)/\(day.day) \(DisplayNumber.roi(roi))"
        }
        return "连续 \(days) 天推广 ROI 低于红线 \(DisplayNumber.roi(redLine))：\(dayWords.joined(separator: "、"))；"
            + "这几天花费 \(DisplayNumber.money(spend))，成交 \(DisplayNumber.money(sales))。合同要求连续 \(needed) 天低于红线须暂停计划并说明"
    }

    func spendOverLimit(_ f: FactReader, day: CalendarDay) -> String? {
        guard let spend = f.money(.spend), let limit = f.money(.dailySpendLimit), let over = f.ratio(.overLimitRatio),
            let top = f.list(.topCampaigns)
        else { return nil }
        let campaigns = top.compactMap { item -> String? in
            guard case .group(let facts) = item else { return nil }
            let g = FactReader(facts: facts, wording: self)
            guard let name = g.text(.campaign), let spend = g.money(.spend) else { return nil }
            return "\(name) \(DisplayNumber.money(spend))"
        }
        return "\(day) 推广总花费 \(DisplayNumber.money(spend))，超过合同日限额 \(DisplayNumber.money(limit))"
            + "（\(DisplayNumber.fixed(over, decimals: 2)) 倍）；花费最多的计划：\(campaigns.joined(separator: "、"))。合同要求超限额须商家事先批准，请核对是否有书面批准"
    }

    func trafficConversionCollapse(_ f: FactReader, day: CalendarDay) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let ratio = f.ratio(.visitorRatio),
            let conversion = f.ratio(.conversion), let usualConversion = f.ratio(.usualConversion),
            let minRatio = f.ratio(.minVisitorRatio), let maxShare = f.ratio(.maxConversionShare)
        else { return nil }
        return
            "\(day) 全店访客 \(DisplayNumber.count(visitors))，是本月日中位数 \(DisplayNumber.count(Int(usual))) 的 \(DisplayNumber.fixed(ratio, decimals: 1)) 倍，"
            + "支付转化却只有 \(DisplayNumber.percent(conversion, decimals: 2))（平时 \(DisplayNumber.percent(usualConversion, decimals: 2))）：多来的访客几乎不买，疑似购买的流量或机器流量"
            + "（规则：访客 ≥ 中位数 ×\(DisplayNumber.fixed(minRatio, decimals: 1)) 且转化 ≤ 平时的 \(DisplayNumber.percent(maxShare, decimals: 0))）"
    }

    func trafficSourceDrop(_ f: FactReader, day: CalendarDay, source: String) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let share = f.ratio(.visitorShare),
            let minUsual = f.number(.minUsualVisitors), let maxShare = f.ratio(.maxShare)
        else { return nil }
        return
            "\(source) 在 \(day) 只有 \(DisplayNumber.count(visitors)) 访客，是本月日中位数 \(DisplayNumber.count(Int(usual))) 的 \(DisplayNumber.percent(share, decimals: 0))："
            + "可能被降权或处罚（刷单常见后果），请在\(trafficPlatform.profile.dataTool.chinese)和违规记录里核实（规则：常规 ≥\(Int(minUsual)) 访客/天的来源当天 ≤ 中位数的 \(DisplayNumber.percent(maxShare, decimals: 0))）"
    }

    func trafficSourceSurge(_ f: FactReader, day: CalendarDay, source: String) -> String? {
        let weekend = f.number(.weekendMedianVisitors)
        guard let visitors = f.count(.visitors), let median = weekend ?? f.number(.weekdayMedianVisitors),
            let ratio = f.ratio(.visitorRatio), let buyers = f.count(.payingBuyers),
            let conversion = f.ratio(.conversion),
            let usualConversion = f.ratio(.usualConversion), let minRatio = f.ratio(.minRatio),
            let minDeviations = f.number(.minDeviations)
        else { return nil }
        var s =
            "\(source) 在 \(day) 有 \(DisplayNumber.count(visitors)) 访客，是本月该来源\(weekend != nil ? "周末" : "工作日")日中位数 \(DisplayNumber.fixed(median, decimals: 0)) 的 \(DisplayNumber.fixed(ratio, decimals: 1)) 倍；"
        s +=
            "当天支付买家 \(buyers) 人（转化 \(DisplayNumber.percent(conversion, decimals: 2))，该来源平时 \(DisplayNumber.percent(usualConversion, decimals: 2))）"
        if f.has(.conversionCollapsed) { s += "，流量涨而转化塌陷，疑似刷流量/机器流量" }
        if f.has(.surgeWithoutBuyers) { s += "，暴涨的访客没有带来一个支付买家，疑似刷流量/机器流量" }
        if f.has(.storeWide), let others = f.ratio(.otherSourcesRatio) {
            s += "；其他来源同日也上涨到 \(DisplayNumber.fixed(others, decimals: 1)) 倍，属全店同涨（大促/活动）"
        }
        s +=
            "（规则：≥ 中位数 ×\(DisplayNumber.fixed(minRatio, decimals: 0)) 且 ≥ 中位数 + \(DisplayNumber.fixed(minDeviations, decimals: 0))×稳健标准差）"
        return s
    }

    func searchBrushing(_ f: FactReader, day: CalendarDay) -> String? {
        guard let visitors = f.count(.visitors), let usual = f.number(.usualVisitors),
            let ratio = f.ratio(.visitorRatio),
            let n = f.count(.orders), let rules = f.list(.corroboratingRules), let minRatio = f.ratio(.minRatio),
            let minDeviations = f.number(.minDeviations)
        else { return nil }
        let ruleIDs = rules.compactMap { value -> String? in
            if case .rule(let id) = value { return id.rawValue }
            return nil
        }
        return
            "\(day) 手淘搜索访客 \(DisplayNumber.count(visitors))，是同类日中位数 \(DisplayNumber.count(Int(usual))) 的 \(DisplayNumber.fixed(ratio, decimals: 1)) 倍，"
            + "同一天有 \(n) 单疑似刷单（\(ruleIDs.joined(separator: "、"))）：疑似通过搜索刷单拉排名（规则：疑似刷单日手淘搜索访客 ≥ 同类日中位数 ×\(DisplayNumber.fixed(minRatio, decimals: 1)) "
            + "且 ≥ 中位数 + \(DisplayNumber.fixed(minDeviations, decimals: 0))×稳健标准差）"
    }

    // MARK: Shared wording

    /// `45 秒`, `12 分钟`, `2.7 小时` or `3.5 天`.
    static func chineseSpan(seconds s: Int) -> String {
        if s < 60 { return "\(s) 秒" }
        if s < 3600 { return "\(s / 60) 分钟" }
        if s < 3 * 86_400 { return "\(DisplayNumber.fixed(Double(s) / 3600, decimals: 1)) 小时" }
        return "\(DisplayNumber.fixed(Double(s) / 86_400, decimals: 1)) 天"
    }

    /// `2025-08-14 10:02 至 12:47`, or `2025-08-14 10:02 至 2025-08-15 09:40` across days.
    static func chineseTimeRange(_ range: (first: LocalTime, last: LocalTime)) -> String {
        let a = range.first.description.prefix(16)
        let b = range.last.description.prefix(16)
        return range.first.day == range.last.day ? "\(a) 至 \(b.suffix(5))" : "\(a) 至 \(b)"
    }

    /// The rule's name and each fact by its name, for a finding no sentence fits.
    func chineseFactList(_ a: Anomaly) -> String {
        "\(a.rule.chineseName)：" + a.facts.map { "\($0.name) \(chineseValue($0.value))" }.joined(separator: "，")
    }

    func chineseValue(_ v: Fact.Value) -> String {
        switch v {
        case .count(let n), .score(let n): return DisplayNumber.count(n)
        case .number(let x): return DisplayNumber.fixed(x, decimals: 2)
        case .money(let m): return DisplayNumber.money(m)
        case .ratio(let x): return DisplayNumber.fixed(x, decimals: 2)
        case .seconds(let s): return Self.chineseSpan(seconds: s)
        case .hours(let h): return "\(h) 小时"
        case .days(let d): return "\(d) 天"
        case .day(let d): return d.description
        case .time(let t): return t.description
        case .timeRange(let a, let b): return Self.chineseTimeRange((a, b))
        case .text(let s): return s
        case .personal(let kind, let s): return masked(s, as: kind)
        case .rule(let id): return id.rawValue
        case .flag: return "是"
        case .list(let items): return items.map(chineseValue).joined(separator: "、")
        case .group(let facts): return facts.map { "\($0.name) \(chineseValue($0.value))" }.joined(separator: " ")
        }
    }
}
