import ExportContainers
import Testing

@testable import AuditReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's reasons for a failed read or write reach the merchant in Chinese, never as
/// `strerror`'s or Foundation's English.
@Suite struct SystemFailureWordingTests {
    @Test(arguments: [
        (ENOENT, "文件或文件夹不存在"), (EACCES, "没有访问权限"), (EPERM, "没有访问权限"), (ENOSPC, "磁盘空间不足"),
        (EDQUOT, "超出磁盘配额"), (EROFS, "磁盘是只读的"), (EISDIR, "这是文件夹，不是文件"), (ENOTDIR, "路径中有一级不是文件夹"),
        (EEXIST, "已有同名的文件"), (ENOTEMPTY, "文件夹不是空的"), (EMFILE, "同时打开的文件太多"), (ENFILE, "同时打开的文件太多"),
        (ENAMETOOLONG, "文件名或路径太长"), (ELOOP, "符号链接循环"), (EFBIG, "文件太大"), (ENOMEM, "内存不足"),
        (EBUSY, "文件正被其他程序占用"), (ETXTBSY, "文件正被其他程序占用"), (EIO, "读写出错（磁盘或网络盘可能有问题）"),
        (EXDEV, "不能跨磁盘移动"), (9999, "系统错误（错误码 9999）"),
    ])
    func errnoReasonsAreChinese(code: Int32, reason: String) {
        #expect(SystemFailureWording.reason(.errno(code), in: .chinese) == reason)
        #expect(!reason.contains(String(cString: strerror(code))), "\(code): \(reason)")
    }

    @Test(arguments: [
        (SystemFailure.invalidFileName, "文件名无效"),
        (.fileError(code: 256), "文件读写出错（错误码 256）"),
        (.other("disk on fire"), "disk on fire"),
    ])
    func otherReasons(failure: SystemFailure, reason: String) {
        #expect(SystemFailureWording.reason(failure, in: .chinese) == reason)
    }
}
