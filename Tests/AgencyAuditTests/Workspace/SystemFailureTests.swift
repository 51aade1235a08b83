import ExportContainers
import Foundation
import Testing

@testable import AgencyAudit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Foundation's errors are kept by their POSIX code (or the file error they are), so the report
/// can word them; never by Foundation's English description.
@Suite struct SystemFailureTests {
    @Test func aFailedWriteIsKeptByItsPOSIXCode() throws {
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/report.md")
        let error = try #require(throws: (any Error).self) { try Data("x".utf8).write(to: missing) }
        #expect(SystemFailure(error) == .errno(ENOENT))
    }

    @Test(arguments: [
        (NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)), SystemFailure.errno(ENOSPC)),
        (
            NSError(
                domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
                userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EDQUOT))]),
            .errno(EDQUOT)
        ),
        (CocoaError(.fileNoSuchFile) as NSError, .errno(ENOENT)),
        (CocoaError(.fileWriteNoPermission) as NSError, .errno(EACCES)),
        (CocoaError(.fileWriteOutOfSpace) as NSError, .errno(ENOSPC)),
        (CocoaError(.fileWriteVolumeReadOnly) as NSError, .errno(EROFS)),
        (CocoaError(.fileWriteFileExists) as NSError, .errno(EEXIST)),
        (CocoaError(.fileWriteInvalidFileName) as NSError, .invalidFileName),
        (CocoaError(.fileReadTooLarge) as NSError, .errno(EFBIG)),
        (CocoaError(.fileWriteUnknown) as NSError, .fileError(code: CocoaError.fileWriteUnknown.rawValue)),
    ])
    func foundationErrorsAreKeptByWhatTheyMean(error: NSError, failure: SystemFailure) {
        #expect(SystemFailure(error) == failure)
    }

    @Test func anotherErrorKeepsItsDescription() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd" } }
        #expect(SystemFailure(Odd()) == .other("odd"))
    }
}
