import AgencyAudit
import AuditRecords
import Foundation

/// `agency-audit init <store-folder> [--platform …] [--month YYYY-MM]`: writes a new store
/// folder's skeleton and a contract.json to edit; never overwrites.
///
/// The options are declared in `InitCommand+Declaration.swift`, with the help.
struct InitCommand: Subcommand {
    var directory: String
    var platform: Platform = .taobao
    /// Nil: the month the command is run in (China time), read when it runs.
    var month: YearMonth?

    init(_ args: [String]) throws(UsageError) {
        let list = try ArgumentList(args, options: Self.declaration.options)
        guard let dir = list.positionals.first else { throw UsageError.missingArgument(.newStoreFolder) }
        guard list.positionals.count == 1 else { throw UsageError.unexpectedArgument(list.positionals[1]) }
        directory = dir
        if let p = list.value(of: Option.platform) {
            guard let platform = Platform(rawValue: p) else {
                throw UsageError.invalidValue(option: Option.platform.name, expected: .platform, found: p)
            }
            self.platform = platform
        }
        if let m = list.value(of: Option.month) {
            guard let month = YearMonth(m) else {
                throw UsageError.invalidValue(option: Option.month.name, expected: .month(list: false), found: m)
            }
            self.month = month
        }
    }

    func run(output: inout some TextOutputStream) throws -> ExitCode {
        let first = month ?? Self.thisMonth()
        let outcome = try StoreFolderInit(root: URL(fileURLWithPath: directory), platform: platform, month: first)
            .write()
        for path in outcome.created { print("已创建 \(directory)/\(path)", to: &output) }
        for path in outcome.kept { print("已存在，未改动 \(directory)/\(path)", to: &output) }
        if outcome.created.contains("contract.json") {
            print(
                "请按合同改写 contract.json 里的数字（每项的含义与对应的合同条款见 README「contract.json」），"
                    + "把 \(first) 的导出放进 exports/\(first)/ 后运行：agency-audit audit \(directory)",
                to: &output)
        }
        return .success
    }

    /// The current month in China time, where the stores' back offices date their exports.
    static func thisMonth() -> YearMonth {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let c = calendar.dateComponents([.year, .month], from: Date())
        return YearMonth(year: c.year ?? 2025, month: c.month ?? 1)
    }
}
