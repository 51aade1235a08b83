import AuditImport
import ExportContainers
import Testing

@testable import AuditReport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that cannot be read is named, then the container's or the system's reason in Chinese.
@Suite struct ImportErrorWordingTests {
    @Test(arguments: [
        (ImportError.container(file: "exports/2025-09/a.xlsx", .encrypted), "exports/2025-09/a.xlsx: 文件有密码保护"),
        (
            .container(file: "exports/2025-09/b.zip/订单.csv", .corrupt(.zipEntryChecksumMismatch(entry: "订单.csv"))),
            "exports/2025-09/b.zip/订单.csv: 文件已损坏（「订单.csv」校验和不符）"
        ),
        (
            .unreadable(file: "exports/2025-09/c.csv", reason: .system(.errno(EACCES))),
            "exports/2025-09/c.csv: 无法读取（没有访问权限）"
        ),
        (
            .unreadable(file: "exports/2025-09/b.zip/大.csv", reason: .container(.truncated(.spillFileRead))),
            "exports/2025-09/b.zip/大.csv: 无法读取（文件不完整（临时文件读取失败），可能没有下载完）"
        ),
        (.unreadable(file: "d.csv", reason: .system(.other("odd"))), "d.csv: 无法读取（odd）"),
    ])
    func unreadableFilesAreNamedWithTheirReason(error: ImportError, sentence: String) {
        #expect(ImportErrorWording.sentence(error, in: .chinese) == sentence)
    }

    /// A reader's own error passed up as a cause is kept as data, not as its description.
    @Test func causesAreKeptAsData() {
        let unreadable = ImportError.unreadable(file: "x", reason: .system(.errno(EIO)))
        #expect(
            ImportError.unreadable(file: "y", cause: unreadable) == .unreadable(file: "y", reason: .system(.errno(EIO)))
        )
        #expect(
            ImportError.unreadable(file: "y", cause: ContainerError.truncated(.spillFileRead))
                == .unreadable(file: "y", reason: .container(.truncated(.spillFileRead))))
    }
}
