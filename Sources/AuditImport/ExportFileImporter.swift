import ExportContainers
import Foundation

/// Reads one file of the exports folder whatever it is, told by its first bytes and never by its
/// name: CSV or tab-separated text, an xlsx, a zip of exports (each entry read as an export of
/// its own, named `archive.zip/inner.csv`, archives inside to a depth of 2), a BIFF8 `.xls`, an
/// HTML table or SpreadsheetML saved as `.xls`. A JSON error body, a password-protected archive
/// or a damaged container is listed with what to do about it; one unusable file never stops the
/// others.
public struct ExportFileImporter: Sendable {
    public var limits: ZipLimits
    /// Where inflated entries too big for memory go (removed as soon as they are no longer read).
    public var spillDirectory: String?
    public var splitThreshold: Int
    /// The largest HTML or SpreadsheetML table read: it is read whole into memory, unlike a sheet.
    static let maxMarkupSize = 256 << 20

    public init(
        limits: ZipLimits = ZipLimits(), spillDirectory: String? = nil,
        splitThreshold: Int = ExportImporter.splitThreshold
    ) {
        self.limits = limits
        self.spillDirectory = spillDirectory
        self.splitThreshold = splitThreshold
    }

    /// Reads a file.
    /// - Parameters:
    ///   - file: its name in the reports (relative to the store folder).
    ///   - bytes: its bytes.
    ///   - text: opens a source tuned for plain files, used when the file is text; `bytes` otherwise.
    public func read(
        file: String, bytes: any RandomAccessBytes,
        text: (() throws(ImportError) -> any SplittableByteSource)? = nil
    ) -> FileImportResult {
        var budget = InflateBudget(limits: limits)
        return read(file: file, bytes: bytes, text: text, depth: 0, budget: &budget)
    }

    private func read(
        file: String, bytes: any RandomAccessBytes, text: (() throws(ImportError) -> any SplittableByteSource)?,
        depth: Int,
        budget: inout InflateBudget
    ) -> FileImportResult {
        var result = FileImportResult()
        func unusable(_ error: ImportError) -> FileImportResult {
            result.ignored.append(.unusable(file, error))
            return result
        }
        let head: [UInt8]
        do {
            head = try bytes.bytes(at: 0, count: ContainerKind.sniffLength)
        } catch {
            return unusable(.unreadable(file: file, cause: error))
        }
        guard !head.isEmpty else {
            result.ignored.append(IgnoredFile(file: file, reason: .emptyFile))
            return result
        }
        do {
            switch ContainerKind.sniff(head) {
            case .text:
                if let text { return readText(file: file, source: try text()) }
                return readText(file: file, source: RandomAccessByteSource(bytes))
            case .zip:
                let archive = try ZipArchive(bytes, limits: limits)
                if XLSXWorkbook.isWorkbook(archive) {
                    let workbook = try XLSXWorkbook(archive: archive, budget: &budget, spillDirectory: spillDirectory)
                    return WorkbookImporter.read(
                        workbook, file: file, container: "xlsx", fileSize: bytes.count, splitThreshold: splitThreshold)
                }
                if archive.entry(named: "[Content_Types].xml") != nil {
                    // A Word or PowerPoint file is a zip too: one line, not a line per part.
                    result.ignored.append(IgnoredFile(file: file, reason: .officeDocument))
                    return result
                }
                return readArchive(archive, file: file, depth: depth, budget: &budget)
            case .compoundFile:
                let compound = try CompoundFile(bytes)
                if compound.isEncryptedPackage {
                    return unusable(.container(file: file, .encrypted))
                }
                let workbook = try BIFF8Workbook(compound)
                return WorkbookImporter.read(
                    workbook, file: file, container: "xls", fileSize: bytes.count, splitThreshold: splitThreshold)
            case .markup:
                guard bytes.count <= Self.maxMarkupSize else {
                    throw ContainerError.limitExceeded(.markupSize(limit: Self.maxMarkupSize))
                }
                let utf8 = try MarkupText.utf8(try bytes.bytes(at: 0, count: bytes.count))
                let workbook = try MarkupWorkbook(utf8: utf8)
                let isXML = utf8.prefix(4096).withUnsafeBufferPointer { MarkupWorkbook.isSpreadsheetML($0) }
                return WorkbookImporter.read(
                    workbook, file: file, container: isXML ? "xml" : "html", fileSize: bytes.count,
                    splitThreshold: splitThreshold)
            case .json:
                let body = try bytes.bytes(at: 0, count: min(bytes.count, 1 << 20))
                return unusable(.backOfficeErrorPage(file: file, message: Self.errorMessage(inJSON: body)))
            }
        } catch let error as ContainerError {
            return unusable(.container(file: file, error))
        } catch let error as ImportError {
            return unusable(error)
        } catch {
            return unusable(.unreadable(file: file, cause: error))
        }
    }

    private func readText(file: String, source: some SplittableByteSource) -> FileImportResult {
        var result = FileImportResult()
        do throws(ImportError) {
            if let export = try ExportImporter.read(splitting: source, file: file, minimumSize: splitThreshold) {
                result.exports.append(export)
            } else {
                result.ignored.append(.noHeader(file: file, .text(rows: ExportImporter.headerSearchLimit)))
            }
        } catch {
            if case .emptyFile = error {
                result.ignored.append(IgnoredFile(file: file, reason: .emptyFile))
            } else {
                result.ignored.append(.unusable(file, error))
            }
        }
        return result
    }

    /// Every entry of a zip of exports, each read as a file of its own.
    private func readArchive(_ archive: ZipArchive, file: String, depth: Int, budget: inout InflateBudget)
        -> FileImportResult
    {
        var result = FileImportResult()
        let entries = archive.entries.filter { e in
            let name = e.name
            let last = name.split(separator: "/").last.map(String.init) ?? name
            return !e.isDirectory && !name.hasPrefix("__MACOSX/") && !last.hasPrefix(".") && last != "Thumbs.db"
        }
        guard !entries.isEmpty else {
            result.ignored.append(IgnoredFile(file: file, reason: .emptyArchive))
            return result
        }
        if entries.allSatisfy(\.isEncrypted) {
            result.ignored.append(.unusable(file, .passwordProtected(file: file)))
            return result
        }
        for entry in entries {
            let name = "\(file)/\(Self.entryName(entry))"
            if entry.isEncrypted {
                result.ignored.append(.unusable(name, .passwordProtected(file: name)))
                continue
            }
            do {
                let data = try archive.contents(of: entry, budget: &budget, spillDirectory: spillDirectory)
                if depth + 1 > limits.maxNesting, ContainerKind.sniff(try data.bytes(at: 0, count: 8)) == .zip {
                    result.ignored.append(.unusable(name, .nestedTooDeep(file: name, limit: limits.maxNesting)))
                    continue
                }
                result.append(read(file: name, bytes: data, text: nil, depth: depth + 1, budget: &budget))
            } catch let error as ContainerError {
                result.ignored.append(.unusable(name, .container(file: name, error)))
                // Past the archive's budget nothing more can be inflated.
                if case .limitExceeded = error, budget.inflated > limits.maxArchiveInflated { break }
            } catch {
                result.ignored.append(.unusable(name, .unreadable(file: name, cause: error)))
            }
        }
        return result
    }

    /// An entry's name: UTF-8 when flagged or valid, else GB18030 (archives made on Chinese Windows).
    static func entryName(_ entry: ZipEntry) -> String {
        if entry.nameIsUTF8 { return entry.name }
        if let utf8 = String(validating: entry.nameBytes, as: UTF8.self) { return utf8 }
        return (try? MarkupText.decode(entry.nameBytes, from: .gb18030)).map { String(decoding: $0, as: UTF8.self) }
            ?? entry.name
    }

    /// The message of a back office's JSON error (`msg`, `message`, `errorMsg` …), shortened.
    static func errorMessage(inJSON body: [UInt8]) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            return ""
        }
        func find(_ value: Any) -> String? {
            if let dict = value as? [String: Any] {
                for key in ["msg", "message", "errorMsg", "error_msg", "errMsg", "resultMessage", "error"] {
                    if let s = dict[key] as? String, !s.isEmpty { return s }
                }
                for key in dict.keys.sorted() { if let s = find(dict[key]!) { return s } }
            }
            if let list = value as? [Any] { for v in list { if let s = find(v) { return s } } }
            return nil
        }
        guard let message = find(object) else { return "" }
        return message.count > 60 ? String(message.prefix(60)) + "…" : message
    }
}
