import Foundation

/// 生意参谋 首页「数据概览」 as it is downloaded (diagnosis-exports.md §1b, MED): a `.zip` holding
/// one workbook a day, its entry names in GBK without the UTF-8 flag, each workbook named
/// `…-<export date>_<export time>.xlsx` with one sheet `数据概览`: a header row and a value row,
/// six lead columns (the day as `2025-08-01|2025-08-01`, the export time) and then, for every
/// metric, 本店 / 环比 / 同行同层平均 / 同行同层优秀. The names of the lead columns are not given by
/// any source: the ones written here are inferred.
final class SYCMOverviewDownload {
    /// One metric's figures on one day.
    struct Figures {
        var store: Double
        var peerAverage: Double
        var peerTop: Double
    }

    /// The metrics written, each with how its values are written. The first five are the ones
    /// the audit reads; the others stand in for the rest of the 54.
    enum Metric: String, CaseIterable {
        case sales = "支付金额"
        case visitors = "访客数"
        case buyers = "支付买家数"
        case conversion = "支付转化率"
        case orderValue = "客单价"
        case pageViews = "浏览量"
        case refunds = "成功退款金额"
        case signedRefundRate = "签收退款率"

        /// A share written as `2.61%` text; the others as numbers.
        var isShare: Bool { self == .conversion || self == .signedRefundRate }
    }

    static let leadHeader = ["终端", "店铺主营", "统计粒度", "店铺层级", "日期", "导出时间"]

    let zipName: String
    private let root: URL
    private let folder: String
    private let zip: ZipWriter
    private let exported: SampleTime
    private var previous: [Metric: Double] = [:]
    private(set) var entries: [String] = []

    /// - Parameters:
    ///   - folder: the month's folder, relative to the store.
    ///   - exported: when the download was taken: every workbook's name and export-time cell.
    init(root: URL, folder: String, from: SampleDay, to: SampleDay, exported: SampleTime) throws {
        self.root = root
        self.folder = folder
        self.exported = exported
        zipName = "\(folder)/【生意参谋平台】首页数据概览_\(from.iso)_\(to.iso).zip"
        let url = root.appendingPathComponent(zipName)
        try SampleStoreFolder.makeParent(of: url)
        zip = try ZipWriter(path: url.path, modified: Self.stamp(exported), gbkNames: true)
    }

    static func stamp(_ t: SampleTime) -> ArchiveTimestamp {
        ArchiveTimestamp(
            year: t.day.year, month: t.day.month, day: t.day.day, hour: t.second / 3600, minute: t.second / 60 % 60,
            second: t.second % 60)
    }

    /// Writes the day's workbook into the zip.
    func add(_ day: SampleDay, _ figures: [Metric: Figures]) throws {
        let time = exported.full
        let compactTime = time.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .replacingOccurrences(of: " ", with: "_")
        let entry = "数据概览_\(day.iso)-\(compactTime).xlsx"
        let temporary = root.appendingPathComponent("\(folder)/.\(day.iso)-overview.xlsx.part")
        let writer = try XLSXWriter(path: temporary.path, options: .init(timestamp: Self.stamp(exported)))
        writer.beginSheet(name: "数据概览")
        var header = Self.leadHeader.map(XLSXCell.text)
        var values: [XLSXCell] = [
            .text("所有终端"), .text("女装/女士精品"), .text("日"), .text("第五层级"), .text("\(day.iso)|\(day.iso)"), .text(time),
        ]
        for m in Metric.allCases {
            header += [
                .text("\(m.rawValue)（本店）"), .text("\(m.rawValue)环比"), .text("\(m.rawValue)（同行同层平均）"),
                .text("\(m.rawValue)（同行同层优秀）"),
            ]
            guard let f = figures[m] else {
                values += [.text("-"), .text("-"), .text("-"), .text("-")]
                continue
            }
            let change = previous[m].map { $0 > 0 ? f.store / $0 - 1 : 0 }
            previous[m] = f.store
            values += [
                cell(f.store, m), change.map { .text(ExportNumber.percent($0)) } ?? .text("-"), cell(f.peerAverage, m),
                cell(f.peerTop, m),
            ]
        }
        writer.row(header)
        writer.row(values)
        writer.endSheet()
        try writer.close()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let data: Data
        do {
            data = try Data(contentsOf: temporary)
        } catch {
            throw SampleGeneratorError.cannotWrite(temporary.path, error: error)
        }
        try zip.addEntry(name: entry, method: .deflated, data: [UInt8](data))
        entries.append(entry)
    }

    private func cell(_ v: Double, _ m: Metric) -> XLSXCell {
        if m.isShare { return .text(ExportNumber.percent(v)) }
        if m == .sales || m == .orderValue || m == .refunds { return .number(ExportNumber.fixed(v, 2)) }
        return .number(String(Int(v.rounded())))
    }

    /// Closes the zip; each workbook is one export of one row.
    func close() throws -> [SampleExpectation.FileRows] {
        try zip.close()
        return entries.map {
            SampleExpectation.FileRows(
                file: "\(zipName)/\($0)", kind: "shopOverview", encoding: "xlsx", read: 1, accepted: 1, rejected: 0,
                skipped: 0)
        }
    }
}
