/// A command-line mistake, reported in one line with exit code 2.
///
/// Option names, commands and values stay as typed; the wording around them is Chinese and says
/// what was expected and what was found. Every usage message is worded here.
public enum UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownCommand(String)
    case unknownOption(String)
    /// A valued option at the end of the line, or followed by another option.
    case missingValue(option: String)
    /// `--reveal-pii=yes`: a switch given a value.
    case valueNotAllowed(option: String)
    /// The command's one positional argument is missing: `<store-folder>`, `<dir>`.
    case missingArgument(Argument)
    case unexpectedArgument(String)
    case invalidValue(option: String, expected: Expectation, found: String)
    /// Two options that cannot be given together, or one that needs another.
    case conflict(Conflict)

    /// A command's positional argument.
    public enum Argument: Sendable, Equatable {
        case storeFolder
        case sampleFolder
        /// `init`'s new store folder.
        case newStoreFolder
        /// `portfolio`'s folder of store folders (or `--from-json`).
        case storesFolder
    }

    /// What an option's value should look like.
    public enum Expectation: Sendable, Equatable {
        /// `2025-08`, or with `list`, `2025-08,2025-09`.
        case month(list: Bool)
        /// `2025-09-10`.
        case day
        case anyWholeNumber
        case wholeNumber(in: ClosedRange<Int>)
        case severityLevel
        /// `taobao`, `pinduoduo`, `jd` or `douyin`.
        case platform
        /// `zh` or `en`.
        case language
    }

    public enum Conflict: Sendable, Equatable {
        /// `--resaved-orders` writes an xlsx; `--legacy-csv` writes CSVs.
        case resavedOrdersWithLegacyCSV
        /// `--utf8-orders` only changes the legacy CSV order reports.
        case utf8OrdersWithoutLegacyCSV
        /// `--item-exports` writes the diagnosis store's item files only.
        case itemExportsWithoutDiagnosis
        /// `--legacy-csv`, `--utf8-orders`, `--resaved-orders` change 淘宝's files only.
        case taobaoOnlyOption(String)
        /// An option that limits audits, given with one that audits nothing (`--jobs` with `--from-json`).
        case auditOnlyOption(String, with: String)
    }

    public var message: String {
        switch self {
        case .unknownCommand(let command):
            return "未知命令 \(command)（可用命令：audit、portfolio、init、sample、evaluate；见 --help）"
        case .unknownOption(let option):
            return "未知选项 \(option)（见 --help）"
        case .missingValue(let option):
            return "选项 \(option) 后面缺少取值"
        case .valueNotAllowed(let option):
            return "选项 \(option) 不带取值"
        case .missingArgument(.storeFolder):
            return "缺少店铺文件夹：agency-audit audit <店铺文件夹>"
        case .missingArgument(.sampleFolder):
            return "缺少输出文件夹：agency-audit sample <文件夹>"
        case .missingArgument(.newStoreFolder):
            return "缺少店铺文件夹：agency-audit init <店铺文件夹>"
        case .missingArgument(.storesFolder):
            return "缺少店铺总文件夹：agency-audit portfolio <店铺总文件夹>（或 --from-json <报告文件夹>）"
        case .unexpectedArgument(let argument):
            return "多余的参数 \(argument)"
        case .invalidValue(let option, let expected, let found):
            let wanted: String
            switch expected {
            case .month(list: false): wanted = "YYYY-MM 格式的月份（如 2025-08）"
            case .day: wanted = "YYYY-MM-DD 格式的日期（如 2025-09-10）"
            case .month(list: true): wanted = "YYYY-MM 格式的月份，多个月用逗号分隔（如 2025-08,2025-09）"
            case .anyWholeNumber: wanted = "非负整数"
            case .wholeNumber(let range): wanted = "\(range.lowerBound) 到 \(range.upperBound) 之间的整数"
            case .severityLevel: wanted = "high 或 medium"
            case .platform: wanted = "taobao、pinduoduo、jd 或 douyin"
            case .language: wanted = "zh 或 en"
            }
            // A space between Chinese and a leading Latin letter or digit, as everywhere else.
            let spaced = wanted.first?.isASCII == true ? " " + wanted : wanted
            return "选项 \(option) 应为\(spaced)，实际是" + (found.isEmpty ? "空值" : "「\(found)」")
        case .conflict(.resavedOrdersWithLegacyCSV):
            return "--resaved-orders 写出的是 xlsx 订单报表，不能与 --legacy-csv 同时使用"
        case .conflict(.utf8OrdersWithoutLegacyCSV):
            return "--utf8-orders 只用于旧版 CSV 订单报表：请同时加上 --legacy-csv"
        case .conflict(.itemExportsWithoutDiagnosis):
            return "--item-exports 只用于诊断示例店铺：请同时加上 --diagnosis"
        case .conflict(.taobaoOnlyOption(let option)):
            return "\(option) 只用于淘宝/天猫的示例店铺，不能与 --platform 的其他平台同时使用"
        case .conflict(.auditOnlyOption(let option, let other)):
            return "\(option) 只在审计店铺时使用，不能与 \(other)（只汇总已有报告）同时使用"
        }
    }

    public var description: String { message }
}
