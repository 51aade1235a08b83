import AuditContract
import AuditImport
import AuditRecords
import Foundation

/// A merchant's store folder: contract.json and exports/<YYYY-MM>/… The only place that reads the disk.
public struct StoreWorkspace: Sendable {
    public let root: URL
    /// The day the merchant says the exports were taken (`--as-of`): it overrides the export time
    /// the files give and their modification dates.
    public var asOf: CalendarDay?

    public init(root: URL) throws(WorkspaceError) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            throw .storeNotFound(root.path)
        }
        self.root = root.standardizedFileURL
    }

    public var name: String { root.lastPathComponent }
    var exportsURL: URL { root.appendingPathComponent("exports") }

    public func contract() throws(WorkspaceError) -> Contract {
        let url = root.appendingPathComponent(Self.contractFileName(in: root) ?? "contract.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .contractMissing(root.path) }
        do {
            return try ContractParser.parse(data)
        } catch {
            throw .contract(error)
        }
    }

    /// The name the store folder's contract has: `contract.json`, else the one entry named so in
    /// another letter case (`Contract.JSON`, copied from a disk that ignores case); a link counts
    /// even when it leads nowhere. Nil when there is none.
    static func contractFileName(in root: URL) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        if names.contains("contract.json") { return "contract.json" }
        return names.sorted().first { $0.lowercased() == "contract.json" }
    }

    /// The traffic-source table: the standard one, extended by the store's traffic-sources.csv
    /// when there is one.
    public func trafficSources() throws(WorkspaceError) -> TrafficSourceTable {
        let url = root.appendingPathComponent(TrafficSourceFile.name)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .standard }
        return TrafficSourceTable.standard.merging(try TrafficSourceFile.parse([UInt8](data)))
    }

    /// The unit costs of the store's items (costs.csv beside contract.json); empty when there is none.
    public func costs() -> ItemCosts {
        let path = root.appendingPathComponent(ItemCosts.fileName).path
        guard FileManager.default.fileExists(atPath: path) else { return ItemCosts() }
        do throws(ImportError) {
            return ItemCosts.parse(try Self.contents(of: path))
        } catch {
            return ItemCosts.unreadable(error: .unreadable(file: ItemCosts.fileName, cause: error))
        }
    }

    /// The months that have a folder under exports/, in order.
    public func months() -> [YearMonth] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: exportsURL.path)) ?? []
        return names.compactMap { name in
            guard name.count == 7, let m = YearMonth(name) else { return nil }
            return m
        }.sorted()
    }

    /// Every file under exports/<month>/ (any depth, through links that stay inside the store),
    /// as paths relative to the store folder, sorted; and the links not followed, with the reason.
    public func files(of month: YearMonth) -> (files: [String], links: [IgnoredFile]) {
        let listing = ExportFolderWalker(store: root).list(
            exportsURL.appendingPathComponent(month.description), relative: "exports/\(month)")
        return (listing.files, listing.ignored)
    }

    /// Imports every export of the month, whatever its container (CSV, xlsx, xls, zip, HTML);
    /// a file that is no export, or an export that cannot be used, is listed with the reason.
    /// The agency's claims (`agency-claims.csv`) and the merchant's approvals (`approvals.csv`) are
    /// no exports: `claims(of:)` and `approvals(of:)` read them.
    public func importMonth(_ month: YearMonth, importer: ExportFileImporter = ExportFileImporter()) -> (
        imports: [ImportedExport], ignored: [IgnoredFile]
    ) {
        let (listed, links) = files(of: month)
        let paths = listed.filter {
            !AgencyClaims.isClaimsFile($0) && !MerchantApprovals.isApprovalsFile($0) && !ManualFigures.isManualFile($0)
        }
        var imports: [ImportedExport] = []
        var ignored = links
        var importer = importer
        if importer.spillDirectory == nil { importer.spillDirectory = FileManager.default.temporaryDirectory.path }
        for file in paths {
            if let expected = MerchantFileName.savedAsWorkbook(file) {
                ignored.append(IgnoredFile(file: file, reason: .merchantFileAsWorkbook(expected: expected)))
                continue
            }
            let path = root.appendingPathComponent(file).path
            let bytes: PathBytes
            do throws(ImportError) {
                bytes = try PathBytes(path: path)
            } catch {
                ignored.append(
                    IgnoredFile(file: file, reason: .error(.unreadable(file: file, cause: error)), isUnusable: true))
                continue
            }
            let result = importer.read(
                file: file, bytes: bytes,
                text: { () throws(ImportError) -> any SplittableByteSource in
                    try FileByteSource(path: path)
                })
            let modified = Self.modificationDay(path)
            imports += result.exports.map { export in
                var e = export
                e.taken = Self.taken(declared: asOf, inside: e.exportedAtInside, modified: modified)
                return e
            }
            ignored += result.ignored
        }
        return (imports, ignored)
    }

    /// When an export was taken: the day the merchant gave, else the export time inside the file,
    /// else the file's modification day (a browser keeps the time it saved the download).
    static func taken(declared: CalendarDay?, inside: LocalTime?, modified: CalendarDay?) -> ExportTaken? {
        if let declared { return .declared(declared) }
        if let inside { return .insideFile(inside) }
        return modified.map(ExportTaken.fileModified)
    }

    /// The day a file was last modified, in China time (the back offices' and the exports' zone).
    static func modificationDay(_ path: String) -> CalendarDay? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else {
            return nil
        }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        return LocalTime(seconds: seconds).day
    }

    /// What the agency reported for the month: every `agency-claims.csv` in its folder (any letter
    /// case, any depth), read in path order. Empty when there is none.
    public func claims(of month: YearMonth) -> AgencyClaims {
        var claims = AgencyClaims()
        forEachSideFile(of: month, where: AgencyClaims.isClaimsFile) { file, bytes in
            switch bytes {
            case .success(let b): claims.read(b, file: file)
            case .failure(let e): claims.unreadable(file: file, error: e)
            }
        }
        return claims
    }

    /// What the merchant approved in writing for the month: every `approvals.csv` in its folder
    /// (any letter case, any depth), read in path order. Empty when there is none.
    public func approvals(of month: YearMonth) -> MerchantApprovals {
        var approvals = MerchantApprovals()
        forEachSideFile(of: month, where: MerchantApprovals.isApprovalsFile) { file, bytes in
            switch bytes {
            case .success(let b): approvals.read(b, file: file, month: month)
            case .failure(let e): approvals.unreadable(file: file, error: e)
            }
        }
        approvals.reconcile()
        return approvals
    }

    /// The service figures the merchant typed in for the month: every `manual.csv` in its folder
    /// (any letter case, any depth), read in path order. Empty when there is none.
    public func manualFigures(of month: YearMonth) -> ManualFigures {
        var figures = ManualFigures()
        forEachSideFile(of: month, where: ManualFigures.isManualFile) { file, bytes in
            switch bytes {
            case .success(let b): figures.read(b, file: file)
            case .failure(let e): figures.unreadable(file: file, error: e)
            }
        }
        return figures
    }

    /// Hands over the bytes of each of the month's small side files (claims, approvals, typed-in
    /// figures) that `matches` names, in path order, or why it could not be read.
    private func forEachSideFile(
        of month: YearMonth, where matches: (String) -> Bool, _ body: (String, Result<[UInt8], ImportError>) -> Void
    ) {
        for file in files(of: month).files where matches(file) {
            let path = root.appendingPathComponent(file).path
            do throws(ImportError) {
                body(file, .success(try Self.contents(of: path)))
            } catch {
                body(file, .failure(.unreadable(file: file, cause: error)))
            }
        }
    }

    /// The whole of a small file (a claims or approvals file is a few lines).
    private static func contents(of path: String) throws(ImportError) -> [UInt8] {
        let source = try PathBytes(path: path)
        var bytes = [UInt8](repeating: 0, count: source.count)
        let read: Int
        do {
            read = try bytes.withUnsafeMutableBytes { try source.read(at: 0, into: $0) }
        } catch {
            throw .unreadable(file: path, cause: error)
        }
        return Array(bytes.prefix(read))
    }
}
