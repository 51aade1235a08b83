import AuditRecords
import Foundation

/// Reads contract.json into a `Contract`, naming the path of any field that is wrong.
///
/// Strict on purpose: an unknown key is more likely a typo (`orderz`) than an extension, and a
/// typo in a target silently drops it from the audit.
public enum ContractParser {
    public static func parse(_ data: Data, file: String = "contract.json") throws(ContractError) -> Contract {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ContractError(file: file, path: "", problem: invalidJSON(error as NSError, in: data))
        }
        var p = Parser(file: file)
        return try p.contract(root)
    }

    /// Where the JSON reader stopped, as a line and column of the file: Foundation names a byte
    /// offset ("around character 11") on Linux and a line and column on Apple platforms.
    static func invalidJSON(_ error: NSError, in data: Data) -> ContractError.Problem {
        let detail = error.userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        if detail.contains("end of file") || detail.contains("Unexpected end") { return .unfinishedJSON }
        func number(after word: String) -> Int? {
            guard let r = detail.range(of: word + " ") else { return nil }
            return Int(detail[r.upperBound...].prefix { $0.isNumber })
        }
        if let line = number(after: "line"), let column = number(after: "column") {
            return .invalidJSON(line: line, column: column)
        }
        guard let offset = number(after: "character"), offset <= data.count else {
            return .invalidJSON(line: nil, column: nil)
        }
        let before = data.prefix(offset)
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return .invalidJSON(line: line, column: column)
    }

    private struct Parser {
        let file: String

        func fail(_ path: String, _ problem: ContractError.Problem) -> ContractError {
            ContractError(file: file, path: path, problem: problem)
        }

        func object(_ v: Any?, _ path: String, keys: Set<String>) throws(ContractError) -> [String: Any] {
            guard let o = v as? [String: Any] else { throw fail(path, .expectedObject(found: Self.kind(of: v))) }
            for k in o.keys.sorted() where !keys.contains(k) {
                throw fail(path.isEmpty ? k : "\(path).\(k)", .unknownField(known: keys.sorted()))
            }
            return o
        }

        func string(_ v: Any?, _ path: String, required: Bool = true) throws(ContractError) -> String? {
            guard let v else {
                if required { throw fail(path, .missingText) }
                return nil
            }
            guard let s = v as? String else { throw fail(path, .expectedText(found: Self.kind(of: v))) }
            return s
        }

        func number(_ v: Any?, _ path: String, required: Bool = false) throws(ContractError) -> Double? {
            guard let v, !(v is NSNull) else {
                if required { throw fail(path, .missingNumber) }
                return nil
            }
            guard !Self.isBoolean(v), let n = v as? NSNumber, n.doubleValue.isFinite else {
                throw fail(path, .expectedNumber(found: Self.kind(of: v)))
            }
            guard abs(n.doubleValue) < 1e12 else { throw fail(path, .numberTooLarge(found: Self.show(n.doubleValue))) }
            return n.doubleValue
        }

        func money(_ v: Any?, _ path: String, required: Bool = false) throws(ContractError) -> Money? {
            guard let d = try number(v, path, required: required) else { return nil }
            guard d >= 0 else { throw fail(path, .negativeAmount(found: Self.show(d))) }
            return Money(cents: Int64((d * 100).rounded()))
        }

        /// A platform id as contract.json writes it (`taobao`, `pinduoduo`…); nil when absent.
        func platform(_ v: Any?, _ path: String) throws(ContractError) -> Platform? {
            guard let p = try string(v, path, required: false) else { return nil }
            guard let known = Platform(rawValue: p) else {
                throw fail(path, .unknownPlatform(found: "\"\(p)\"", known: Platform.allCases.map(\.rawValue)))
            }
            return known
        }

        func month(_ v: Any?, _ path: String) throws(ContractError) -> YearMonth {
            guard v != nil else { throw fail(path, .missingMonth) }
            guard let s = v as? String, let m = YearMonth(s) else {
                throw fail(path, .expectedMonth(found: Self.kind(of: v)))
            }
            return m
        }

        /// A JSON value as the merchant wrote it, for "实际是…": `文本 "5000"`, `数字 3`, `布尔值 true`.
        static func kind(of v: Any?) -> String {
            switch v {
            case nil, is NSNull: return "空值 null"
            case let s as String: return "文本 \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
            case let v? where isBoolean(v): return "布尔值 \((v as? Bool) == true ? "true" : "false")"
            case let n as NSNumber: return "数字 \(show(n.doubleValue))"
            case is [Any]: return "列表 […]"
            case is [String: Any]: return "对象 {…}"
            default: return "\(v!)"
            }
        }

        /// A number as written in JSON: `3`, `0.4`, `1e+30`.
        static func show(_ d: Double) -> String {
            d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
        }

        /// JSON `true`/`false` arrive as NSNumber too; tell them apart by their type name ("c" on Apple platforms).
        static func isBoolean(_ v: Any) -> Bool {
            if v is Bool, !(v is NSNumber) { return true }
            guard let n = v as? NSNumber else { return false }
            return String(describing: type(of: n)).contains("Boolean") || String(cString: n.objCType) == "c"
        }

        mutating func contract(_ root: Any) throws(ContractError) -> Contract {
            let o = try object(
                root, "", keys: ["store", "agency", "fees", "limits", "stages", "termination", "settlement"])
            let store = try object(o["store"], "store", keys: ["name", "platform"])
            let name = try string(store["name"], "store.name")!
            let platform = try self.platform(store["platform"], "store.platform") ?? .taobao
            var agency = ""
            if o["agency"] != nil {
                agency =
                    try string(
                        try object(o["agency"], "agency", keys: ["name"])["name"], "agency.name", required: false) ?? ""
            }
            return Contract(
                storeName: name, platform: platform, agencyName: agency,
                fees: try fees(o["fees"]), limits: try limits(o["limits"]), stages: try stages(o["stages"]),
                termination: try termination(o["termination"]), settlement: try settlement(o["settlement"]))
        }

        func fees(_ v: Any?) throws(ContractError) -> Contract.Fees {
            guard let v else { return Contract.Fees() }
            let o = try object(v, "fees", keys: ["monthlyBase", "commissionTiers"])
            var tiers: [Contract.CommissionTier] = []
            if let list = o["commissionTiers"] {
                guard let items = list as? [Any] else {
                    throw fail("fees.commissionTiers", .expectedList(found: Self.kind(of: list)))
                }
                for (i, item) in items.enumerated() {
                    let path = "fees.commissionTiers[\(i)]"
                    let t = try object(item, path, keys: ["upTo", "rate"])
                    let rate = try number(t["rate"], "\(path).rate", required: true)!
                    guard (0...1).contains(rate) else {
                        throw fail("\(path).rate", .expectedShare(found: Self.show(rate), example: "3% 写作 0.03"))
                    }
                    let upTo = try money(t["upTo"], "\(path).upTo")
                    if let previous = tiers.last {
                        guard let prevUpTo = previous.upTo else { throw fail(path, .tierAfterOpenEndedTier) }
                        if let upTo, upTo <= prevUpTo {
                            throw fail(
                                "\(path).upTo",
                                .tierNotAbovePrevious(previous: Self.show(prevUpTo.yuan), found: Self.show(upTo.yuan)))
                        }
                    }
                    tiers.append(Contract.CommissionTier(upTo: upTo, rate: rate))
                }
            }
            return Contract.Fees(
                monthlyBase: try money(o["monthlyBase"], "fees.monthlyBase") ?? .zero, commissionTiers: tiers)
        }

        func limits(_ v: Any?) throws(ContractError) -> Contract.Limits {
            guard let v else { return Contract.Limits() }
            let o = try object(v, "limits", keys: ["dailyAdSpend", "roiRedLine", "roiRedLineDays"])
            let days = try number(o["roiRedLineDays"], "limits.roiRedLineDays") ?? 3
            guard days >= 1, days == days.rounded() else {
                throw fail("limits.roiRedLineDays", .expectedWholeDays(found: Self.show(days)))
            }
            let roi = try number(o["roiRedLine"], "limits.roiRedLine")
            if let roi, roi <= 0 { throw fail("limits.roiRedLine", .expectedPositiveROI(found: Self.show(roi))) }
            return Contract.Limits(
                dailyAdSpend: try money(o["dailyAdSpend"], "limits.dailyAdSpend"), roiRedLine: roi,
                roiRedLineDays: Int(days))
        }

        func stages(_ v: Any?) throws(ContractError) -> [Contract.Stage] {
            guard let items = v as? [Any] else {
                throw fail("stages", v == nil ? .missingStages : .expectedList(found: Self.kind(of: v)))
            }
            guard !items.isEmpty else { throw fail("stages", .noStages) }
            var result: [Contract.Stage] = []
            for (i, item) in items.enumerated() {
                let path = "stages[\(i)]"
                let o = try object(item, path, keys: ["name", "from", "to", "targets"])
                let from = try month(o["from"], "\(path).from")
                let to = try month(o["to"], "\(path).to")
                guard from <= to else {
                    throw fail("\(path).to", .stageEndsBeforeStart(from: from.description, to: to.description))
                }
                if let overlapping = result.firstIndex(where: { $0.from <= to && from <= $0.to }) {
                    let other = result[overlapping]
                    throw fail(
                        path, .stagesOverlap(other: overlapping, from: other.from.description, to: other.to.description)
                    )
                }
                guard let t = o["targets"] as? [String: Any] else {
                    throw fail("\(path).targets", .expectedTargets(found: Self.kind(of: o["targets"])))
                }
                var targets: [Contract.Target] = []
                for key in t.keys.sorted(by: Self.targetOrder) {
                    guard let metric = MetricKey(rawValue: key) else {
                        throw fail("\(path).targets.\(key)", .unknownMetric(known: MetricKey.allCases.map(\.rawValue)))
                    }
                    // A number, or {"value": 150, "platform": "pinduoduo"} for one platform's figure.
                    var valuePath = "\(path).targets.\(key)"
                    var written = t[key]
                    var platform: Platform?
                    if written is [String: Any] {
                        let o = try object(written, valuePath, keys: ["value", "platform"])
                        platform = try self.platform(o["platform"], "\(valuePath).platform")
                        written = o["value"]
                        valuePath += ".value"
                    }
                    let value = try number(written, valuePath, required: true)!
                    guard value > 0 else {
                        throw fail(valuePath, .expectedPositiveTarget(found: Self.show(value)))
                    }
                    if metric.unit == .share, value > 1 {
                        throw fail(
                            valuePath, .expectedShare(found: Self.show(value), example: "40% 写作 0.4"))
                    }
                    targets.append(Contract.Target(metric: metric, value: value, platform: platform))
                }
                let name = try string(o["name"], "\(path).name", required: false) ?? "第\(i + 1)阶段"
                result.append(Contract.Stage(name: name, from: from, to: to, targets: targets))
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

        func termination(_ v: Any?) throws(ContractError) -> Contract.TerminationTerms {
            guard let v else { return Contract.TerminationTerms() }
            let o = try object(
                v, "termination", keys: ["consecutiveMissedStages", "missBelow", "consecutiveMonthsBelow", "redLine"])
            var t = Contract.TerminationTerms()
            if let n = try number(o["consecutiveMissedStages"], "termination.consecutiveMissedStages") {
                t.consecutiveMissedStages = Int(n)
            }
            if let m = try number(o["missBelow"], "termination.missBelow") {
                guard m > 0, m <= 1 else {
                    throw fail("termination.missBelow", .expectedShare(found: Self.show(m), example: "80% 写作 0.8"))
                }
                t.missBelow = m
            }
            if let n = try number(o["consecutiveMonthsBelow"], "termination.consecutiveMonthsBelow") {
                t.consecutiveMonthsBelow = max(1, Int(n))
            }
            if let r = try number(o["redLine"], "termination.redLine") { t.redLine = r }
            return t
        }

        func settlement(_ v: Any?) throws(ContractError) -> Contract.SettlementTerms {
            guard let v else { return Contract.SettlementTerms() }
            let o = try object(
                v, "settlement",
                keys: ["deductInProportion", "maxDeduction", "bonusAbove", "bonusRate", "proRataPartialMonth"])
            var s = Contract.SettlementTerms()
            if let b = o["deductInProportion"] {
                guard let flag = b as? Bool else {
                    throw fail("settlement.deductInProportion", .expectedBoolean(found: Self.kind(of: b)))
                }
                s.deductInProportion = flag
            }
            if let m = try number(o["maxDeduction"], "settlement.maxDeduction") { s.maxDeduction = min(max(m, 0), 1) }
            if o["bonusAbove"] is NSNull {
                s.bonusAbove = nil
            } else if let a = try number(o["bonusAbove"], "settlement.bonusAbove") {
                s.bonusAbove = a
            }
            if let r = try number(o["bonusRate"], "settlement.bonusRate") { s.bonusRate = r }
            if let b = o["proRataPartialMonth"] {
                guard let flag = b as? Bool else {
                    throw fail("settlement.proRataPartialMonth", .expectedBoolean(found: Self.kind(of: b)))
                }
                s.proRataPartialMonth = flag
            }
            return s
        }
    }
}
