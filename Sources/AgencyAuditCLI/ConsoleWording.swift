import AgencyAudit
import AuditRecords
import AuditReport

/// The command line's own words: its errors and the lines it prints besides the reports' wording.
/// Chinese here, English in `ConsoleWording+English.swift`.
enum ConsoleWording {
    /// Why the audit cannot run on a store folder, in words a merchant can act on.
    static func error(_ e: WorkspaceError, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(e)
        case .english: return english(e)
        }
    }

    static func chinese(_ e: WorkspaceError) -> String {
        switch e {
        case .storeNotFound(let p): return "找不到店铺文件夹 \(p)"
        case .contractMissing(let p): return "\(p) 里没有 contract.json（合同文件，格式见 README）"
        case .noExports(let p): return "\(p) 下没有 exports/<YYYY-MM>/ 月份文件夹，无法审计"
        case .monthNotFound(let m, let available):
            return "exports/ 下没有 \(m) 的文件夹（现有：\(available.map(\.description).joined(separator: ", "))）"
        case .contract(let e): return ContractErrorWording.sentence(e, in: .chinese)
        case .input(let e): return ImportErrorWording.sentence(e, in: .chinese)
        case .cannotWrite(let path, let reason):
            return "无法写入报告 \(path)：\(SystemFailureWording.reason(reason, in: .chinese))"
        case .trafficSources(let problem): return trafficSources(problem)
        case .outputInsideExports(let p):
            return "报告目录 \(p) 位于 exports/ 里（或经链接指向那里）：报告不能写进导出文件夹，请换一个 --out；什么都没有写入"
        case .outputIsStoreFolder(let p):
            return "报告目录 \(p) 就是店铺文件夹本身（或经链接指向它）：请换一个 --out（默认是 Reports/<店铺文件夹名>）；什么都没有写入"
        case .outputIsAFile(let p): return "报告目录 \(p) 是一个已有的文件，不是文件夹：请换一个 --out，或移走这个文件；什么都没有写入"
        case .noticeBeforeContract(let given, let first):
            return "解约通知日 \(given) 在合同开始（\(first)）之前：还没有合同可解，也没有已服务的天数；"
                + "请检查 --terminate-on 或 contract.json 的 termination.noticeGivenOn；什么都没有写入"
        }
    }

    /// What is wrong with the store's traffic-sources.csv, with its line.
    static func trafficSources(_ problem: WorkspaceError.TrafficSourcesProblem) -> String {
        let file = "traffic-sources.csv"
        switch problem {
        case .notUTF8:
            return "\(file) 不是 UTF-8 文本：请在 Excel 里用「CSV UTF-8（逗号分隔）」另存"
        case .columns(let line, let found, let text):
            return "\(file) 第 \(line) 行：应有 3 列（平台,来源,类别），实际 \(found) 列：\(text)"
        case .unknownPlatform(let line, let word):
            return
                "\(file) 第 \(line) 行：未知平台 \"\(word)\"（可用：\(Platform.allCases.map(\.rawValue).joined(separator: ", "))）"
        case .emptySource(let line):
            return "\(file) 第 \(line) 行：来源为空"
        case .unknownCategory(let line, let word):
            return
                "\(file) 第 \(line) 行：未知类别 \"\(word)\"（可用：\(TrafficCategory.allCases.map(\.chinese).joined(separator: ", "))）"
        }
    }

    /// `报告：Reports/demo-store/2025-07/report.html`, under the month's line: the page a merchant
    /// opens (report.md and the CSVs sit beside it).
    static func reportLine(_ path: String, in language: Language) -> String {
        language.pick(chinese: "         报告：", english: "         report: ")
            + "\(ControlCharacters.visible(path))/report.html"
    }

    /// The merchant's own files left as they were in the month folder.
    static func otherFiles(_ names: [String], in language: Language) -> String {
        let listed = ControlCharacters.visible(names.joined(separator: language.listSeparator))
        return language.pick(
            chinese: "         报告文件夹里另有 \(names.count) 个文件，保持不变：",
            english:
                "         the report folder holds \(English.count(names.count, "other file", "other files")), left as it was: "
        ) + listed
    }

    /// A file that could not be used, with why (its name can hold anything: escaped for the terminal).
    static func unusableFile(_ reason: String, in language: Language) -> String {
        language.pick(chinese: "         文件无法使用：", english: "         file unusable: ")
            + ControlCharacters.visible(reason)
    }

    /// A line of the agency's claims file that could not be used, with where and why.
    static func claimProblem(_ sentence: String, in language: Language) -> String {
        language.pick(chinese: "         运营方汇报有误：", english: "         agency's claims: ")
            + ControlCharacters.visible(sentence)
    }

    /// `部分数据尚未稳定（退款、推广归因），1 段 ROI 低于红线暂不认定：请在 2025-10-07 或之后重新下载导出并重新审计`.
    static func unsettled(rerunOn: CalendarDay, held: Int, in language: Language) -> String {
        guard language == .chinese else {
            return "         some figures had not settled yet (see the report's “Figures not settled yet”)"
                + (held > 0 ? ", \(English.count(held, "run", "runs")) of ROI under the red line not judged yet" : "")
                + ": download the exports again on or after \(rerunOn) and audit again"
        }
        return "         部分数据尚未稳定（见报告「尚未稳定的数据」）" + (held > 0 ? "，\(held) 段 ROI 低于红线暂不认定" : "")
            + "：请在 \(rerunOn) 或之后重新下载导出并重新审计"
    }

    /// One reason of a month's status, under its line.
    static func statusReason(_ status: String, _ reason: String, in language: Language) -> String {
        "         \(status)\(language.pick(chinese: "：", english: ": "))\(ControlCharacters.visible(reason))"
    }
}
