import AuditReport
import ExportContainers
import Foundation
import MonthlyAudit

/// Writes a month's reports into `<out>/<YYYY-MM>/` atomically: all files go to a temporary
/// folder first, which replaces the old reports only once every file is complete.
public struct ReportWriter: Sendable {
    public let outputRoot: URL

    public init(outputRoot: URL) { self.outputRoot = outputRoot.standardizedFileURL }

    /// - Returns: the folder written.
    @discardableResult
    public func write(_ result: MonthAuditResult, renderers: [any ReportRenderer] = StandardReports.all)
        throws(WorkspaceError) -> URL
    {
        let fm = FileManager.default
        let final = outputRoot.appendingPathComponent(result.month.description)
        let staging = outputRoot.appendingPathComponent(".\(result.month)-incomplete-\(getpid())")
        let retired = outputRoot.appendingPathComponent(".\(result.month)-old-\(getpid())")
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for r in renderers {
                try Data(r.render(result)).write(to: staging.appendingPathComponent(r.fileName))
            }
            if fm.fileExists(atPath: final.path) {
                try? fm.removeItem(at: retired)
                try fm.moveItem(at: final, to: retired)
            }
            try fm.moveItem(at: staging, to: final)
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: final.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: final)
            }
            throw .cannotWrite(path: final.path, reason: SystemErrorText.describe(error))
        }
        return final
    }
}
