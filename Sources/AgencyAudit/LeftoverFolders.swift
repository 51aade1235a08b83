import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tidies what an earlier run left in the report folder when it was stopped midway (Ctrl-C,
/// `kill -9`, a power cut): its staging folders `.<YYYY-MM>-incomplete-<pid>` and
/// `.reports-incomplete-<pid>` (the files beside the month folders), and the
/// `.<YYYY-MM>-old-<pid>` folders of versions that swapped whole month folders.
///
/// A folder is left alone while the run that made it is still alive (another audit writing the
/// same folder). Nothing the merchant put there is ever deleted: staging folders hold only report
/// files, and an old month folder is put back where it was, or its other files moved into the
/// month folder that replaced it.
enum LeftoverFolders {
    /// Cleans `outputRoot`; returns what was done, one line each (for tests and the curious).
    ///
    /// - Parameters:
    ///   - reportNames: the files a month folder's staging folder may hold.
    ///   - rootReportNames: the files the staging folder of those beside the month folders may hold.
    @discardableResult
    static func clean(_ outputRoot: URL, reportNames: [String], rootReportNames: [String] = []) -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: outputRoot.path) else { return [] }
        var done: [String] = []
        for name in names.sorted() {
            if let pid = rootStagingPID(name), !isAlive(pid) {
                removeStaging(outputRoot.appendingPathComponent(name).path, names: rootReportNames)
                done.append("removed \(name)")
                continue
            }
            guard let leftover = Leftover(name), !isAlive(leftover.pid) else { continue }
            let path = outputRoot.appendingPathComponent(name).path
            switch leftover.kind {
            case .incomplete:
                removeStaging(path, names: reportNames)
                done.append("removed \(name)")
            case .old:
                let month = outputRoot.appendingPathComponent(leftover.month).path
                if !fm.fileExists(atPath: month) {
                    if rename(path, month) == 0 { done.append("restored \(name) as \(leftover.month)") }
                    continue
                }
                // The month folder was written after the swap: the old reports are superseded,
                // anything else in the old folder joins the new one (a name taken there stays put).
                for entry in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
                    let from = path + "/" + entry
                    if reportNames.contains(entry) {
                        unlink(from)
                    } else if !fm.fileExists(atPath: month + "/" + entry) {
                        rename(from, month + "/" + entry)
                    }
                }
                if rmdir(path) == 0 { done.append("merged \(name) into \(leftover.month)") }
            }
        }
        return done
    }

    /// Removes a staging folder: the report files named (all regular files when `names` is
    /// empty), then the folder if that emptied it. Only the audit writes there.
    static func removeStaging(_ path: String, names: [String]) {
        let entries = names.isEmpty ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []) : names
        for entry in entries {
            var info = stat()
            if lstat(path + "/" + entry, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(path + "/" + entry) }
        }
        rmdir(path)
    }

    /// The process of a `.reports-incomplete-<pid>` staging folder; nil for any other name.
    private static func rootStagingPID(_ name: String) -> Int32? {
        let prefix = ".reports-incomplete-"
        guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)), pid > 0 else { return nil }
        return pid
    }

    /// True while process `pid` runs; this process counts as dead, since its own run has written
    /// nothing yet when it cleans (a container restarts with the same pid every time).
    private static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// A leftover folder's name taken apart: `.2025-07-incomplete-4242`.
    private struct Leftover {
        enum Kind { case incomplete, old }
        var month: String
        var kind: Kind
        var pid: Int32

        init?(_ name: String) {
            let parts = name.split(separator: "-", omittingEmptySubsequences: false)
            guard name.hasPrefix("."), parts.count == 4, parts[0].count == 5, parts[1].count == 2,
                parts[0].dropFirst().allSatisfy(\.isASCII), parts[0].dropFirst().allSatisfy(\.isNumber),
                parts[1].allSatisfy(\.isNumber), let pid = Int32(parts[3])
            else { return nil }
            switch parts[2] {
            case "incomplete": kind = .incomplete
            case "old": kind = .old
            default: return nil
            }
            month = "\(parts[0].dropFirst())-\(parts[1])"
            self.pid = pid
        }
    }
}
