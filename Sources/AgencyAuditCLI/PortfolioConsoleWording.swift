import AgencyAudit
import AuditReport
import PeriodAudit

/// The portfolio command's own console lines and errors, in the language `--lang` names.
enum PortfolioConsoleWording {
    /// A line per store in review order, the stores not audited with why, and the files written.
    static func lines(_ p: Portfolio, files: [String], _ language: Language) -> [String] {
        let zh = language == .chinese
        let total = p.stores.count + p.failures.count
        var lines = [
            zh
                ? "店铺 \(total) 家：已审计 \(p.stores.count) 家" + (p.failures.isEmpty ? "" : "，未完成 \(p.failures.count) 家")
                : "\(total) stores: \(p.stores.count) audited"
                    + (p.failures.isEmpty ? "" : ", \(p.failures.count) not audited")
        ]
        for s in p.stores {
            let verdict = s.verdict.map {
                VerdictWording.summary(kind: $0.kind, clause: $0.clause, deadline: $0.deadline, language)
            }
            lines.append(
                "  " + ControlCharacters.visible(s.folder) + "  " + ControlCharacters.visible(s.name) + "  "
                    + (verdict ?? ""))
        }
        for f in p.failures {
            lines.append(
                "  " + ControlCharacters.visible(f.folder) + (zh ? "  未完成：" : "  not audited: ")
                    + PortfolioWording.failure(f.reason, language))
        }
        for file in files { lines.append((zh ? "汇总：" : "Roll-up: ") + ControlCharacters.visible(file)) }
        return lines
    }

    /// The error that stops the command, in one line (the tool prefixes `错误：` / `error: `).
    static func error(_ e: PortfolioError, in language: Language) -> String {
        guard language == .chinese else { return english(e) }
        switch e {
        case .folderNotFound(let p): return "找不到文件夹 \(p)"
        case .noStoreFolders(let p): return "\(p) 里没有店铺文件夹（每家店一个文件夹，内有 contract.json 和 exports/）"
        case .outputInsideStores(let p):
            return "报告目录 \(p) 是店铺总文件夹或在它里面，下次会被当成一家店：请换一个 --out；什么都没有写入"
        case .outputIsAFile(let p): return "报告目录 \(p) 是一个已有的文件，不是文件夹：请换一个 --out；什么都没有写入"
        case .cannotWrite(let path, let reason):
            return "无法写入 \(path)：\(SystemFailureWording.reason(reason, in: .chinese))"
        }
    }

    static func english(_ e: PortfolioError) -> String {
        switch e {
        case .folderNotFound(let p): return "no folder \(p)"
        case .noStoreFolders(let p):
            return "\(p) holds no store folder (one folder per store, each with contract.json and exports/)"
        case .outputInsideStores(let p):
            return "the report folder \(p) is the stores' folder or inside it, and would be taken for a store next "
                + "time: choose another --out; nothing was written"
        case .outputIsAFile(let p):
            return "the report folder \(p) is an existing file, not a folder: choose another --out; nothing was written"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(SystemFailureWording.reason(reason, in: .english))"
        }
    }
}
