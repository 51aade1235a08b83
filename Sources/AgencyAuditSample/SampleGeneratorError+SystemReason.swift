import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SampleGeneratorError {
    /// A write the system refused, with its reason in Chinese (`strerror` answers in English).
    static func cannotWrite(_ path: String, errno code: Int32) -> SampleGeneratorError {
        cannotWrite(path, reason: systemReason(errno: code))
    }

    /// A write Foundation refused (creating a folder, writing a file): the POSIX code underneath
    /// is worded, since `localizedDescription` is English.
    static func cannotWrite(_ path: String, error: any Error) -> SampleGeneratorError {
        if let own = error as? SampleGeneratorError { return own }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return cannotWrite(path, errno: Int32(truncatingIfNeeded: ns.code)) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return cannotWrite(path, errno: Int32(truncatingIfNeeded: underlying.code))
        }
        guard ns.domain == NSCocoaErrorDomain else { return cannotWrite(path, reason: "\(error)") }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return cannotWrite(path, errno: ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return cannotWrite(path, errno: EACCES)
        case .fileWriteOutOfSpace: return cannotWrite(path, errno: ENOSPC)
        case .fileWriteVolumeReadOnly: return cannotWrite(path, errno: EROFS)
        case .fileWriteFileExists: return cannotWrite(path, errno: EEXIST)
        default: return cannotWrite(path, reason: "文件读写出错（错误码 \(ns.code)）")
        }
    }

    /// The reasons a write can fail, worded for the merchant. The generator keeps its own words
    /// (as it keeps its own zip and xlsx writers): it depends on no part of the audit it checks.
    static func systemReason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "文件夹不存在"
        case EACCES, EPERM: return "没有写入权限"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "磁盘是只读的"
        case EISDIR: return "这是文件夹，不是文件"
        case ENOTDIR: return "路径中有一级不是文件夹"
        case EEXIST: return "已有同名的文件"
        case EFBIG: return "文件太大"
        case EMFILE, ENFILE: return "同时打开的文件太多"
        case ENAMETOOLONG: return "文件名或路径太长"
        case EIO: return "写入出错（磁盘或网络盘可能有问题）"
        default: return "系统错误（错误码 \(code)）"
        }
    }
}
