import Foundation

/// 生意参谋's 店铺来源 download as it comes today: a genuine BIFF8 `.xls` (written by the Java Excel
/// API), title and description rows above the header on row 6, every figure stored as text
/// (`5,652`, `12.34%`), explanation rows below the data, and a second sheet, 分载体流量来源, that
/// breaks the same visitors down by carrier (无线端 / PC端) — an audit must count it once.
final class SYCMWorkbook {
    let name: String
    private let path: URL
    private let title: [String]
    private let header: [String]
    private var rows: [[String]] = []
    private var breakdown: [[String]] = []

    /// Rows below the data of each sheet (skipped by the audit like 合计 rows).
    static let notes = ["注：数据统计时间为自然日，更新至次日 9:00", "说明：访客数为去重人数，各来源相加可能大于全店访客数"]

    init(root: URL, name: String, title: [String], header: [String]) {
        self.name = name
        path = root.appendingPathComponent(name)
        self.title = title
        self.header = header
    }

    /// A row of the whole-store sheet.
    func row(_ cells: [String]) { rows.append(cells) }

    /// A row of the 分载体 sheet.
    func breakdownRow(_ cells: [String]) { breakdown.append(cells) }

    /// Writes the workbook.
    /// - Parameter summaryRows: rows of the whole-store sheet that are 汇总 subtotals.
    /// - Returns: how the audit must account for its rows: the whole-store sheet's details are
    ///   accepted; its subtotals, the notes and every row of the 分载体 sheet are skipped.
    func close(summaryRows: Int) throws -> SampleExpectation.FileRows {
        func sheet(_ data: [[String]]) -> [[BIFF8Cell]] {
            var out: [[BIFF8Cell]] = title.map { [.text($0)] }
            while out.count < 5 { out.append([]) }
            out.append(header.map { .text($0) })
            out += data.map { $0.map { $0.isEmpty ? .empty : .text($0) } }
            out.append([])
            out += Self.notes.map { [.text($0)] }
            return out
        }
        do {
            try FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(path.deletingLastPathComponent().path, error: error)
        }
        try BIFF8Writer.write(
            sheets: [(name: "全店流量来源", rows: sheet(rows)), (name: "分载体流量来源", rows: sheet(breakdown))], to: path)
        let read = rows.count + breakdown.count + 2 * Self.notes.count
        let accepted = rows.count - summaryRows
        return SampleExpectation.FileRows(
            file: name, kind: "traffic", encoding: "xls", read: read, accepted: accepted, rejected: 0,
            skipped: read - accepted)
    }
}

/// 万相台无界's plan report as it is downloaded: a `.zip` holding one GB18030 csv,
/// `计划报表_<date>_<time>.csv`, with the 2024 column names (`计划名字`, `场景名字`, …) and
/// `\N` where there is no value.
final class WanXiangTaiPlanReport {
    let entryName: String
    let zipName: String
    private let root: URL
    private let temporary: String
    private let writer: ExportFileWriter

    static let header = [
        "日期", "场景ID", "场景名字", "原二级场景ID", "原二级场景名字", "计划ID", "计划名字", "主体ID", "主体类型", "主体名称",
        "展现量", "点击量", "花费", "点击率", "平均点击花费", "千次展现花费", "总成交金额", "总成交笔数", "投入产出比",
    ]

    init(root: URL, folder: String, base: String) throws {
        self.root = root
        zipName = "\(folder)/\(base).zip"
        entryName = "\(base).csv"
        temporary = "\(folder)/.\(base).csv.part"
        writer = try ExportFileWriter(root: root, name: temporary, encoding: .gb18030, lineEnd: "\r\n")
        writer.line(Self.header.joined(separator: ","))
    }

    /// A row given in the legacy columns (日期, 场景名字, 计划ID, 计划名称, 展现量, 点击量, 花费, 点击率,
    /// 平均点击花费, 总成交金额, 总成交笔数, 投入产出比), written in today's.
    func row(_ legacy: [String]) {
        let scene = legacy[1]
        let sceneID = scene == "-" ? "-" : String(1000 + SampleOrder.stableNumber(scene) % 9000)
        writer.row([
            legacy[0], sceneID, scene, "\\N", "\\N", legacy[2], legacy[3], legacy[2] == "-" ? "-" : "\\N",
            legacy[2] == "-" ? "-" : "计划", legacy[2] == "-" ? "-" : "NULL", legacy[4], legacy[5], legacy[6], legacy[7],
            legacy[8], "\\N",
            legacy[9], legacy[10], legacy[11],
        ])
    }

    var rowsWritten: Int { writer.rowsWritten }

    /// Closes the csv and zips it (deflated, as the download task does), the temporary csv removed.
    func close(stamp: ArchiveTimestamp) throws {
        try writer.close()
        let csv = root.appendingPathComponent(temporary)
        defer { try? FileManager.default.removeItem(at: csv) }
        let data: Data
        do {
            data = try Data(contentsOf: csv)
        } catch {
            throw SampleGeneratorError.cannotWrite(csv.path, error: error)
        }
        let zip = try ZipWriter(path: root.appendingPathComponent(zipName).path, modified: stamp)
        try zip.addEntry(name: entryName, method: .deflated, data: [UInt8](data))
        try zip.close()
    }
}
