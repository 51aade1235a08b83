#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path is on disk, whatever it was called to get there: its device and inode.
///
/// Two paths name the same folder when their identities are equal, however they are spelt:
/// through a symbolic link, with `..`, or in another letter case on a disk that ignores case
/// (macOS's default, a Windows share). Comparing path strings misses all three, and a report
/// folder reached through a link once replaced a month of the merchant's exports.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of what `path` leads to (links followed); nil when nothing is there.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identities of `path` and of every folder above it, as the disk resolves them (links
    /// followed, `..` taken after the link). A path that does not exist yet is judged by the
    /// nearest existing folder above it, where it would be created.
    static func chain(of path: String) -> [FileIdentity] {
        guard let real = realPath(ofNearestExisting: path) else { return [] }
        var chain: [FileIdentity] = []
        var current = real
        while true {
            if let id = FileIdentity(path: current) { chain.append(id) }
            guard current != "/", let slash = current.lastIndex(of: "/") else { break }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
        return chain
    }

    /// The resolved absolute path of `path`, or of the nearest folder above it that exists
    /// (with the missing rest appended): where `path` is, or would be once created.
    static func realPath(ofNearestExisting path: String) -> String? {
        var missing: [Substring] = []
        var current = Substring(path)
        while true {
            if let resolved = realpath(String(current), nil) {
                defer { free(resolved) }
                let base = String(cString: resolved)
                guard !missing.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + missing.reversed().joined(separator: "/")
            }
            guard let slash = current.lastIndex(of: "/") else { return nil }
            let name = current[current.index(after: slash)...]
            if !name.isEmpty { missing.append(name) }
            if slash == current.startIndex { return nil }
            current = current[..<slash]
        }
    }
}
