/// A contract.json that cannot be used: the file, the JSON path of the offending field and what is
/// wrong with it, worded for the merchant who edits the file.
///
/// Field names, metric ids and JSON keys stay as written in the file (the merchant types them);
/// everything else is Chinese, and says what was expected and what was found.
public struct ContractError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// `stages[1].targets.orderz`; empty for the file as a whole.
    public var path: String
    public var problem: Problem
    /// The line the offending value (or key) is written on, when the file has it; nil for a
    /// missing field and for problems whose message names its lines.
    public var line: Int?

    public init(file: String = "contract.json", path: String, problem: Problem, line: Int? = nil) {
        self.file = file
        self.path = path
        self.problem = problem
        self.line = line
    }

    /// What is wrong at `path`, e.g. `未知指标（可用：orders, gmv, …）`.
    public var message: String { problem.message }

    /// `contract.json: stages[1].targets.orderz: 未知指标（可用：orders, gmv, …）（第 9 行）`.
    ///
    /// The line comes last so that the path, which the merchant searches for, leads.
    public var description: String {
        let place = line.map { "（第 \($0) 行）" } ?? ""
        return path.isEmpty ? "\(file): \(message)\(place)" : "\(file): \(path): \(message)\(place)"
    }

    /// What is wrong with a field; `found` is the value the file holds, as `文本 "5000"` or `数字 3`.
    public enum Problem: Sendable, Equatable {
        /// Not JSON at all; the place is given when the JSON reader names it.
        case invalidJSON(line: Int?, column: Int?)
        /// The text ends before the JSON does (a missing `}` or `]`).
        case unfinishedJSON
        /// The file is not UTF-8 (most likely GBK, Notepad's "ANSI"): the line of its first bad byte.
        case notUTF8(line: Int, byte: UInt8)
        /// The same key twice in one object: JSON readers keep one of the two without a word, so
        /// which figure the merchant meant is unknown.
        case duplicateKey(firstLine: Int, secondLine: Int)
        case expectedObject(found: String)
        case unknownField(known: [String])
        case missingText
        case expectedText(found: String)
        case missingNumber
        case expectedNumber(found: String)
        case numberTooLarge(found: String)
        case negativeAmount(found: String)
        case missingMonth
        case expectedMonth(found: String)
        case unknownPlatform(found: String, known: [String])
        case expectedList(found: String)
        case missingStages
        case noStages
        /// A share written as a percentage or above 1; `example` shows how to write one (`3% 写作 0.03`).
        case expectedShare(found: String, example: String)
        case tierAfterOpenEndedTier
        case tierNotAbovePrevious(previous: String, found: String)
        case expectedWholeDays(found: String)
        case expectedPositiveROI(found: String)
        case stageEndsBeforeStart(from: String, to: String)
        case stagesOverlap(other: Int, from: String, to: String)
        case expectedTargets(found: String)
        case unknownMetric(known: [String])
        case expectedPositiveTarget(found: String)
        case expectedBoolean(found: String)

        /// The Chinese wording of every contract error, in one place.
        public var message: String {
            switch self {
            case .invalidJSON(let line?, let column?):
                return "不是有效的 JSON：第 \(line) 行第 \(column) 列附近有错（检查引号、逗号和括号）"
            case .invalidJSON:
                return "不是有效的 JSON（检查引号、逗号和括号）"
            case .unfinishedJSON:
                return "JSON 没有写完：文件在最后的 } 或 ] 之前就结束了"
            case .notUTF8(let line, let byte):
                let hex = "0x" + String(byte, radix: 16, uppercase: true)
                return "不是 UTF-8 编码：第 \(line) 行的字节 \(hex) 不是 UTF-8（文件可能存成了 GBK/ANSI）。"
                    + "请另存为 UTF-8：记事本「文件 → 另存为」，「编码」选「UTF-8」；"
                    + "WPS「文件 → 另存为」，文件类型选「纯文本」，编码选「UTF-8」"
            case .duplicateKey(let first, let second):
                let lines = first == second ? "在第 \(first) 行写了两次" : "写了两次（第 \(first) 行和第 \(second) 行）"
                return lines + "：每项只能写一次，请删去不要的那个"
            case .expectedObject(let found):
                return "应为对象 {…}，实际是\(found)"
            case .unknownField(let known):
                return "未知字段（可用：\(known.joined(separator: ", "))）"
            case .missingText:
                return "缺少此项（应为文本）"
            case .expectedText(let found):
                return "应为文本（加英文双引号），实际是\(found)"
            case .missingNumber:
                return "缺少此项（应为数字）"
            case .expectedNumber(let found):
                return "应为数字（不加引号），实际是\(found)"
            case .numberTooLarge(let found):
                return "数字太大（\(found)），最多 999,999,999,999"
            case .negativeAmount(let found):
                return "金额不能为负数，实际是 \(found)"
            case .missingMonth:
                return "缺少此项（应为月份，如 \"2025-07\"）"
            case .expectedMonth(let found):
                return "应为月份，如 \"2025-07\"，实际是\(found)"
            case .unknownPlatform(let found, let known):
                return "未知平台 \(found)（可用：\(known.joined(separator: ", "))）"
            case .expectedList(let found):
                return "应为列表 […]，实际是\(found)"
            case .missingStages:
                return "缺少此项（应为阶段列表 […]）"
            case .noStages:
                return "合同里没有任何阶段：至少写一个阶段"
            case .expectedShare(let found, let example):
                return "应为 0 到 1 之间的比例（\(example)），实际是 \(found)"
            case .tierAfterOpenEndedTier:
                return "上一档没有 upTo，已是最后一档，其后不能再有档位"
            case .tierNotAbovePrevious(let previous, let found):
                return "应大于上一档的 upTo（\(previous)），实际是 \(found)"
            case .expectedWholeDays(let found):
                return "应为不小于 1 的整数天数，实际是 \(found)"
            case .expectedPositiveROI(let found):
                return "应为大于 0 的 ROI（1:1.5 写作 1.5），实际是 \(found)"
            case .stageEndsBeforeStart(let from, let to):
                return "结束月份 \(to) 早于开始月份 \(from)"
            case .stagesOverlap(let other, let from, let to):
                return "与 stages[\(other)]（\(from)…\(to)）时间重叠：每个月只能属于一个阶段"
            case .expectedTargets(let found):
                return "应为「指标: 目标值」的对象，如 {\"orders\": 150}，实际是\(found)"
            case .unknownMetric(let known):
                return "未知指标（可用：\(known.joined(separator: ", "))）"
            case .expectedPositiveTarget(let found):
                return "目标值应大于 0，实际是 \(found)"
            case .expectedBoolean(let found):
                return "应为 true 或 false，实际是\(found)"
            }
        }
    }
}
