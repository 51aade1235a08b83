import AuditRecords
import Foundation

/// Refuses a report folder that would write into what the merchant owns, before anything is written.
///
/// Folders are compared by what they are on disk (`FileIdentity`), never by their path strings:
/// a link, a `..` or another letter case on a case-insensitive disk leads to the same folder
/// under another name.
struct ReportFolderGuard {
    let store: URL
    let exports: URL

    /// Throws when `output` (or the month folder a month's reports go to) is the exports folder,
    /// lies inside it, is the store folder itself, or is a file.
    func check(output: URL, months: [YearMonth]) throws(WorkspaceError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDir), !isDir.boolValue {
            throw .outputIsAFile(output.path)
        }
        guard let exportsID = FileIdentity(path: exports.path), let storeID = FileIdentity(path: store.path) else {
            return
        }
        let outputChain = FileIdentity.chain(of: output.path)
        if outputChain.contains(exportsID) { throw .outputInsideExports(output.path) }
        if outputChain.first == storeID, FileIdentity(path: output.path) == storeID {
            throw .outputIsStoreFolder(output.path)
        }
        // A month folder that is itself a link (or a file) would send that month's reports elsewhere.
        for month in months {
            let folder = output.appendingPathComponent(month.description)
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), !isDir.boolValue {
                throw .outputIsAFile(folder.path)
            }
            if FileIdentity.chain(of: folder.path).contains(exportsID) { throw .outputInsideExports(folder.path) }
        }
    }
}
