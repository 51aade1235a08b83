import AuditRecords

/// The store's own additions to the traffic-source table: `traffic-sources.csv` beside
/// contract.json, one source a line as `平台,来源,类别` (e.g. `taobao,逛逛,免费`).
///
/// Platforms add source names every few months; the merchant names them here instead of waiting
/// for a new version. 平台 is `taobao`/`pinduoduo`/`jd`/`douyin` or 淘宝/天猫/拼多多/京东/抖店/抖音,
/// 来源 the 一级来源 as the traffic export writes it, 类别 免费/付费/自主/其他 (or free/paid/own/other).
/// A header line, blank lines and lines starting with `#` are skipped.
enum TrafficSourceFile {
    static let name = "traffic-sources.csv"

    /// The table the file describes, or the line and what is wrong with it.
    static func parse(_ bytes: [UInt8]) throws(WorkspaceError) -> TrafficSourceTable {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .trafficSources(.notUTF8)
        }
        var entries: [Platform: [String: TrafficCategory]] = [:]
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            if index == 0, cells.first == "平台" || cells.first == "platform" { continue }
            let number = index + 1
            guard cells.count == 3 else {
                throw .trafficSources(.columns(line: number, found: cells.count, text: String(line)))
            }
            guard let platform = platform(cells[0]) else {
                throw .trafficSources(.unknownPlatform(line: number, word: String(cells[0])))
            }
            guard !cells[1].isEmpty else { throw .trafficSources(.emptySource(line: number)) }
            guard let category = TrafficCategory(word: cells[2]) else {
                throw .trafficSources(.unknownCategory(line: number, word: String(cells[2])))
            }
            entries[platform, default: [:]][cells[1]] = category
        }
        return TrafficSourceTable(entries: entries)
    }

    private static func platform(_ word: String) -> Platform? {
        if let p = Platform(rawValue: word.lowercased()) { return p }
        return PlatformProfile.all.first { $0.aliases.contains(word) }?.platform
    }
}

extension StringProtocol {
    /// Without spaces, tabs and carriage returns at either end.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\u{3000}" { s = s.dropLast() }
        return String(s)
    }
}
