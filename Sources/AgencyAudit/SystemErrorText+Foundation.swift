import ExportContainers
import Foundation

extension SystemErrorText {
    /// The reason behind an error thrown by Foundation (writing a file, creating a folder), worded
    /// like `describe(errno:)`; the tool's own errors are already worded and keep their text.
    ///
    /// Foundation's `localizedDescription` is English ("The operation could not be completed"):
    /// the POSIX code underneath, or the kind of file error, is what gets worded instead.
    package static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return describe(errno: Int32(truncatingIfNeeded: ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(errno: Int32(truncatingIfNeeded: underlying.code))
        }
        guard ns.domain == NSCocoaErrorDomain else { return String(describing: error) }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return describe(errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return describe(errno: EACCES)
        case .fileWriteOutOfSpace: return describe(errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return describe(errno: EROFS)
        case .fileWriteFileExists: return describe(errno: EEXIST)
        case .fileReadInvalidFileName, .fileWriteInvalidFileName: return "文件名无效"
        case .fileReadTooLarge: return describe(errno: EFBIG)
        default: return "文件读写出错（错误码 \(ns.code)）"
        }
    }
}
