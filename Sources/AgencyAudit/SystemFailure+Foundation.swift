import ExportContainers
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SystemFailure {
    /// The failure behind an error thrown by Foundation (writing a file, creating a folder).
    ///
    /// Foundation's `localizedDescription` is English ("The operation could not be completed"):
    /// the POSIX code underneath, or the kind of file error mapped to the `errno` it stands for,
    /// is kept instead, for AuditReport to word. An error of another kind keeps its own description.
    package init(_ error: any Error) {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain {
            self = .errno(Int32(truncatingIfNeeded: ns.code))
            return
        }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self = .errno(Int32(truncatingIfNeeded: underlying.code))
            return
        }
        guard ns.domain == NSCocoaErrorDomain else {
            self = .other(String(describing: error))
            return
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .errno(ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: self = .errno(EACCES)
        case .fileWriteOutOfSpace: self = .errno(ENOSPC)
        case .fileWriteVolumeReadOnly: self = .errno(EROFS)
        case .fileWriteFileExists: self = .errno(EEXIST)
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: self = .invalidFileName
        case .fileReadTooLarge: self = .errno(EFBIG)
        default: self = .fileError(code: ns.code)
        }
    }
}
