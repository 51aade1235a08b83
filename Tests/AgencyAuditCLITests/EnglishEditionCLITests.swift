import AgencyAudit
import AuditContract
import AuditRecords
import Foundation
import Testing

@testable import AgencyAuditCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `audit --lang en` on a generated store of each platform: the month lines and every report in
/// English, with Chinese only where the exports put it (store, agency and stage names, titles,
/// names and addresses, file and sheet names, traffic sources, campaigns, statuses, column names),
/// and the same figures as the Chinese edition.
@Suite struct EnglishEditionCLITests {
    static let platforms = ["taobao", "pinduoduo", "jd", "douyin"]

    @Test(arguments: platforms)
    func auditInEnglishWritesEnglishReportsAndLines(platform: String) throws {
        try CLIStoreHarness.withStore { harness in
            try harness.sample(["--platform", platform, "--months", "2", "--orders-per-day", "12", "--seed", "7"])
            let english = harness.audit(["--lang", "en"])
            let chinese = harness.run(
                ["audit", harness.store.path, "--out", harness.root.appendingPathComponent("zh").path])
            #expect(english.code == chinese.code, "\(english.stderr)")
            #expect(english.stderr.isEmpty && chinese.stderr.isEmpty, "\(english.stderr)\(chinese.stderr)")

            // One line per month, in English, with the Chinese line's figures in the same order.
            let lines = Self.monthLines(english.stdout)
            let zhLines = Self.monthLines(chinese.stdout)
            #expect(!lines.isEmpty && lines.count == zhLines.count, "\(english.stdout)")
            for (line, zh) in zip(lines, zhLines) {
                for words in ["targets met", "anomalies high", "medium", "rows read", "accepted", "payable"] {
                    #expect(line.contains(words), "\(platform): «\(line)»")
                }
                #expect(Self.figures(line) == Self.figures(zh), "\(platform): «\(line)» against «\(zh)»")
            }
            #expect(english.stdout.contains("         report: "), "\(english.stdout)")

            // The month folders (the dossier's files sit beside them).
            let months = try FileManager.default.contentsOfDirectory(atPath: harness.reports.path).sorted()
                .filter { YearMonth($0) != nil }
            #expect(months.count == lines.count)
            for month in months {
                let folder = harness.reports.appendingPathComponent(month)
                let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                let zhFiles = try FileManager.default.contentsOfDirectory(
                    atPath: harness.root.appendingPathComponent("zh/\(month)").path
                ).sorted()
                #expect(files == zhFiles)
                let fromExports = try Self.exportText(in: folder)
                for file in files {
                    let text = String(
                        decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
                    #expect(!text.isEmpty)
                    for run in Self.chineseRuns(text) where !fromExports.contains(where: { $0.contains(run) }) {
                        Issue.record("\(platform) \(month)/\(file): «\(run)» is Chinese of the report's own")
                    }
                }
                let report = try harness.report(month: month)
                #expect(report.hasPrefix("# Agency audit report: "))
                #expect(report.contains("## Target comparison") && report.contains("## Data check"))
                #expect(try harness.auditJSON(month: month)["language"] as? String == "en")
            }
            for run in Self.chineseRuns(english.stdout) {
                Issue.record("\(platform): «\(run)» in the month lines")
            }
        }
    }

    /// Under `--lang en` the store folder's errors are English lines on standard error, `error: ` first.
    @Test func storeFolderErrorsAreEnglish() throws {
        try CLIStoreHarness.withStore { harness in
            let store = harness.store
            try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
            func run(_ args: [String]) -> String {
                let run = harness.run(args + ["--lang", "en"])
                #expect(run.code == ExitCode.inputError.rawValue, "\(args): \(run.stderr)")
                #expect(run.stderr.hasPrefix("error: ") && run.stderr.filter { $0 == "\n" }.count == 1, "\(run.stderr)")
                #expect(Self.chineseRuns(run.stderr).isEmpty, "\(run.stderr)")
                return run.stderr
            }
            #expect(run(["audit", harness.root.appendingPathComponent("missing").path]).contains("store folder"))
            #expect(run(["audit", store.path]).contains("holds no contract.json"))
            try Data(#"{"store": {"name": "shop", "platform": "taobao"}, "fees": {"monthlyBase": "5000"}}"#.utf8)
                .write(to: store.appendingPathComponent("contract.json"))
            #expect(
                run(["audit", store.path]).contains(
                    #"fees.monthlyBase: should be a number (without quotes), found text "5000""#))
        }
    }

    /// Every store-folder error and traffic-sources.csv problem the command line words, in English
    /// (ASCII values, so any Chinese is the wording's own).
    @Test func everyStoreFolderErrorHasEnglishWords() {
        var errors: [WorkspaceError] = [.storeNotFound("/x/s")]
        while let next = Self.next(after: errors[errors.count - 1]) { errors.append(next) }
        var problems: [WorkspaceError.TrafficSourcesProblem] = [.notUTF8]
        while let next = Self.next(after: problems[problems.count - 1]) { problems.append(next) }
        #expect(errors.count == 12 && problems.count == 5)
        for e in errors + problems.map({ .trafficSources($0) }) {
            let english = ConsoleWording.error(e, in: .english)
            #expect(!english.isEmpty && Self.chineseRuns(english).isEmpty, "\(e): \(english)")
            #expect(!Self.chineseRuns(ConsoleWording.error(e, in: .chinese)).isEmpty, "\(e)")
        }
    }

    /// Each store-folder error leads to the next in declaration order, an exhaustive switch, so a
    /// new case does not compile without its example.
    static func next(after e: WorkspaceError) -> WorkspaceError? {
        switch e {
        case .storeNotFound: return .contractMissing("/x/s")
        case .contractMissing: return .noExports("/x/s")
        case .noExports:
            return .monthNotFound(YearMonth(year: 2025, month: 8), available: [YearMonth(year: 2025, month: 9)])
        case .monthNotFound: return .contract(ContractError(path: "fees.monthlyBase", problem: .missingNumber, line: 3))
        case .contract: return .input(.emptyFile(file: "exports/2025-08/orders.csv"))
        case .input: return .cannotWrite(path: "/x/r/2025-08/report.md", reason: .errno(ENOSPC))
        case .cannotWrite: return .outputInsideExports("/x/s/exports/r")
        case .outputInsideExports: return .outputIsStoreFolder("/x/s")
        case .outputIsStoreFolder: return .outputIsAFile("/x/out.txt")
        case .outputIsAFile:
            return .noticeBeforeContract(
                given: CalendarDay(year: 2025, month: 5, day: 1)!,
                contractStarts: CalendarDay(year: 2025, month: 7, day: 1)!)
        case .noticeBeforeContract: return .trafficSources(.notUTF8)
        case .trafficSources: return nil
        }
    }

    static func next(after p: WorkspaceError.TrafficSourcesProblem) -> WorkspaceError.TrafficSourcesProblem? {
        switch p {
        case .notUTF8: return .columns(line: 1, found: 2, text: "taobao,partner")
        case .columns: return .unknownPlatform(line: 2, word: "weibo")
        case .unknownPlatform: return .emptySource(line: 3)
        case .emptySource: return .unknownCategory(line: 4, word: "freebie")
        case .unknownCategory: return nil
        }
    }

    /// The console's month lines (the reasons and report paths under them aside).
    static func monthLines(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map(String.init).filter {
            $0.count > 7 && $0.prefix(7).allSatisfy { $0.isNumber || $0 == "-" }
        }
    }

    /// The line's runs of digits, in order: the same figures say the same in both languages.
    static func figures(_ line: String) -> [String] {
        line.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    /// Each maximal run of CJK characters and CJK punctuation in `text`.
    static func chineseRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isChinese(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { runs.append(String(current)) }
        return runs
    }

    /// The names the platform profiles give in English with their Chinese beside them ("Sycm
    /// (生意参谋)", a download's own name), so a merchant finds them in the back office.
    static let glossedNames: [String] = {
        let names = Platform.allCases.flatMap { platform -> [PlatformProfile.LocalizedName] in
            let p = platform.profile
            return [p.name, p.dataTool] + [p.marketPage, p.freeTrafficName].compactMap { $0 }
                + p.exports.values.map(\.name)
        }
        let chinese = { (s: String) in s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        return Set(names.map(\.english).filter(chinese)).sorted { $0.count > $1.count }
    }()

    /// Every text of a month's English reports that comes from the exports or the contract, not
    /// from the wording: audit.json's values outside its sentences, suspicious-orders.csv's cells
    /// before its rules and indicators, rejects.csv's file and raw row, and the column names and
    /// values a reject quotes.
    static func exportText(in folder: URL) throws -> [String] {
        var found = glossedNames
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("audit.json")))
        collectData(json, into: &found)
        for row in try csvRows(folder.appendingPathComponent("suspicious-orders.csv")).dropFirst() {
            found += row.prefix(12)
        }
        for row in try csvRows(folder.appendingPathComponent("rejects.csv")).dropFirst() where row.count == 5 {
            found += [row[0], row[4]] + quoted(row[2]) + quoted(row[3])
        }
        return found
    }

    /// The keys of audit.json whose values are the report's sentences.
    static let sentenceKeys: Set<String> = [
        "reasons", "reason", "action", "evidence", "indicators", "withheld", "grounds", "warnings", "execution",
        "cooperation", "market", "notes", "problem",
    ]

    static func collectData(_ value: Any, into found: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, item) in object where !sentenceKeys.contains(key) {
                // A metric's and a status's `name` are the report's words; a store's is its own.
                if key == "name", object["key"] != nil || object["state"] != nil { continue }
                collectData(item, into: &found)
            }
        } else if let list = value as? [Any] {
            for item in list { collectData(item, into: &found) }
        } else if let text = value as? String {
            found.append(text)
        }
    }

    /// What a reject quotes: the column's name and the cell's value, between “ and ”.
    static func quoted(_ text: String) -> [String] {
        text.split(separator: "“").dropFirst().compactMap {
            $0.split(separator: "”", omittingEmptySubsequences: false).first
        }
        .map(String.init)
    }

    /// The rows of a CSV the reports write (UTF-8 with BOM, CRLF, fields quoted with "" inside).
    static func csvRows(_ url: URL) throws -> [[String]] {
        var text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append(characters.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r", characters.first == "\n" { characters.removeFirst() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}
