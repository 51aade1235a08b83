/// Why a container (zip, xlsx, OLE2 compound file, BIFF8 workbook) cannot be read, as data.
///
/// The case says what kind of fault it is; its value says what was wrong, with the figures and
/// names involved (an entry's name, a size and its limit, a sheet's number). The importer adds the
/// file's name and AuditReport words it (`ContainerErrorWording`), so no sentence is built here.
/// Problems in single cells or rows are not errors here: a sheet reader hands every row on as text.
public enum ContainerError: Error, Sendable, Hashable {
    /// The file ends inside a structure it announces (a zip cut in half, a sector past the end).
    case truncated(Truncation)
    /// A structure contradicts itself (an entry outside the file, a FAT chain that loops).
    case corrupt(Corruption)
    /// Password-protected: a zip entry with the encryption flag, or an encrypted OOXML package.
    case encrypted
    /// A valid structure this reader does not handle (a compression method, BIFF5).
    case unsupported(UnsupportedFormat)
    /// A bound set against hostile files was passed (inflated size, nesting depth).
    case limitExceeded(ExceededLimit)
    /// Content refused on purpose (a DOCTYPE inside xlsx XML).
    case refused(Refusal)
}
