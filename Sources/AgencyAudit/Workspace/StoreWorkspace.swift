import Foundation

/// A merchant's store folder: contract.json and exports/<YYYY-MM>/… The only place that reads the disk.
public struct StoreWorkspace: Sendable {
    public let root: URL

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
        let url = root.appendingPathComponent("contract.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .contractMissing(root.path) }
        do {
            return try ContractParser.parse(data)
        } catch {
            throw .contract(error)
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

    /// Every file under exports/<month>/ (any depth), as paths relative to the store folder, sorted.
    public func files(of month: YearMonth) -> [String] {
        let base = exportsURL.appendingPathComponent(month.description)
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var result: [String] = []
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            let full = base.appendingPathComponent(rel).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
               !(rel.split(separator: "/").last ?? "").hasPrefix(".") {
                result.append("exports/\(month)/\(rel)")
            }
        }
        return result.sorted()
    }

    /// Imports every CSV of the month; other files are listed as ignored with the reason.
    public func importMonth(_ month: YearMonth) throws(WorkspaceError) -> (imports: [ImportedExport], ignored: [IgnoredFile]) {
        var imports: [ImportedExport] = []
        var ignored: [IgnoredFile] = []
        for file in files(of: month) {
            let ext = (file as NSString).pathExtension.lowercased()
            guard ext == "csv" || ext == "txt" else {
                let reason = ["xls", "xlsx"].contains(ext) ? "Excel 文件暂不支持，请在 Excel 里「另存为 CSV」后放回"
                    : ext == "zip" ? "压缩包请先解压" : "不是 CSV 导出"
                ignored.append(IgnoredFile(file: file, reason: reason))
                continue
            }
            do {
                let source = try FileByteSource(path: root.appendingPathComponent(file).path)
                if let imported = try ExportImporter.read(splitting: source, file: file) {
                    imports.append(imported)
                } else {
                    ignored.append(IgnoredFile(file: file, reason: "前 \(ExportImporter.headerSearchLimit) 行里没有认出订单、流量或推广报表的表头"))
                }
            } catch {
                if case .emptyFile = error { ignored.append(IgnoredFile(file: file, reason: "空文件")); continue }
                throw .input(error)
            }
        }
        return (imports, ignored)
    }
}
