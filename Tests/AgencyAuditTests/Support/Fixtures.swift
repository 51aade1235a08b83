import Foundation

@testable import AgencyAudit
@testable import AuditImport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Helpers shared by the tests: encode text the way platforms write it, import bytes, find SampleData.
enum Fixtures {
    /// UTF-8 text converted to GB18030 bytes with iconv, as the Taobao back office writes CSVs.
    static func gb18030(_ text: String) -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")!
        defer { iconv_close(cd) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let produced = input.withUnsafeMutableBufferPointer { inBuf -> Int in
            output.withUnsafeMutableBufferPointer { outBuf -> Int in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return outBuf.count - outLeft
            }
        }
        return output.prefix(produced).map { UInt8(bitPattern: $0) }
    }

    static func utf8(_ text: String, bom: Bool = false) -> [UInt8] {
        (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// All records of `bytes`, as cleaned-up strings, reading `chunk` bytes at a time.
    static func records(_ bytes: [UInt8], chunk: Int = 1 << 20) throws -> [[String]] {
        var reader = CSVReader(source: MemoryByteSource(bytes, maxChunk: chunk), chunkSize: max(16, chunk))
        var rows: [[String]] = []
        try reader.forEachRecord { rows.append($0.strings) }
        return rows
    }

    static func importExport(_ bytes: [UInt8], file: String = "exports/2025-09/test.csv", chunk: Int = 1 << 20) throws
        -> ImportedExport?
    {
        try ExportImporter.read(MemoryByteSource(bytes, maxChunk: chunk), file: file)
    }

    /// The repository's SampleData folder, found from this file's path.
    static var sampleData: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("SampleData")
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agency-audit-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to the file at `url` without the fsync `Data.write(to:)` makes on Linux: a
    /// test's files need no durability, and a store of 1,500 files waited seconds for the disk.
    static func writeFile(_ text: String, to url: URL) throws {
        guard let file = fopen(url.path, "wb") else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let bytes = Array(text.utf8)
        let written = fwrite(bytes, 1, bytes.count, file)
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func withCell<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }
}
