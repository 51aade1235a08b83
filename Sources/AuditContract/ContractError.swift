/// A contract.json that cannot be used: the file, the JSON path of the offending field and what is
/// wrong with it, as data: AuditReport words it for the merchant who edits the file
/// (`ContractErrorWording`), with field names, metric ids and JSON keys as written in the file.
public struct ContractError: Error, Sendable, Equatable {
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
        case expectedObject(found: Found)
        case unknownField(known: [String])
        case missingText
        case expectedText(found: Found)
        case missingNumber
        case expectedNumber(found: Found)
        case numberTooLarge(found: String)
        case negativeAmount(found: String)
        case missingMonth
        case expectedMonth(found: Found)
        case unknownPlatform(found: String, known: [String])
        case expectedList(found: Found)
        case missingStages
        case noStages
        /// A share written as a percentage or above 1; `examplePercent` shows how to write one (3: `3% 写作 0.03`).
        case expectedShare(found: String, examplePercent: Int)
        case tierAfterOpenEndedTier
        case tierNotAbovePrevious(previous: String, found: String)
        case expectedWholeDays(found: String)
        case expectedPositiveROI(found: String)
        case stageEndsBeforeStart(from: String, to: String)
        case stagesOverlap(other: Int, from: String, to: String)
        case expectedTargets(found: Found)
        case unknownMetric(known: [String])
        case expectedPositiveTarget(found: String)
        case expectedBoolean(found: Found)
        /// A text that must be one of a few words (`monthsBelow`, `fees`…).
        case unknownChoice(found: String, known: [String])
        /// The field contradicts the one at `path` (`deductPerPoint` with `"deductInProportion": false`).
        case conflictsWith(path: String)
        /// A refund on a termination ground the contract switched off (`"redLine": null`).
        case groundNotInContract(ground: String)
        /// The same entry as the list's `other`-th (two refunds on one ground).
        case repeatsEntry(other: Int)
        /// Not a day written `YYYY-MM-DD`.
        case expectedDay(found: Found)
        /// A store rating outside 0 to 5.
        case expectedRating(found: String)
        /// A growth of -100% or less, or of 0.
        case expectedGrowth(found: String)
        /// A baseline that is neither a month (`"2025-06"`) nor a figure.
        case expectedBaseline(found: Found)
        /// A per-item target (`itemUnits`, `itemSales`) without `items`, the 商品ID or 商家编码 of
        /// the items it measures.
        case missingItems
        /// `items` on a target of the whole store's figure.
        case itemsOnStoreMetric(metric: String)
        /// An item id that is empty, or only a label (`商品ID`).
        case expectedItemID(found: Found)
        /// The same item as the list's `other`-th.
        case repeatedItem(other: Int)
    }

    /// A value as the file holds it, for "实际是…": text, a number as written, true or false, null, a list, an object.
    public enum Found: Sendable, Equatable {
        case null
        /// The text, cut to 40 characters (with `…`).
        case text(String)
        case boolean(Bool)
        /// The number as written (`3`, `0.4`, `1e+30`).
        case number(String)
        case list
        case object
    }
}
