import ExportContainers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The wording of why the system refused to read or write a file: Chinese here, English in
/// `SystemFailureWording+English.swift`.
///
/// `strerror` answers in English ("Permission denied") whatever the merchant's language: the
/// reasons a merchant can meet are worded here, the rest by their number.
public enum SystemFailureWording {
    /// The reason, e.g. `没有访问权限` / `no permission`.
    public static func reason(_ f: SystemFailure, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(f)
        case .english: return english(f)
        }
    }

    static func chinese(_ f: SystemFailure) -> String {
        switch f {
        case .errno(let code): return posix(code)
        case .invalidFileName: return "文件名无效"
        case .fileError(let code): return "文件读写出错（错误码 \(code)）"
        case .other(let description): return description
        }
    }

    /// The reason behind an `errno` code; one not listed by its number.
    static func posix(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "文件或文件夹不存在"
        case EACCES, EPERM: return "没有访问权限"
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EROFS: return "磁盘是只读的"
        case EISDIR: return "这是文件夹，不是文件"
        case ENOTDIR: return "路径中有一级不是文件夹"
        case EEXIST: return "已有同名的文件"
        case ENOTEMPTY: return "文件夹不是空的"
        case EMFILE, ENFILE: return "同时打开的文件太多"
        case ENAMETOOLONG: return "文件名或路径太长"
        case ELOOP: return "符号链接循环"
        case EFBIG: return "文件太大"
        case ENOMEM: return "内存不足"
        case EBUSY, ETXTBSY: return "文件正被其他程序占用"
        case EIO: return "读写出错（磁盘或网络盘可能有问题）"
        case EXDEV: return "不能跨磁盘移动"
        default: return "系统错误（错误码 \(code)）"
        }
    }
}
