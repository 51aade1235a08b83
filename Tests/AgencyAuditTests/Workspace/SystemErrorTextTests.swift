import ExportContainers
import Foundation
import Testing

@testable import AgencyAudit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's reasons for a failed read or write reach the merchant in Chinese, never as
/// `strerror`'s or Foundation's English.
@Suite struct SystemErrorTextTests {
    @Test(arguments: [ENOENT, EACCES, EPERM, ENOSPC, EROFS, EISDIR, ENOTDIR, EEXIST, EMFILE, EIO, 9999])
    func errnoReasonsAreChinese(code: Int32) {
        let text = SystemErrorText.describe(errno: code)
        #expect(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(code): \(text)")
        #expect(!text.contains(String(cString: strerror(code))), "\(code): \(text)")
    }

    @Test func foundationErrorsAreWordedByTheirPOSIXCode() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/report.md")
        let error = try #require(throws: (any Error).self) { try Data("x".utf8).write(to: missing) }
        #expect(SystemErrorText.describe(error) == "文件或文件夹不存在")
        #expect(SystemErrorText.describe(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))) == "磁盘空间不足")
        #expect(SystemErrorText.describe(CocoaError(.fileWriteVolumeReadOnly)) == "磁盘是只读的")
    }
}
