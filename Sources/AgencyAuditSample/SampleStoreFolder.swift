import Foundation

/// What every platform's store simulation shares: the run of months it writes and the store
/// folder's own small files (contract.json, expected.json).
enum SampleStoreFolder {
    /// `count` consecutive months from `firstYear`-`firstMonth`.
    static func months(firstYear: Int, firstMonth: Int, count: Int) -> [(year: Int, month: Int)] {
        var months: [(year: Int, month: Int)] = []
        var y = firstYear
        var m = firstMonth
        for _ in 0..<count {
            months.append((y, m))
            m += 1
            if m > 12 {
                m = 1
                y += 1
            }
        }
        return months
    }

    /// `2025-07`: a month folder's name under exports/ and a month in contract.json.
    static func label(_ month: (year: Int, month: Int)) -> String { "\(month.year)-\(SampleDay.pad(month.month))" }

    /// Writes a small UTF-8 file into the store folder.
    static func writeText(_ text: String, to name: String, in root: URL) throws {
        let url = root.appendingPathComponent(name)
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            throw SampleGeneratorError.cannotWrite(url.path, error: error)
        }
    }

    /// Creates the folders a file at `url` goes in (a download's sub-folder such as 生意参谋/ or 客服/).
    static func makeParent(of url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SampleGeneratorError.cannotWrite(folder.path, error: error)
        }
    }
}
