import AuditReport
import ExportContainers
import Foundation
import MonthlyAudit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a month's reports into `<out>/<YYYY-MM>/`, and the period's (period.md, period.json,
/// portfolio.csv) into `<out>/` itself, replacing only the files the audit writes.
///
/// Every file is written whole to a staging folder first (`.<YYYY-MM>-incomplete-<pid>` for a
/// month, `.reports-incomplete-<pid>` for the files beside the month folders; flushed to disk),
/// then renamed over its old copy, so no report is ever seen half-written. Anything else in the
/// folder — the merchant's notes beside the reports — is left as it is: the folder is never
/// removed or swapped. A run that dies midway leaves the staging folder, which the next run
/// removes (`LeftoverFolders`).
public struct ReportWriter: Sendable {
    public let outputRoot: URL

    public init(outputRoot: URL) { self.outputRoot = outputRoot.standardizedFileURL }

    /// One month's folder as written.
    public struct WrittenMonth: Sendable {
        /// The month folder.
        public var folder: URL
        /// Files in the folder the audit did not write and left untouched, by name, sorted.
        public var otherFiles: [String]
    }

    /// The staging folder's name for `month` in this process.
    static func stagingName(_ month: String, pid: Int32 = getpid()) -> String { ".\(month)-incomplete-\(pid)" }

    /// The staging folder's name for the files beside the month folders, in this process.
    static func rootStagingName(pid: Int32 = getpid()) -> String { ".reports-incomplete-\(pid)" }

    /// Writes `files` (name and bytes) into the report folder itself, beside the month folders,
    /// each whole or not at all; returns their paths.
    @discardableResult
    public func writeRootFiles(_ files: [(name: String, bytes: [UInt8])]) throws(WorkspaceError) -> [URL] {
        let names = files.map(\.name)
        let staging = outputRoot.appendingPathComponent(Self.rootStagingName())
        var current = outputRoot.path
        do {
            if FileManager.default.fileExists(atPath: staging.path) {
                LeftoverFolders.removeStaging(staging.path, names: [])
            }
            current = staging.path
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            for f in files {
                current = staging.appendingPathComponent(f.name).path
                try DurableFile.write(f.bytes, to: current)
            }
            for f in files {
                current = outputRoot.appendingPathComponent(f.name).path
                // As for a month's files: the old copy, or a link named like it, is replaced in one step.
                guard rename(staging.appendingPathComponent(f.name).path, current) == 0 else {
                    throw DurableFile.Failure(code: errno)
                }
            }
            rmdir(staging.path)
        } catch let error as DurableFile.Failure {
            LeftoverFolders.removeStaging(staging.path, names: names)
            throw .cannotWrite(path: current, reason: .errno(error.code))
        } catch {
            LeftoverFolders.removeStaging(staging.path, names: names)
            throw .cannotWrite(path: current, reason: SystemFailure(error))
        }
        return names.map { outputRoot.appendingPathComponent($0) }
    }

    @discardableResult
    public func write(
        _ result: MonthAuditResult, options: ReportOptions = ReportOptions(),
        renderers: [any ReportRenderer] = StandardReports.all
    ) throws(WorkspaceError) -> WrittenMonth {
        let fm = FileManager.default
        let final = outputRoot.appendingPathComponent(result.month.description)
        let staging = outputRoot.appendingPathComponent(Self.stagingName(result.month.description))
        var current = final.path
        do {
            if fm.fileExists(atPath: staging.path) { LeftoverFolders.removeStaging(staging.path, names: []) }
            current = staging.path
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for r in renderers {
                current = staging.appendingPathComponent(r.fileName).path
                try DurableFile.write(r.render(result, options: options), to: current)
            }
            current = final.path
            try fm.createDirectory(at: final, withIntermediateDirectories: true)
            for r in renderers {
                current = final.appendingPathComponent(r.fileName).path
                // rename(2) replaces the old copy in one step; a link named like a report is
                // replaced itself, never followed.
                guard rename(staging.appendingPathComponent(r.fileName).path, current) == 0 else {
                    throw DurableFile.Failure(code: errno)
                }
            }
            rmdir(staging.path)
        } catch let error as DurableFile.Failure {
            LeftoverFolders.removeStaging(staging.path, names: renderers.map(\.fileName))
            throw .cannotWrite(path: current, reason: .errno(error.code))
        } catch {
            LeftoverFolders.removeStaging(staging.path, names: renderers.map(\.fileName))
            throw .cannotWrite(path: current, reason: SystemFailure(error))
        }
        let written = Set(renderers.map(\.fileName))
        let others = ((try? fm.contentsOfDirectory(atPath: final.path)) ?? [])
            .filter { !written.contains($0) && !$0.hasPrefix(".") }.sorted()
        return WrittenMonth(folder: final, otherFiles: others)
    }
}
