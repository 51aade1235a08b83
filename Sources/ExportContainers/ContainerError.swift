/// Why a container (zip, xlsx, OLE2 compound file, BIFF8 workbook) cannot be read.
///
/// Each case carries what was wrong in a few words; the importer adds the file's name. Problems
/// in single cells or rows are not errors here: a sheet reader hands every row on as text.
public enum ContainerError: Error, Sendable, Hashable {
    /// The file ends inside a structure it announces (a zip cut in half, a sector past the end).
    case truncated(String)
    /// A structure contradicts itself (an entry outside the file, a FAT chain that loops).
    case corrupt(String)
    /// Password-protected: a zip entry with the encryption flag, or an encrypted OOXML package.
    case encrypted
    /// A valid structure this reader does not handle (a compression method, BIFF5).
    case unsupported(String)
    /// A bound set against hostile files was passed (inflated size, nesting depth).
    case limitExceeded(String)
    /// Content refused on purpose (a DOCTYPE inside xlsx XML).
    case refused(String)
}

extension ContainerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .truncated(let what): return "文件不完整（\(what)），可能没有下载完"
        case .corrupt(let what): return "文件已损坏（\(what)）"
        case .encrypted: return "文件有密码保护"
        case .unsupported(let what): return "不支持的格式（\(what)）"
        case .limitExceeded(let what): return "超出安全上限（\(what)）"
        case .refused(let what): return "拒绝读取（\(what)）"
        }
    }
}
