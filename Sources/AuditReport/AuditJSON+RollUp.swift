import AuditContract
import AuditRecords
import MonthlyAudit
import PeriodAudit

/// audit.json read back for the roll-up over stores: the one place besides the writer that knows
/// its shape, so a change to either is checked against the other (`PortfolioRollUpTests`).
///
/// Strict like contract.json (`JSONReader`: a key written twice, a file cut short, a byte that is
/// no UTF-8 are refused): a report another machine wrote is trusted only when it is whole and of
/// the schema the roll-up reads.
extension AuditJSON {
    /// The roll-up's row of one month of the store in `folder`, from its audit.json's bytes.
    public static func rollUpRow(_ bytes: [UInt8], folder: String) -> Result<
        Portfolio.Row, Portfolio.Failure.ReportProblem
    > {
        let root: JSONNode
        do {
            root = try JSONReader.read(bytes)
        } catch {
            return .failure(.notJSON)
        }
        do {
            return .success(try RollUpFields(root: root).row(folder: folder))
        } catch {
            return .failure(error)
        }
    }

    /// The fields the roll-up takes, each read with its path named when it is missing or wrong.
    private struct RollUpFields {
        let root: JSONNode

        func node(_ path: String) throws(Portfolio.Failure.ReportProblem) -> JSONNode {
            var n: JSONNode? = root
            for key in path.split(separator: ".") { n = n?[String(key)] }
            guard let n else { throw .missingField(path) }
            return n
        }

        func string(_ path: String) throws(Portfolio.Failure.ReportProblem) -> String {
            guard case .string(let s) = try node(path).value else { throw .missingField(path) }
            return s
        }

        /// A number, or nil for `null`.
        func number(_ path: String) throws(Portfolio.Failure.ReportProblem) -> Double? {
            switch try node(path).value {
            case .null: return nil
            case .number(let d, _) where d.isFinite: return d
            default: throw .missingField(path)
            }
        }

        func int(_ path: String) throws(Portfolio.Failure.ReportProblem) -> Int {
            guard let d = try number(path), d == d.rounded(), abs(d) < 1e15 else { throw .missingField(path) }
            return Int(d)
        }

        func bool(_ path: String) throws(Portfolio.Failure.ReportProblem) -> Bool {
            guard case .bool(let b) = try node(path).value else { throw .missingField(path) }
            return b
        }

        func money(_ d: Double?) -> Money? { d.map(Money.init(roundingYuan:)) }

        func row(folder: String) throws(Portfolio.Failure.ReportProblem) -> Portfolio.Row {
            let version: Int?
            if case .number(let d, _)? = root["schemaVersion"]?.value {
                version = Int(exactly: d)
            } else {
                version = nil
            }
            guard version == AuditJSON.schemaVersion else { throw .schemaVersion(found: version) }
            guard let month = YearMonth(try string("month")) else { throw .missingField("month") }
            guard let status = MonthStatus(rawValue: try string("status.state")) else {
                throw .missingField("status.state")
            }
            guard let platformList = try node("store.platforms").elements else {
                throw .missingField("store.platforms")
            }
            var platforms: [Platform] = []
            for p in platformList {
                guard case .string(let s) = p.value, let platform = Platform(rawValue: s) else {
                    throw .missingField("store.platforms")
                }
                platforms.append(platform)
            }
            guard let deduction = money(try number("settlement.deduction")) else {
                throw .missingField("settlement.deduction")
            }
            return Portfolio.Row(
                folder: folder, storeName: try string("store.name"), platforms: platforms, month: month,
                status: status, overallAttainment: try number("summary.overallAttainment"),
                targets: try int("summary.targets"), targetsMet: try int("summary.targetsMet"),
                payable: money(try number("summary.payable")), deduction: deduction,
                anomalies: Portfolio.Row.FindingCounts(
                    high: try int("summary.anomalies.high"), medium: try int("summary.anomalies.medium"),
                    low: try int("summary.anomalies.low")),
                mayTerminate: try bool("summary.mayTerminate"), verdict: try verdict())
        }

        func verdict() throws(Portfolio.Failure.ReportProblem) -> Portfolio.Row.VerdictSummary {
            guard let kind = Verdict.Kind(rawValue: try string("verdict.kind")) else {
                throw .missingField("verdict.kind")
            }
            var deadline: CalendarDay?
            if case .string(let s) = try node("verdict.deadline").value {
                let parts = s.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 3, let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) else {
                    throw .missingField("verdict.deadline")
                }
                deadline = day
            }
            let clauseNode = try node("verdict.clause")
            guard !clauseNode.isNull else { return Portfolio.Row.VerdictSummary(kind: kind, deadline: deadline) }
            let clause: TerminationCheck.Clause
            switch try string("verdict.clause.kind") {
            case "fakeOrders": clause = .fakeOrders
            case "trialMissed": clause = .trialMissed(stage: try string("verdict.clause.stage"))
            case "monthsBelowRedLine":
                clause = .monthsBelowRedLine(
                    redLine: try number("verdict.clause.redLine") ?? 0, months: try int("verdict.clause.months"))
            case "monthsBelow":
                clause = .monthsBelow(
                    threshold: try number("verdict.clause.threshold") ?? 0, months: try int("verdict.clause.months"))
            case "stagesMissed": clause = .stagesMissed(stages: try int("verdict.clause.stages"))
            default: throw .missingField("verdict.clause.kind")
            }
            return Portfolio.Row.VerdictSummary(kind: kind, clause: clause, deadline: deadline)
        }
    }
}
