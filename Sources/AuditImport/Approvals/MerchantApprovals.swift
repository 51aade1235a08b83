import AuditRecords

/// What the merchant approved in writing for a month, read from the month folder's
/// `approvals.csv`: the approvals it could use and the lines it could not.
///
/// Columns `date,subject,detail[,value]`, a header line and `#` comment lines optional: the
/// subject is `price`, `discount`, `campaign` or `activity` (or 改价, 折扣/满减, 推广/计划, 活动), the
/// detail the item id (`商品ID 612345678901`, `商家编码 A-1`), the campaign's name or the event, and
/// the value the price, daily amount or discount approved. Read by the export readers'
/// `CSVReader` (UTF-8, GBK, UTF-16 all work), a pure function of the bytes; the workspace finds
/// the file by its name.
public struct MerchantApprovals: Sendable, Hashable {
    /// The name the file is recognised by in a month folder, in any letter case.
    public static let fileName = "approvals.csv"

    /// The approvals files read, relative to the store folder; empty when the month has none.
    public var files: [String] = []
    public var approvals: [MerchantApproval] = []
    /// The lines (or files) that could not be used, in the order read.
    public var problems: [ApprovalProblem] = []
    /// Each file's usable approvals, for `reconcile()`.
    private var perFile: [FileApprovals] = []

    private struct FileApprovals: Sendable, Hashable {
        var file: String
        var approvals: [MerchantApproval]
    }

    public init() {}

    /// True for a file the audit reads as the merchant's approvals rather than as an export: in any
    /// letter case, saved again by a browser or the desktop (`approvals (1).csv`, `approvals - 副本.csv`)
    /// or as Excel's Unicode text (`.txt`).
    public static func isApprovalsFile(_ path: String) -> Bool {
        MerchantFileName.names(path, fileName)
    }

    /// The approvals of one file's bytes; with `month`, those dated after it or before the month
    /// before it are named and left out.
    public static func parse(_ bytes: [UInt8], file: String, month: YearMonth? = nil) -> MerchantApprovals {
        var approvals = MerchantApprovals()
        approvals.read(bytes, file: file, month: month)
        return approvals
    }

    /// Adds one file's approvals. An approval in a month's folder covers what follows it in that
    /// month: one dated after the month approves nothing in it, and one from long before is no
    /// approval of this month's change (a line copied from an old file), so both are named, not used;
    /// a day of the month before stands (approved ahead).
    public mutating func read(_ bytes: [UInt8], file: String, month: YearMonth? = nil) {
        files.append(file)
        let before = approvals.count
        defer { perFile.append(FileApprovals(file: file, approvals: Array(approvals[before...]))) }
        let records: [(line: Int, cells: [String])]
        do {
            records = try AgencyClaims.records(bytes)
        } catch let error as ImportError {
            problems.append(ApprovalProblem(file: file, line: 0, column: 0, reason: .unreadable(.inFile(file, error))))
            return
        } catch {
            problems.append(
                ApprovalProblem(
                    file: file, line: 0, column: 0, reason: .unreadable(.unreadable(file: file, cause: error))))
            return
        }
        var first = true
        for (line, cells) in records {
            let date = cells.first ?? ""
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) || date.hasPrefix("#") { continue }
            defer { first = false }
            if first, ["date", "日期", "审批日期"].contains(date.lowercased()) { continue }
            func problem(_ column: Int, _ reason: ApprovalProblem.Reason) {
                problems.append(ApprovalProblem(file: file, line: line, column: column, reason: reason))
            }
            var text = Array(date.utf8)
            guard case .value(let day) = text.withUnsafeBufferPointer({ DateCell.day($0) }) else {
                problem(1, .badDate(found: ClaimText.shown(date)))
                continue
            }
            if let month, day > month.lastDay || day < month.previous.firstDay {
                problem(1, .outsideMonth(day: day, month: month))
                continue
            }
            let subjectText = cells.count > 1 ? cells[1] : ""
            guard let subject = Self.subject(named: subjectText) else {
                problem(2, .unknownSubject(found: ClaimText.shown(subjectText)))
                continue
            }
            let detail = cells.count > 2 ? cells[2] : ""
            guard !detail.isEmpty else {
                problem(3, .emptyDetail(subject))
                continue
            }
            var value: Double?
            if cells.count > 3, !cells[3].isEmpty {
                switch ClaimValue.parse(cells[3], unit: subject == .discount ? .share : .money) {
                case .success(let v): value = v
                case .failure:
                    problem(4, .badValue(found: ClaimText.shown(cells[3]), subject: subject))
                    continue
                }
            }
            text = Array(Self.itemID(in: detail).utf8)
            let key = text.withUnsafeBufferPointer { OrderKeys.itemIDKey($0) }
            approvals.append(
                MerchantApproval(
                    day: day, subject: subject, detail: detail, value: value, line: line,
                    itemIDKey: subject == .price || subject == .discount ? key : 0))
        }
    }

    /// Two or more approvals files in one month (a copy in a sub-folder, a second download): an
    /// approval counts only when every file holds it — the same day, subject, detail and value —
    /// so a copy with lines added (or one missing them) never decides alone; each line that is not
    /// in every file is named. Copies that agree count once.
    public mutating func reconcile() {
        guard perFile.count > 1 else { return }
        struct Signature: Hashable {
            var day: CalendarDay
            var subject: MerchantApproval.Subject
            var detail: String
            var value: Double?
        }
        func signature(_ a: MerchantApproval) -> Signature {
            Signature(
                day: a.day, subject: a.subject, detail: ClaimText.halfWidth(a.detail).filter { !$0.isWhitespace },
                value: a.value)
        }
        let sets = perFile.map { Set($0.approvals.map(signature)) }
        var kept: [MerchantApproval] = []
        for (i, f) in perFile.enumerated() {
            for a in f.approvals {
                let s = signature(a)
                if let other = sets.indices.first(where: { $0 != i && !sets[$0].contains(s) }) {
                    problems.append(
                        ApprovalProblem(
                            file: f.file, line: a.line, column: 0, reason: .notInOtherFile(perFile[other].file)))
                } else if i == 0 {
                    kept.append(a)
                }
            }
        }
        approvals = kept
    }

    /// Adds an approvals file whose bytes could not be read.
    public mutating func unreadable(file: String, error: ImportError) {
        files.append(file)
        problems.append(ApprovalProblem(file: file, line: 0, column: 0, reason: .unreadable(error)))
    }

    /// The subject a word names: the file's own words or the Chinese ones merchants type.
    static func subject(named raw: String) -> MerchantApproval.Subject? {
        let word = ClaimText.halfWidth(raw).filter { !$0.isWhitespace }.lowercased()
        if let s = MerchantApproval.Subject(rawValue: word) { return s }
        switch word {
        case "改价", "价格", "调价", "单价": return .price
        case "折扣", "满减", "优惠", "打折": return .discount
        case "推广", "计划", "投放", "投放计划", "大额推广": return .campaign
        case "活动", "大促": return .activity
        default: return nil
        }
    }

    /// The item id in a detail such as `商品ID 612345678901` or `商家编码：A-1`: the text after the
    /// label, up to the first space.
    static func itemID(in detail: String) -> String {
        var s = Substring(ClaimText.halfWidth(detail))
        for label in ["商品ID", "商品id", "商品Id", "商家编码", "宝贝ID", "item id", "item", "ID", "id"] where s.hasPrefix(label) {
            s = s.dropFirst(label.count)
            break
        }
        s = s.drop { $0 == " " || $0 == ":" || $0 == "：" || $0 == "=" }
        return String(s.prefix { !$0.isWhitespace })
    }
}
