import AuditRecords

/// The service figures the merchant typed in for a month, read from the month folder's
/// `manual.csv`: columns `metric,value,source` (a header line and `#` comments optional), the
/// metric a `ServiceMetric` name or its Chinese (店铺评分/DSR, 平台投诉, 首次回复超时, 好评率,
/// 24小时投诉解决率). Read like the claims file (UTF-8, GBK, UTF-16); the workspace finds it.
///
/// A value out of range (a rating of 7, a negative count) is a problem naming its line: these
/// figures move money, so the month is then not settled until the line is put right.
public struct ManualFigures: Sendable, Hashable {
    /// The name the file is recognised by in a month folder, in any letter case.
    public static let fileName = "manual.csv"

    public var files: [String] = []
    /// One per metric, the first written.
    public var figures: [ManualFigure] = []
    public var problems: [ManualProblem] = []

    public init() {}

    public static func isManualFile(_ path: String) -> Bool {
        MerchantFileName.names(path, fileName)
    }

    public static func parse(_ bytes: [UInt8], file: String) -> ManualFigures {
        var m = ManualFigures()
        m.read(bytes, file: file)
        return m
    }

    public mutating func read(_ bytes: [UInt8], file: String) {
        files.append(file)
        let records: [(line: Int, cells: [String])]
        do {
            records = try AgencyClaims.records(bytes)
        } catch let error as ImportError {
            problems.append(ManualProblem(file: file, line: 0, reason: .unreadable(.inFile(file, error))))
            return
        } catch {
            problems.append(
                ManualProblem(file: file, line: 0, reason: .unreadable(.unreadable(file: file, cause: error))))
            return
        }
        var first = true
        for (line, cells) in records {
            let name = cells.first ?? ""
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) || name.hasPrefix("#") { continue }
            defer { first = false }
            if first, ["metric", "指标", "项目"].contains(name.lowercased()) { continue }
            guard let metric = Self.metric(named: name) else {
                problems.append(
                    ManualProblem(file: file, line: line, reason: .unknownMetric(found: ClaimText.shown(name))))
                continue
            }
            let written = cells.count > 1 ? cells[1] : ""
            let parsed = ClaimValue.parse(written, unit: metric.isShare ? .share : .perDay)
            guard case .success(let value) = parsed, metric.range.contains(value),
                !metric.isCount || value == value.rounded()
            else {
                problems.append(
                    ManualProblem(file: file, line: line, reason: .outOfRange(metric, found: ClaimText.shown(written))))
                continue
            }
            // The same figure again (a second copy of the file) changes nothing; another figure for
            // it leaves the month unsettled until one is removed, whichever came first.
            if let earlier = figures.first(where: { $0.metric == metric }) {
                if earlier.value != value {
                    problems.append(ManualProblem(file: file, line: line, reason: .repeated(metric)))
                }
                continue
            }
            figures.append(
                ManualFigure(metric: metric, value: value, source: cells.count > 2 ? cells[2] : "", line: line))
        }
    }

    public mutating func unreadable(file: String, error: ImportError) {
        files.append(file)
        problems.append(ManualProblem(file: file, line: 0, reason: .unreadable(error)))
    }

    static func metric(named raw: String) -> ServiceMetric? {
        let key = ClaimText.halfWidth(raw).filter { !$0.isWhitespace }.lowercased()
        if let m = ServiceMetric.allCases.first(where: { $0.rawValue.lowercased() == key }) { return m }
        switch key {
        case "店铺评分", "评分", "dsr", "店铺dsr", "月度评分": return .storeRating
        case "平台投诉", "投诉", "平台投诉次数", "投诉次数": return .platformComplaints
        case "首次回复超时", "首次回复超时次数", "超时次数", "回复超时": return .lateFirstResponses
        case "好评率": return .positiveRate
        case "24小时投诉解决率", "投诉解决率", "24小时解决率": return .complaintsResolvedIn24h
        default: return nil
        }
    }
}

/// A line of manual.csv the audit could not use, and why.
public struct ManualProblem: Sendable, Hashable {
    public var file: String
    /// The line (1-based); 0 when the whole file could not be read.
    public var line: Int
    public var reason: Reason

    public init(file: String, line: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public enum Reason: Sendable, Hashable {
        /// The first cell names no service figure.
        case unknownMetric(found: String)
        /// The value is no figure of the metric, or out of its range (a rating of 7, a negative count).
        case outOfRange(ServiceMetric, found: String)
        /// The metric was typed in on an earlier line; the first counts.
        case repeated(ServiceMetric)
        case unreadable(ImportError)
    }
}
