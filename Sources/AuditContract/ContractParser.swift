import AuditRecords
import Foundation

/// Reads contract.json into a `Contract`, naming the path and line of any field that is wrong.
///
/// Strict on purpose: an unknown key is more likely a typo (`orderz`) than an extension, and a
/// typo in a target silently drops it from the audit. For the same reason the JSON is read by
/// our own `JSONReader`, which refuses a key written twice instead of keeping one of the two.
public enum ContractParser {
    public static func parse(_ data: Data, file: String = "contract.json") throws(ContractError) -> Contract {
        let root: JSONNode
        do {
            root = try JSONReader.read([UInt8](data))
        } catch {
            throw Self.error(error, file: file)
        }
        let p = Parser(file: file)
        return try p.contract(root)
    }

    /// The reader's failure in the contract's words: the same messages Foundation's errors got
    /// (line and column, or "not finished"), and the two it let through (a key written twice, a
    /// file that is not UTF-8).
    static func error(_ failure: JSONReader.Failure, file: String) -> ContractError {
        switch failure {
        case .unfinished:
            return ContractError(file: file, path: "", problem: .unfinishedJSON)
        case .unexpected(let line, let column):
            return ContractError(file: file, path: "", problem: .invalidJSON(line: line, column: column))
        case .notUTF8(let line, let byte):
            return ContractError(file: file, path: "", problem: .notUTF8(line: line, byte: byte))
        case .duplicateKey(let path, let first, let second):
            return ContractError(file: file, path: path, problem: .duplicateKey(firstLine: first, secondLine: second))
        }
    }

    private struct Parser {
        let file: String

        /// The error at `path`, placed on the line of `node` when the field is written at all.
        func fail(_ path: String, _ problem: ContractError.Problem, at node: JSONNode? = nil) -> ContractError {
            ContractError(file: file, path: path, problem: problem, line: node?.line)
        }

        func object(_ v: JSONNode?, _ path: String, keys: Set<String>) throws(ContractError) -> JSONNode {
            guard let v, let members = v.members else {
                throw fail(path, .expectedObject(found: Self.kind(of: v)), at: v)
            }
            for m in members where !keys.contains(m.key) {
                throw ContractError(
                    file: file, path: path.isEmpty ? m.key : "\(path).\(m.key)",
                    problem: .unknownField(known: keys.sorted()), line: m.keyLine)
            }
            return v
        }

        func string(_ v: JSONNode?, _ path: String, required: Bool = true) throws(ContractError) -> String? {
            guard let v else {
                if required { throw fail(path, .missingText) }
                return nil
            }
            guard case .string(let s) = v.value else { throw fail(path, .expectedText(found: Self.kind(of: v)), at: v) }
            return s
        }

        func number(_ v: JSONNode?, _ path: String, required: Bool = false) throws(ContractError) -> Double? {
            guard let v, !v.isNull else {
                if required { throw fail(path, .missingNumber) }
                return nil
            }
            guard case .number(let d, let written) = v.value else {
                throw fail(path, .expectedNumber(found: Self.kind(of: v)), at: v)
            }
            // `1e309` is infinite as a Double: shown as written rather than as "inf".
            guard abs(d) < 1e12 else {
                throw fail(path, .numberTooLarge(found: d.isFinite ? Self.show(d) : written), at: v)
            }
            return d
        }

        func money(_ v: JSONNode?, _ path: String, required: Bool = false) throws(ContractError) -> Money? {
            guard let d = try number(v, path, required: required) else { return nil }
            guard d >= 0 else { throw fail(path, .negativeAmount(found: Self.show(d)), at: v) }
            return Money(roundingYuan: d)
        }

        /// A platform id as contract.json writes it (`taobao`, `pinduoduo`…); nil when absent.
        func platform(_ v: JSONNode?, _ path: String) throws(ContractError) -> Platform? {
            guard let p = try string(v, path, required: false) else { return nil }
            guard let known = Platform(rawValue: p) else {
                throw fail(
                    path, .unknownPlatform(found: "\"\(p)\"", known: Platform.allCases.map(\.rawValue)), at: v)
            }
            return known
        }

        func month(_ v: JSONNode?, _ path: String) throws(ContractError) -> YearMonth {
            guard let v else { throw fail(path, .missingMonth) }
            guard case .string(let s) = v.value, let m = YearMonth(s) else {
                throw fail(path, .expectedMonth(found: Self.kind(of: v)), at: v)
            }
            return m
        }

        /// A JSON value as the merchant wrote it, for "实际是…": `文本 "5000"`, `数字 3`, `布尔值 true`.
        static func kind(of v: JSONNode?) -> ContractError.Found {
            switch v?.value {
            case nil, .null?: return .null
            case .string(let s)?: return .text(s.count > 40 ? String(s.prefix(40)) + "…" : s)
            case .bool(let b)?: return .boolean(b)
            case .number(let d, let written)?: return .number(d.isFinite ? show(d) : written)
            case .array?: return .list
            case .object?: return .object
            }
        }

        /// A number as written in JSON: `3`, `0.4`, `1e+30`.
        static func show(_ d: Double) -> String {
            d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
        }

        func contract(_ root: JSONNode) throws(ContractError) -> Contract {
            let o = try object(
                root, "",
                keys: [
                    "store", "agency", "fees", "limits", "stages", "termination", "settlement", "baselineMonth",
                    "service", "agencyDuties",
                ])
            let store = try object(o["store"], "store", keys: ["name", "platform"])
            let name = try string(store["name"], "store.name")!
            let platform = try self.platform(store["platform"], "store.platform") ?? .taobao
            var agency = ""
            if let a = o["agency"] {
                agency =
                    try string(try object(a, "agency", keys: ["name"])["name"], "agency.name", required: false) ?? ""
            }
            // In the order written in README's example, so the first wrong field is the one named.
            let fees = try fees(o["fees"])
            let limits = try limits(o["limits"])
            let stages = try stages(
                o["stages"],
                baselineMonth: o["baselineMonth"] == nil ? nil : try month(o["baselineMonth"], "baselineMonth"))
            var contract = Contract(
                storeName: name, platform: platform, agencyName: agency, fees: fees, limits: limits, stages: stages,
                termination: try termination(o["termination"], hasTrial: stages.contains { $0.trialPayShare != nil }),
                settlement: try settlement(o["settlement"]),
                service: try service(o["service"]))
            contract.agencyDuties = try agencyDuties(o["agencyDuties"])
            return contract
        }

        /// `"agencyDuties": {"weeklyActivity": true}`.
        func agencyDuties(_ v: JSONNode?) throws(ContractError) -> Contract.AgencyDuties {
            guard let v, !v.isNull else { return Contract.AgencyDuties() }
            let o = try object(v, "agencyDuties", keys: ["weeklyActivity"])
            var duties = Contract.AgencyDuties()
            if let b = o["weeklyActivity"], !b.isNull {
                guard case .bool(let flag) = b.value else {
                    throw fail("agencyDuties.weeklyActivity", .expectedBoolean(found: Self.kind(of: b)), at: b)
                }
                duties.weeklyActivity = flag
            }
            return duties
        }

        func fees(_ v: JSONNode?) throws(ContractError) -> Contract.Fees {
            guard let v else { return Contract.Fees() }
            let o = try object(v, "fees", keys: ["monthlyBase", "commissionTiers", "grossMargin", "maxShareOfProfit"])
            var tiers: [Contract.CommissionTier] = []
            if let list = o["commissionTiers"] {
                guard let items = list.elements else {
                    throw fail("fees.commissionTiers", .expectedList(found: Self.kind(of: list)), at: list)
                }
                for (i, item) in items.enumerated() {
                    let path = "fees.commissionTiers[\(i)]"
                    let t = try object(item, path, keys: ["upTo", "rate"])
                    let rate = try number(t["rate"], "\(path).rate", required: true)!
                    guard (0...1).contains(rate) else {
                        throw fail(
                            "\(path).rate", .expectedShare(found: Self.show(rate), examplePercent: 3), at: t["rate"]
                        )
                    }
                    let upTo = try money(t["upTo"], "\(path).upTo")
                    if let previous = tiers.last {
                        guard let prevUpTo = previous.upTo else { throw fail(path, .tierAfterOpenEndedTier, at: item) }
                        if let upTo, upTo <= prevUpTo {
                            throw fail(
                                "\(path).upTo",
                                .tierNotAbovePrevious(previous: Self.show(prevUpTo.yuan), found: Self.show(upTo.yuan)),
                                at: t["upTo"])
                        }
                    }
                    tiers.append(Contract.CommissionTier(upTo: upTo, rate: rate))
                }
            }
            return Contract.Fees(
                monthlyBase: try money(o["monthlyBase"], "fees.monthlyBase") ?? .zero, commissionTiers: tiers,
                grossMargin: try share(o["grossMargin"], "fees.grossMargin", examplePercent: 35),
                maxShareOfProfit: try share(o["maxShareOfProfit"], "fees.maxShareOfProfit", examplePercent: 30))
        }

        func limits(_ v: JSONNode?) throws(ContractError) -> Contract.Limits {
            guard let v else { return Contract.Limits() }
            let o = try object(
                v, "limits",
                keys: [
                    "dailyAdSpend", "roiRedLine", "roiRedLineDays", "monthlyAdBudget", "campaignDailySpend",
                    "campaignFastPassROI", "priceChange", "maxDiscount", "noDiscountItems",
                ])
            let days = try number(o["roiRedLineDays"], "limits.roiRedLineDays") ?? 3
            guard days >= 1, days == days.rounded() else {
                throw fail("limits.roiRedLineDays", .expectedWholeDays(found: Self.show(days)), at: o["roiRedLineDays"])
            }
            let roi = try number(o["roiRedLine"], "limits.roiRedLine")
            if let roi, roi <= 0 {
                throw fail("limits.roiRedLine", .expectedPositiveROI(found: Self.show(roi)), at: o["roiRedLine"])
            }
            let fastPass = try number(o["campaignFastPassROI"], "limits.campaignFastPassROI")
            if let fastPass, fastPass <= 0 {
                throw fail(
                    "limits.campaignFastPassROI", .expectedPositiveROI(found: Self.show(fastPass)),
                    at: o["campaignFastPassROI"])
            }
            var items: [(id: String, key: UInt64)] = []
            if let list = o["noDiscountItems"], !list.isNull {
                guard let elements = list.elements else {
                    throw fail("limits.noDiscountItems", .expectedList(found: Self.kind(of: list)), at: list)
                }
                for (i, e) in elements.enumerated() {
                    let id = try string(e, "limits.noDiscountItems[\(i)]")!
                    // `商品ID 612345678901` or `商家编码 A-1`: the id after its label.
                    var text = Substring(id)
                    for label in ["商品ID", "商家编码", "商品id"] where text.hasPrefix(label) {
                        text = text.dropFirst(label.count)
                    }
                    var bytes = Array(String(text.drop { $0 == " " || $0 == ":" || $0 == "：" }).utf8)
                    items.append(
                        (id, bytes.withUnsafeMutableBufferPointer { OrderKeys.itemIDKey(UnsafeBufferPointer($0)) }))
                }
            }
            var limits = Contract.Limits(
                dailyAdSpend: try money(o["dailyAdSpend"], "limits.dailyAdSpend"), roiRedLine: roi,
                roiRedLineDays: Int(days), monthlyAdBudget: try budget(o["monthlyAdBudget"]),
                campaignDailySpend: try money(o["campaignDailySpend"], "limits.campaignDailySpend"),
                campaignFastPassROI: fastPass,
                priceChange: try share(o["priceChange"], "limits.priceChange", examplePercent: 10))
            limits.maxDiscount = try share(o["maxDiscount"], "limits.maxDiscount", examplePercent: 30)
            limits.noDiscountItems = items
            return limits
        }

        /// `5000` (yuan a month) or `{"shareOfSalesTarget": 0.15}` (of the month's gmv target).
        func budget(_ v: JSONNode?) throws(ContractError) -> Contract.AdBudget? {
            let path = "limits.monthlyAdBudget"
            guard let v, !v.isNull else { return nil }
            if v.members != nil {
                let o = try object(v, path, keys: ["shareOfSalesTarget"])
                let share = try self.share(
                    o["shareOfSalesTarget"], "\(path).shareOfSalesTarget", examplePercent: 15, required: true)!
                return .shareOfSalesTarget(share)
            }
            return .amount(try money(v, path)!)
        }

        /// A share written as 0.1 for 10%: above 0 and at most 1.
        func share(_ v: JSONNode?, _ path: String, examplePercent: Int, required: Bool = false) throws(ContractError)
            -> Double?
        {
            guard let d = try number(v, path, required: required) else { return nil }
            guard d > 0, d <= 1 else {
                throw fail(path, .expectedShare(found: Self.show(d), examplePercent: examplePercent), at: v)
            }
            return d
        }

        /// A text that must be one of `known`.
        func choice(_ v: JSONNode?, _ path: String, known: [String]) throws(ContractError) -> String? {
            guard let s = try string(v, path, required: false) else { return nil }
            guard known.contains(s) else {
                throw fail(path, .unknownChoice(found: "\"\(s)\"", known: known), at: v)
            }
            return s
        }

        /// One target: a number (measured on the store's total), or an object with the platform it
        /// measures (`{"value": 150, "platform": "pinduoduo"}`), a growth over a baseline
        /// (`{"growth": 0.3}`, `{"growth": 2, "baseline": 50000}`, `{"value": 150000, "baseline": 50000}`)
        /// and the months it judges (`"judged": "stageEnd"`, the default with a growth or a baseline).
        func target(_ node: JSONNode, metric: MetricKey, path: String, baselineMonth: YearMonth) throws(ContractError)
            -> Contract.Target
        {
            guard node.members != nil else {
                return Contract.Target(metric: metric, value: try value(node, metric, path))
            }
            let o = try object(node, path, keys: ["value", "platform", "growth", "baseline", "judged", "items"])
            let platform = try self.platform(o["platform"], "\(path).platform")
            var t = Contract.Target(metric: metric, value: 0, platform: platform)
            if let g = o["growth"], !g.isNull {
                if let v = o["value"], !v.isNull {
                    throw fail("\(path).growth", .conflictsWith(path: "\(path).value"), at: g)
                }
                let growth = try number(g, "\(path).growth")!
                // A growth of -100% or less would ask for nothing or less; 0 is no growth.
                guard growth > -1, growth != 0 else {
                    throw fail("\(path).growth", .expectedGrowth(found: Self.show(growth)), at: g)
                }
                t.growth = growth
                t.baseline = .month(baselineMonth)
            } else {
                t.value = try value(o["value"], metric, "\(path).value")
            }
            if let b = o["baseline"], !b.isNull {
                if case .string(let s) = b.value {
                    guard let m = YearMonth(s) else {
                        throw fail("\(path).baseline", .expectedBaseline(found: Self.kind(of: b)), at: b)
                    }
                    t.baseline = .month(m)
                } else if case .number = b.value {
                    let figure = try number(b, "\(path).baseline")!
                    guard figure > 0 else {
                        throw fail("\(path).baseline", .expectedPositiveTarget(found: Self.show(figure)), at: b)
                    }
                    t.baseline = .figure(figure)
                } else {
                    throw fail("\(path).baseline", .expectedBaseline(found: Self.kind(of: b)), at: b)
                }
            }
            t.judged = t.baseline == nil ? .eachMonth : .stageEnd
            if let j = try choice(o["judged"], "\(path).judged", known: Contract.Judged.allCases.map(\.rawValue)) {
                t.judged = Contract.Judged(rawValue: j)!
            }
            return t
        }

        /// `"items": ["612345678901", "商家编码 A-1"]`: the items a per-item target (`itemUnits`,
        /// `itemSales`) measures, by 商品ID or 商家编码 (never by title); empty for the store's metrics.
        func items(_ node: JSONNode, metric: MetricKey, path: String) throws(ContractError) -> [TargetItem] {
            let list = node.members != nil ? node["items"] : nil
            guard metric.isPerItem else {
                if let list, !list.isNull {
                    throw fail("\(path).items", .itemsOnStoreMetric(metric: metric.rawValue), at: list)
                }
                return []
            }
            guard let list, !list.isNull else { throw fail("\(path).items", .missingItems, at: node) }
            guard let elements = list.elements else {
                throw fail("\(path).items", .expectedList(found: Self.kind(of: list)), at: list)
            }
            guard !elements.isEmpty else { throw fail("\(path).items", .missingItems, at: list) }
            if let platform = node["platform"], !platform.isNull {
                throw fail("\(path).platform", .conflictsWith(path: "\(path).items"), at: platform)
            }
            var items: [TargetItem] = []
            for (i, e) in elements.enumerated() {
                let itemPath = "\(path).items[\(i)]"
                guard case .string(let written) = e.value else {
                    throw fail(itemPath, .expectedItemID(found: Self.kind(of: e)), at: e)
                }
                // `商品ID 612345678901` or `商家编码 A-1`: the id after its label.
                var text = Substring(written.trimmingCharacters(in: .whitespaces))
                for label in ["商品ID", "商家编码", "商品id"] where text.hasPrefix(label) {
                    text = text.dropFirst(label.count)
                }
                let id = String(text.drop { $0 == " " || $0 == ":" || $0 == "：" })
                guard !id.isEmpty else { throw fail(itemPath, .expectedItemID(found: Self.kind(of: e)), at: e) }
                if let other = items.firstIndex(where: { $0.id == id }) {
                    throw fail(itemPath, .repeatedItem(other: other), at: e)
                }
                var bytes = Array(id.utf8)
                let key = bytes.withUnsafeMutableBufferPointer { OrderKeys.itemIDKey(UnsafeBufferPointer($0)) }
                items.append(TargetItem(id: id, key: key))
            }
            return items
        }

        /// A target's figure: above 0, and a share at most 1.
        func value(_ node: JSONNode?, _ metric: MetricKey, _ path: String) throws(ContractError) -> Double {
            let value = try number(node, path, required: true)!
            guard value > 0 else { throw fail(path, .expectedPositiveTarget(found: Self.show(value)), at: node) }
            if metric.unit == .share, value > 1 {
                throw fail(path, .expectedShare(found: Self.show(value), examplePercent: 40), at: node)
            }
            return value
        }

        func stages(_ v: JSONNode?, baselineMonth written: YearMonth?) throws(ContractError) -> [Contract.Stage] {
            guard let items = v?.elements else {
                throw fail("stages", v == nil ? .missingStages : .expectedList(found: Self.kind(of: v)), at: v)
            }
            guard !items.isEmpty else { throw fail("stages", .noStages, at: v) }
            // A growth target without a baseline of its own grows from the month before the contract.
            // (A stage whose `from` is not a month is named below, in its turn.)
            var firstMonth: YearMonth?
            for item in items {
                if let from = item["from"], case .string(let s) = from.value, let m = YearMonth(s) {
                    firstMonth = min(firstMonth ?? m, m)
                }
            }
            let baselineMonth = written ?? firstMonth?.previous ?? YearMonth(year: 1900, month: 1)
            var result: [Contract.Stage] = []
            for (i, item) in items.enumerated() {
                let path = "stages[\(i)]"
                let o = try object(item, path, keys: ["name", "from", "to", "targets", "noPaidPromotion", "trial"])
                let from = try month(o["from"], "\(path).from")
                let to = try month(o["to"], "\(path).to")
                guard from <= to else {
                    throw fail(
                        "\(path).to", .stageEndsBeforeStart(from: from.description, to: to.description), at: o["to"])
                }
                if let overlapping = result.firstIndex(where: { $0.from <= to && from <= $0.to }) {
                    let other = result[overlapping]
                    throw fail(
                        path,
                        .stagesOverlap(other: overlapping, from: other.from.description, to: other.to.description),
                        at: item)
                }
                guard let t = o["targets"], let written = t.members else {
                    throw fail(
                        "\(path).targets", .expectedTargets(found: Self.kind(of: o["targets"])), at: o["targets"])
                }
                var targets: [Contract.Target] = []
                for member in written.sorted(by: { Self.targetOrder($0.key, $1.key) }) {
                    let key = member.key
                    guard let metric = MetricKey(rawValue: key) else {
                        throw ContractError(
                            file: file, path: "\(path).targets.\(key)",
                            problem: .unknownMetric(known: MetricKey.allCases.map(\.rawValue)), line: member.keyLine)
                    }
                    let written = try target(
                        member.node, metric: metric, path: "\(path).targets.\(key)", baselineMonth: baselineMonth)
                    // A per-item target is one target per item it names, each judged on its own.
                    let items = try self.items(member.node, metric: metric, path: "\(path).targets.\(key)")
                    if items.isEmpty {
                        targets.append(written)
                    } else {
                        targets += items.map { item in
                            var t = written
                            t.item = item
                            return t
                        }
                    }
                }
                var noPaid = false
                if let b = o["noPaidPromotion"] {
                    guard case .bool(let flag) = b.value else {
                        throw fail("\(path).noPaidPromotion", .expectedBoolean(found: Self.kind(of: b)), at: b)
                    }
                    noPaid = flag
                }
                let name = try string(o["name"], "\(path).name", required: false) ?? "第\(i + 1)阶段"
                var trialPayShare: Double?
                if let t = o["trial"], !t.isNull {
                    let to = try object(t, "\(path).trial", keys: ["payShare"])
                    trialPayShare = try share(
                        to["payShare"], "\(path).trial.payShare", examplePercent: 80, required: true)
                }
                result.append(
                    Contract.Stage(
                        name: name, from: from, to: to, targets: targets, noPaidPromotion: noPaid,
                        trialPayShare: trialPayShare))
            }
            return result.sorted { $0.from < $1.from }
        }

        /// Targets are listed in the metric catalogue's order, so reports are stable.
        static func targetOrder(_ a: String, _ b: String) -> Bool {
            switch (MetricKey(rawValue: a), MetricKey(rawValue: b)) {
            case (let x?, let y?): return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a < b
            }
        }

        func termination(_ v: JSONNode?, hasTrial: Bool = false) throws(ContractError) -> Contract.TerminationTerms {
            guard let v else { return Contract.TerminationTerms() }
            let o = try object(
                v, "termination",
                keys: [
                    "consecutiveMissedStages", "missBelow", "consecutiveMonthsBelow", "redLine", "rectificationDays",
                    "refunds", "noticeDays", "proRataLastMonth", "noticeGivenOn",
                ])
            var t = Contract.TerminationTerms()
            if let n = try number(o["consecutiveMissedStages"], "termination.consecutiveMissedStages") {
                t.consecutiveMissedStages = Int(n)
            }
            if let m = try number(o["missBelow"], "termination.missBelow") {
                guard m > 0, m <= 1 else {
                    throw fail(
                        "termination.missBelow", .expectedShare(found: Self.show(m), examplePercent: 80),
                        at: o["missBelow"])
                }
                t.missBelow = m
            }
            if let n = try number(o["consecutiveMonthsBelow"], "termination.consecutiveMonthsBelow") {
                t.consecutiveMonthsBelow = max(1, Int(n))
            }
            if let r = try number(o["redLine"], "termination.redLine") { t.redLine = r }
            if let days = try number(o["rectificationDays"], "termination.rectificationDays") {
                // A deadline is a whole number of days from the month's end: 0 or 7.5 would be no deadline.
                guard days >= 1, days == days.rounded() else {
                    throw fail(
                        "termination.rectificationDays", .expectedWholeDays(found: Self.show(days)),
                        at: o["rectificationDays"])
                }
                t.rectificationDays = Int(days)
            }
            if o["redLine"]?.isNull == true { t.redLine = nil }
            if o["consecutiveMissedStages"]?.isNull == true { t.consecutiveMissedStages = nil }
            t.refunds = try refunds(o["refunds"], terms: t, hasTrial: hasTrial)
            if let days = try number(o["noticeDays"], "termination.noticeDays") {
                guard days >= 1, days == days.rounded() else {
                    throw fail(
                        "termination.noticeDays", .expectedWholeDays(found: Self.show(days)), at: o["noticeDays"])
                }
                t.noticeDays = Int(days)
            }
            if let b = o["proRataLastMonth"] {
                guard case .bool(let flag) = b.value else {
                    throw fail("termination.proRataLastMonth", .expectedBoolean(found: Self.kind(of: b)), at: b)
                }
                t.proRataLastMonth = flag
            }
            if let d = o["noticeGivenOn"], !d.isNull {
                guard case .string(let s) = d.value, let day = CalendarDay(iso: s) else {
                    throw fail("termination.noticeGivenOn", .expectedDay(found: Self.kind(of: d)), at: d)
                }
                t.noticeGivenOn = day
            }
            return t
        }

        /// `[{"ground": "monthsBelow", "share": 0.5}]`: one refund per ground, on a ground the
        /// contract has.
        func refunds(_ v: JSONNode?, terms: Contract.TerminationTerms, hasTrial: Bool) throws(ContractError)
            -> [Contract.Refund]
        {
            guard let v, !v.isNull else { return [] }
            guard let items = v.elements else {
                throw fail("termination.refunds", .expectedList(found: Self.kind(of: v)), at: v)
            }
            var result: [Contract.Refund] = []
            for (i, item) in items.enumerated() {
                let path = "termination.refunds[\(i)]"
                let o = try object(item, path, keys: ["ground", "share", "of"])
                let known = Contract.GroundKind.allCases.map(\.rawValue)
                guard let name = try choice(o["ground"], "\(path).ground", known: known),
                    let ground = Contract.GroundKind(rawValue: name)
                else { throw fail("\(path).ground", .missingText) }
                let absent =
                    (ground == .monthsBelowRedLine && terms.redLine == nil)
                    || (ground == .stagesMissed && terms.consecutiveMissedStages == nil)
                    || (ground == .trialMissed && !hasTrial)
                if absent { throw fail("\(path).ground", .groundNotInContract(ground: name), at: o["ground"]) }
                if let other = result.firstIndex(where: { $0.ground == ground }) {
                    throw fail("\(path).ground", .repeatsEntry(other: other), at: o["ground"])
                }
                let share = try self.share(o["share"], "\(path).share", examplePercent: 50, required: true)!
                let basis =
                    try choice(o["of"], "\(path).of", known: Contract.RefundBasis.allCases.map(\.rawValue))
                    .flatMap(Contract.RefundBasis.init(rawValue:)) ?? .fees
                result.append(Contract.Refund(ground: ground, share: share, basis: basis))
            }
            return result
        }

        /// `"service": {"ratingBelow": [{"below": 4.5, "deduct": 0.3}], "perPlatformComplaint": 500, …}`.
        func service(_ v: JSONNode?) throws(ContractError) -> Contract.ServiceTerms {
            guard let v, !v.isNull else { return Contract.ServiceTerms() }
            let o = try object(
                v, "service",
                keys: [
                    "ratingBelow", "perPlatformComplaint", "perLateFirstResponse", "positiveRate", "complaintsResolved",
                    "firstResponseSeconds",
                ])
            var s = Contract.ServiceTerms()
            if let list = o["ratingBelow"], !list.isNull {
                guard let items = list.elements else {
                    throw fail("service.ratingBelow", .expectedList(found: Self.kind(of: list)), at: list)
                }
                for (i, item) in items.enumerated() {
                    let path = "service.ratingBelow[\(i)]"
                    let t = try object(item, path, keys: ["below", "deduct"])
                    let below = try number(t["below"], "\(path).below", required: true)!
                    guard below > 0, below <= 5 else {
                        throw fail("\(path).below", .expectedRating(found: Self.show(below)), at: t["below"])
                    }
                    s.ratingTiers.append(
                        Contract.RatingTier(
                            below: below,
                            deduct: try share(t["deduct"], "\(path).deduct", examplePercent: 30, required: true)!))
                }
            }
            s.perPlatformComplaint = try money(o["perPlatformComplaint"], "service.perPlatformComplaint")
            s.perLateFirstResponse = try money(o["perLateFirstResponse"], "service.perLateFirstResponse")
            if let seconds = try number(o["firstResponseSeconds"], "service.firstResponseSeconds") {
                guard seconds > 0 else {
                    throw fail(
                        "service.firstResponseSeconds", .expectedPositiveTarget(found: Self.show(seconds)),
                        at: o["firstResponseSeconds"])
                }
                s.firstResponseSeconds = seconds
            }
            if let p = o["positiveRate"], !p.isNull {
                let po = try object(p, "service.positiveRate", keys: ["atLeast", "deductPerPoint"])
                s.positiveRate = Contract.PositiveRateTerm(
                    atLeast: try share(
                        po["atLeast"], "service.positiveRate.atLeast", examplePercent: 95, required: true)!,
                    deductPerPoint: try share(
                        po["deductPerPoint"], "service.positiveRate.deductPerPoint", examplePercent: 2, required: true)!
                )
            }
            if let r = o["complaintsResolved"], !r.isNull {
                let ro = try object(r, "service.complaintsResolved", keys: ["atLeast", "deduct"])
                s.complaintsResolved = Contract.ResolvedTerm(
                    atLeast: try share(
                        ro["atLeast"], "service.complaintsResolved.atLeast", examplePercent: 90, required: true)!,
                    deduct: try share(
                        ro["deduct"], "service.complaintsResolved.deduct", examplePercent: 10, required: true)!)
            }
            return s
        }

        func settlement(_ v: JSONNode?) throws(ContractError) -> Contract.SettlementTerms {
            guard let v else { return Contract.SettlementTerms() }
            let o = try object(
                v, "settlement",
                keys: [
                    "deductInProportion", "maxDeduction", "bonusAbove", "bonusRate", "proRataPartialMonth",
                    "deductPerPoint", "flatDeduction",
                ])
            var s = Contract.SettlementTerms()
            if let b = o["deductInProportion"] {
                guard case .bool(let flag) = b.value else {
                    throw fail("settlement.deductInProportion", .expectedBoolean(found: Self.kind(of: b)), at: b)
                }
                s.deductInProportion = flag
            }
            if let m = try number(o["maxDeduction"], "settlement.maxDeduction") { s.maxDeduction = min(max(m, 0), 1) }
            if o["bonusAbove"]?.isNull == true {
                s.bonusAbove = nil
            } else if let a = try number(o["bonusAbove"], "settlement.bonusAbove") {
                s.bonusAbove = a
            }
            if let r = try number(o["bonusRate"], "settlement.bonusRate") { s.bonusRate = r }
            if let b = o["proRataPartialMonth"] {
                guard case .bool(let flag) = b.value else {
                    throw fail("settlement.proRataPartialMonth", .expectedBoolean(found: Self.kind(of: b)), at: b)
                }
                s.proRataPartialMonth = flag
            }
            s.deductPerPoint = try share(o["deductPerPoint"], "settlement.deductPerPoint", examplePercent: 2)
            if s.deductPerPoint != nil, !s.deductInProportion {
                throw fail(
                    "settlement.deductPerPoint", .conflictsWith(path: "settlement.deductInProportion"),
                    at: o["deductPerPoint"])
            }
            if let f = o["flatDeduction"], !f.isNull {
                let path = "settlement.flatDeduction"
                let fo = try object(f, path, keys: ["below", "share"])
                s.flatDeduction = Contract.FlatDeduction(
                    below: try share(fo["below"], "\(path).below", examplePercent: 80, required: true)!,
                    share: try share(fo["share"], "\(path).share", examplePercent: 20, required: true)!)
            }
            return s
        }
    }
}
