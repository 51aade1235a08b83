import AuditRecords
import AuditReport
import Foundation
import PeriodAudit

/// The roll-up over stores from the reports on disk: each store folder's month folders and their
/// audit.json, read by the same code whether this machine ran the audits or others did.
///
/// A store folder counts only when it is complete: every month folder holds an audit.json of
/// schemaVersion 2 that reads whole, and the audit left no error behind (`errors.txt`, its
/// standard error as the scaling recipe in README and `agency-audit portfolio` save it). Any
/// other store the caller expected is listed among the failures with why.
public enum PortfolioCollection {
    /// Where a store's audit saved what it printed on standard error, in the store's report folder.
    public static let errorsFileName = "errors.txt"

    /// The store folders in `folder`: its sub-folders, hidden ones left out, by name.
    public static func storeFolders(in folder: URL) throws(PortfolioError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue,
            let names = try? fm.contentsOfDirectory(atPath: folder.path)
        else { throw .folderNotFound(folder.path) }
        return names.filter { name in
            var isDir: ObjCBool = false
            return !name.hasPrefix(".")
                && fm.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDir)
                && isDir.boolValue
        }.sorted()
    }

    /// The portfolio of the stores `expected`, from `<reports>/<store>/<YYYY-MM>/audit.json`.
    public static func collect(reports: URL, expected: [String]) -> Portfolio {
        var stores: [Portfolio.Store] = []
        var failures: [Portfolio.Failure] = []
        for folder in expected {
            switch store(folder, in: reports.appendingPathComponent(folder)) {
            case .success(let store): stores.append(store)
            case .failure(let reason): failures.append(Portfolio.Failure(folder: folder, reason: reason))
            }
        }
        return Portfolio(stores: stores, failures: failures)
    }

    /// One store's rows, or why it has none.
    static func store(_ folder: String, in reports: URL) -> Result<Portfolio.Store, Portfolio.Failure.Reason> {
        if let message = lastErrorLine(reports.appendingPathComponent(errorsFileName)) {
            return .failure(.auditFailed(message: message))
        }
        let fm = FileManager.default
        let months = ((try? fm.contentsOfDirectory(atPath: reports.path)) ?? []).compactMap(YearMonth.init).sorted()
        var rows: [Portfolio.Row] = []
        for month in months {
            let file = "\(month)/audit.json"
            guard let data = fm.contents(atPath: reports.appendingPathComponent(file).path) else {
                return .failure(.unreadableReport(file: file, problem: .missing))
            }
            switch AuditJSON.rollUpRow([UInt8](data), folder: folder) {
            case .success(let row): rows.append(row)
            case .failure(let problem): return .failure(.unreadableReport(file: file, problem: problem))
            }
        }
        guard !rows.isEmpty else { return .failure(.noReports) }
        return .success(Portfolio.Store(folder: folder, rows: rows))
    }

    /// The last line with text in the errors file (the audit's `错误：…` line); nil when it is
    /// missing or empty.
    static func lastErrorLine(_ file: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty }
    }
}

extension PortfolioCollection {
    /// The roll-up of reports collected from elsewhere (`portfolio --from-json`): the stores
    /// expected are the sub-folders of `stores` when given, else those of `reports` itself.
    public static func rollUp(reports: URL, stores: URL? = nil) throws(PortfolioError) -> Portfolio {
        let expected = try storeFolders(in: stores ?? reports)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: reports.path, isDirectory: &isDir), isDir.boolValue else {
            throw .folderNotFound(reports.path)
        }
        guard !expected.isEmpty else { throw .noStoreFolders((stores ?? reports).path) }
        return collect(reports: reports, expected: expected)
    }
}
