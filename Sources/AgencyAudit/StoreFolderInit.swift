import AuditRecords
import ExportContainers
import Foundation

/// Writes a new store folder's skeleton: `exports/<YYYY-MM>/` for the first month and a
/// contract.json with every clause (`ContractTemplate`). Never overwrites: what is there is kept.
public struct StoreFolderInit: Sendable {
    public var root: URL
    public var platform: Platform
    /// The contract's first month, whose exports folder is made.
    public var month: YearMonth

    public init(root: URL, platform: Platform, month: YearMonth) {
        self.root = root
        self.platform = platform
        self.month = month
    }

    /// What `write()` did with each file or folder, by path relative to the store folder.
    public struct Outcome: Sendable, Equatable {
        public var created: [String]
        /// Already there: left as it was.
        public var kept: [String]
    }

    public func write() throws(WorkspaceError) -> Outcome {
        var outcome = Outcome(created: [], kept: [])
        let fm = FileManager.default
        let folder = "exports/\(month)"
        let exports = root.appendingPathComponent(folder)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: exports.path, isDirectory: &isDir), isDir.boolValue {
            outcome.kept.append(folder + "/")
        } else {
            do {
                try fm.createDirectory(at: exports, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: exports.path, reason: SystemFailure(error))
            }
            outcome.created.append(folder + "/")
        }
        let contract = root.appendingPathComponent("contract.json")
        // Any entry of that name counts, in another letter case or a link leading nowhere: the
        // merchant's `Contract.JSON` must not end up beside a template the audit would read instead.
        if let existing = StoreWorkspace.contractFileName(in: root) {
            outcome.kept.append(existing)
        } else {
            let bytes = Data(ContractTemplate.text(platform: platform, first: month).utf8)
            do {
                // Never over a file made in between the check and the write.
                try bytes.write(to: contract, options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(path: contract.path, reason: SystemFailure(error))
            }
            outcome.created.append("contract.json")
        }
        return outcome
    }
}
