/// Why the system refused to read or write a file, as data: an `errno` code, or what Foundation
/// reported without one.
///
/// `strerror` answers in English whatever the merchant's language, so the code is kept and
/// AuditReport words it (`SystemFailureWording`). Lives at the bottom layer because the zip
/// reader's spill file meets these failures too.
public enum SystemFailure: Sendable, Hashable {
    /// A POSIX error code (`ENOENT`, `EACCES`, `ENOSPC`, …).
    case errno(Int32)
    /// A file name the system does not accept.
    case invalidFileName
    /// A Foundation file error with no POSIX code under it: its `CocoaError` code.
    case fileError(code: Int)
    /// An error of no kind known here, as it describes itself (in English, not worded).
    case other(String)
}
