import AuditImport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the files of a month folder at any depth, following links that stay inside the store.
///
/// A linked folder (a shortcut to where the browser saved the downloads, say) is followed when
/// what it leads to is inside the store folder, and named as not read when it leads elsewhere:
/// an audit reads the store, not whatever a link reaches (the whole disk, another store). A link
/// to a file is read wherever it leads, as the file itself; a link that leads nowhere is named.
/// Each folder is entered once, so a link back to a folder above ends instead of looping. Names
/// starting with `.` (system and editor files) are passed over, files and folders alike.
struct ExportFolderWalker {
    /// The store folder: a linked folder must lead inside it.
    let store: URL

    struct Listing {
        /// Paths relative to the store folder, sorted.
        var files: [String] = []
        /// Links not followed, with the reason.
        var ignored: [IgnoredFile] = []
    }

    /// Everything under `folder`, named relative to the store as `relative/…`.
    func list(_ folder: URL, relative: String) -> Listing {
        var listing = Listing()
        guard let storeID = FileIdentity(path: store.path) else { return listing }
        var entered: Set<FileIdentity> = []
        if let id = FileIdentity(path: folder.path) { entered.insert(id) }
        walk(folder.path, relative: relative, storeID: storeID, entered: &entered, into: &listing)
        listing.files.sort()
        listing.ignored.sort { $0.file < $1.file }
        return listing
    }

    private func walk(
        _ path: String, relative: String, storeID: FileIdentity, entered: inout Set<FileIdentity>,
        into listing: inout Listing
    ) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let full = path + "/" + name
            let rel = relative + "/" + name
            var link = stat()
            guard lstat(full, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var info = stat()
            guard stat(full, &info) == 0 else {
                if isLink {
                    listing.ignored.append(
                        IgnoredFile(file: rel, reason: .linkLeadsNowhere(target: Self.target(of: full))))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                listing.files.append(rel)
            case S_IFDIR:
                guard let id = FileIdentity(path: full) else { continue }
                if isLink, !FileIdentity.chain(of: full).contains(storeID) {
                    listing.ignored.append(
                        IgnoredFile(
                            file: rel,
                            reason: .linkOutsideStore(
                                target: FileIdentity.realPath(ofNearestExisting: full) ?? Self.target(of: full))))
                    continue
                }
                guard entered.insert(id).inserted else { continue }
                walk(full, relative: rel, storeID: storeID, entered: &entered, into: &listing)
            default:
                continue
            }
        }
    }

    /// What a link says it points to, as written in it.
    private static func target(of path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return "?" }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
