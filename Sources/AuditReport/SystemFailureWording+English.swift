import ExportContainers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SystemFailureWording {
    static func english(_ f: SystemFailure) -> String {
        switch f {
        case .errno(let code): return englishPOSIX(code)
        case .invalidFileName: return "invalid file name"
        case .fileError(let code): return "file read or write error (error code \(code))"
        case .other(let description): return description
        }
    }

    /// The reason behind an `errno` code, in the merchant's words rather than `strerror`'s.
    static func englishPOSIX(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "the file or folder does not exist"
        case EACCES, EPERM: return "no permission"
        case ENOSPC: return "not enough disk space"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "the disk is read-only"
        case EISDIR: return "this is a folder, not a file"
        case ENOTDIR: return "a part of the path is not a folder"
        case EEXIST: return "a file of that name exists already"
        case ENOTEMPTY: return "the folder is not empty"
        case EMFILE, ENFILE: return "too many files open at once"
        case ENAMETOOLONG: return "the file name or path is too long"
        case ELOOP: return "a loop of symbolic links"
        case EFBIG: return "the file is too large"
        case ENOMEM: return "out of memory"
        case EBUSY, ETXTBSY: return "the file is in use by another program"
        case EIO: return "read or write error (the disk or network drive may have a problem)"
        case EXDEV: return "cannot move across disks"
        default: return "system error (error code \(code))"
        }
    }
}
