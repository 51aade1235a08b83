import AgencyAuditSample
import Foundation
import Testing

@testable import AgencyAudit
@testable import AgencyAuditCLI

/// `agency-audit portfolio` on a folder of three generated stores and a broken one, run as the
/// built executable; the scaling recipe of README (one `audit` per store under `xargs -P`, then
/// `portfolio --from-json`) on the same folder; stores that run too long or crash; the options.
@Suite struct PortfolioCommandTests {
    /// Three small generated stores (淘宝 with planted fake orders, 拼多多, a clean 淘宝 store) and
    /// one whose contract.json names an unknown metric.
    static func writeStores(_ folder: URL) throws {
        func spec(_ platform: SamplePlatform, seed: UInt64, clean: Bool = false) -> SampleStoreSpec {
            var s = SampleStoreSpec(seed: seed, monthCount: 2, ordersPerDay: 12)
            s.platform = platform
            s.plantAnomalies = !clean
            return s
        }
        _ = try SampleStoreGenerator.write(spec(.taobao, seed: 1), to: folder.appendingPathComponent("a-fakes"))
        _ = try SampleStoreGenerator.write(spec(.pinduoduo, seed: 2), to: folder.appendingPathComponent("b-pinduoduo"))
        _ = try SampleStoreGenerator.write(
            spec(.taobao, seed: 3, clean: true), to: folder.appendingPathComponent("c-clean"))
        let broken = folder.appendingPathComponent("d-broken")
        _ = try SampleStoreGenerator.write(spec(.taobao, seed: 4), to: broken)
        let contract = broken.appendingPathComponent("contract.json")
        let text = try String(contentsOf: contract, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"orders\"", with: "\"orderz\"").utf8).write(to: contract)
    }

    /// A CSV's rows, cells split at commas outside quotes (the money cells are quoted).
    static func rows(_ csv: Data) -> [[String]] {
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        return text.split(separator: "\r\n").map { line in
            var cells: [String] = []
            var cell = ""
            var quoted = false
            for c in line {
                if c == "\"" {
                    quoted.toggle()
                } else if c == ",", !quoted {
                    cells.append(cell)
                    cell = ""
                } else {
                    cell.append(c)
                }
            }
            return cells + [cell]
        }
    }

    /// The recipe README gives for spreading the audits over an engine, with `xargs -P 2` standing
    /// in for it, run by /bin/sh on the built executable; then the roll-up over what it collected.
    static let recipe = """
        ls stores | xargs -P 2 -I{} sh -c 'mkdir -p "collected/$1" && "$0" audit "stores/$1" --out "collected/$1" 2> "collected/$1/errors.txt"' "$AGENCY_AUDIT" {}
        "$AGENCY_AUDIT" portfolio stores --from-json collected
        """

    @Test func theRollUpOfTheCollectedFilesEqualsPortfoliosOwn() throws {
        let executable = try BuiltExecutable.url()
        try CLIStoreHarness.withStore { h in
            let stores = h.root.appendingPathComponent("stores")
            try Self.writeStores(stores)
            let own = try BuiltExecutable.run(
                executable, ["portfolio", "stores", "--out", "own", "--jobs", "2"], in: h.root)
            #expect(own.code == 3, "\(own.stdout)\(own.stderr)")
            // Quiet: standard error is no terminal here.
            #expect(own.stderr.isEmpty)
            #expect(own.stdout.contains("店铺 4 家：已审计 3 家，未完成 1 家"))

            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", Self.recipe]
            shell.currentDirectoryURL = h.root
            shell.environment = ["AGENCY_AUDIT": executable.path, "PATH": "/usr/bin:/bin"]
            shell.standardOutput = FileHandle.nullDevice
            shell.standardError = FileHandle.nullDevice
            try shell.run()
            shell.waitUntilExit()
            // The roll-up's own exit: 3, the broken store is listed.
            #expect(shell.terminationStatus == 3)

            let ownCSV = try Data(contentsOf: h.root.appendingPathComponent("own/portfolio.csv"))
            let collected = try Data(contentsOf: h.root.appendingPathComponent("collected/portfolio.csv"))
            #expect(collected == ownCSV)
            // The same reports behind it, month by month.
            for store in ["a-fakes", "b-pinduoduo", "c-clean"] {
                for month in ["2025-07", "2025-08"] {
                    let a = try Data(contentsOf: h.root.appendingPathComponent("own/\(store)/\(month)/audit.json"))
                    let b = try Data(
                        contentsOf: h.root.appendingPathComponent("collected/\(store)/\(month)/audit.json"))
                    #expect(a == b, "\(store) \(month)")
                }
            }
        }
    }

    /// The stores in the order the roll-up promises, computed here from the csv's own columns, and
    /// the broken store after them with its error.
    @Test func portfolioCSVListsGroundsFirstAndTheBrokenStoreWithItsError() throws {
        let executable = try BuiltExecutable.url()
        try CLIStoreHarness.withStore { h in
            try Self.writeStores(h.root.appendingPathComponent("stores"))
            let run = try BuiltExecutable.run(executable, ["portfolio", "stores", "--out", "out"], in: h.root)
            #expect(run.code == 3)
            let rows = Self.rows(try Data(contentsOf: h.root.appendingPathComponent("out/portfolio.csv")))
            let header = try #require(rows.first)
            #expect(header.count == 15)
            let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
            let body = rows.dropFirst()
            #expect(body.allSatisfy { $0.count == 15 })
            let audited = body.filter { $0[column["状态"]!] != "未完成审计" }
            let folders = audited.map { $0[0] }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            #expect(Set(folders) == ["a-fakes", "b-pinduoduo", "c-clean"])
            // Each store's months are together and in order.
            #expect(folders.count == 3)
            struct Rank: Comparable {
                var ground: Bool, high: Int, lowest: Double
                static func < (a: Rank, b: Rank) -> Bool {
                    (a.ground ? 0 : 1, -a.high, a.lowest) < (b.ground ? 0 : 1, -b.high, b.lowest)
                }
            }
            let ranks = folders.map { folder -> Rank in
                let months = audited.filter { $0[0] == folder }
                #expect(months.map { $0[column["月份"]!] } == ["2025-07", "2025-08"])
                let lowest = months.compactMap { Double($0[column["综合达成率"]!].dropLast()) }.min() ?? .infinity
                return Rank(
                    ground: months.last![column["结论"]!].hasPrefix("可解约"),
                    high: months.reduce(0) { $0 + Int($1[column["异常·高"]!])! }, lowest: lowest)
            }
            #expect(ranks == ranks.sorted(), "\(folders) \(ranks)")
            #expect(ranks.first?.ground == true)
            let broken = try #require(body.last)
            #expect(broken[0] == "d-broken")
            #expect(broken[column["状态"]!] == "未完成审计")
            #expect(broken[column["错误"]!].contains("contract.json: stages[0].targets.orderz: 未知指标"))
            // What the broken store's audit printed is kept beside its (absent) reports.
            let errors = try String(
                contentsOf: h.root.appendingPathComponent("out/d-broken/errors.txt"), encoding: .utf8)
            #expect(errors.hasPrefix("错误：contract.json"))
            #expect(
                !FileManager.default.fileExists(atPath: h.root.appendingPathComponent("out/a-fakes/errors.txt").path))
        }
    }

    /// A store still running at its time limit is stopped and listed, one that crashes is listed
    /// with its signal, and the others are rolled up; the run takes about the limit, not the hang.
    @Test func aStoreThatHangsOrCrashesIsListedAndTheOthersFinish() throws {
        let executable = try BuiltExecutable.url()
        try CLIStoreHarness.withStore { h in
            let stores = h.root.appendingPathComponent("stores")
            var spec = SampleStoreSpec(seed: 5, monthCount: 1, ordersPerDay: 12)
            spec.plantAnomalies = false
            for name in ["fine", "hangs", "crashes"] {
                _ = try SampleStoreGenerator.write(spec, to: stores.appendingPathComponent(name))
            }
            // Stands in for agency-audit: hangs or crashes on the stores named so, runs it on the others.
            let stand = h.root.appendingPathComponent("stand-in.sh")
            try Data(
                """
                #!/bin/sh
                case "$2" in
                  */hangs) exec sleep 60 ;;
                  */crashes) kill -SEGV $$ ;;
                esac
                exec "\(executable.path)" "$@"

                """.utf8
            ).write(to: stand)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stand.path)
            var command = try PortfolioCommand([stores.path, "--out", h.reports.path, "--timeout", "2", "--jobs", "3"])
            command.executable = stand
            var output = ""
            let clock = ContinuousClock()
            let started = clock.now
            let code = try command.run(output: &output)
            #expect(clock.now - started < .seconds(20))
            #expect(code == .inputError)
            let rows = Self.rows(try Data(contentsOf: h.reports.appendingPathComponent("portfolio.csv")))
            #expect(rows.dropFirst().map { $0[0] } == ["fine", "crashes", "hangs"])
            #expect(rows[2].last == "审计进程被信号 11 终止（崩溃或被外部结束）：可重试")
            #expect(rows[3].last == "超过 2 秒仍未完成，已停止（可用 --timeout 放宽，或单独审计这家店）")
            #expect(output.contains("  hangs  未完成：超过 2 秒仍未完成"))
        }
    }

    @Test(arguments: [
        ([], UsageError.missingArgument(.storesFolder)),
        (["a", "b"], .unexpectedArgument("b")),
        (["a", "--jobs", "0"], .invalidValue(option: "--jobs", expected: .wholeNumber(in: 1...256), found: "0")),
        (
            ["a", "--timeout", "soon"],
            .invalidValue(option: "--timeout", expected: .wholeNumber(in: 1...86_400), found: "soon")
        ),
        (["a", "--lang", "fr"], .invalidValue(option: "--lang", expected: .language, found: "fr")),
        (["--from-json", "r", "--jobs", "2"], .conflict(.auditOnlyOption("--jobs", with: "--from-json"))),
        (["--from-json", "r", "--timeout", "9"], .conflict(.auditOnlyOption("--timeout", with: "--from-json"))),
    ])
    func wrongArgumentsAreUsageErrors(arguments: [String], error: UsageError) {
        #expect(throws: error) { try PortfolioCommand(arguments) }
        let run = CLIStoreHarness.run(["portfolio"] + arguments)
        #expect(run.code == ExitCode.usage.rawValue)
        #expect(run.stderr == "错误：" + error.message + "\n")
    }

    @Test func theDefaultsAreTheMachinesCoresAndTenMinutes() throws {
        let command = try PortfolioCommand(["stores"])
        #expect(command.jobs == nil && command.timeout == 600 && command.language == .chinese && command.out == nil)
        #expect(try PortfolioCommand(["--from-json", "r"]).stores == nil)
    }

    /// The progress line shows only on a terminal, and only once the run has taken over two seconds.
    @Test(arguments: [(false, 30, false), (true, 1, false), (true, 2, false), (true, 3, true)])
    func progressShowsOnlyOnATerminalInALongRun(terminal: Bool, seconds: Int, shows: Bool) {
        #expect(TerminalProgress.shows(isTerminal: terminal, elapsed: .seconds(seconds)) == shows)
    }

    /// A folder that is not there, and a report folder inside the folder of stores, stop the command.
    @Test func foldersThatCannotBeUsedAreInputErrors() throws {
        try CLIStoreHarness.withStore { h in
            let missing = CLIStoreHarness.run(["portfolio", h.root.appendingPathComponent("nowhere").path])
            #expect(missing.code == ExitCode.inputError.rawValue)
            #expect(missing.stderr.hasPrefix("错误：找不到文件夹 "))
            try Self.writeStores(h.root.appendingPathComponent("stores"))
            let inside = CLIStoreHarness.run([
                "portfolio", h.root.appendingPathComponent("stores").path, "--out",
                h.root.appendingPathComponent("stores/reports").path,
            ])
            #expect(inside.code == ExitCode.inputError.rawValue)
            #expect(inside.stderr.contains("是店铺总文件夹或在它里面"))
            #expect(!FileManager.default.fileExists(atPath: h.root.appendingPathComponent("stores/reports").path))
            let empty = h.root.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            let none = CLIStoreHarness.run(["portfolio", "--from-json", empty.path])
            #expect(none.code == ExitCode.inputError.rawValue)
            #expect(none.stderr.contains("里没有店铺文件夹"))
        }
    }
}
