import PeriodAudit

/// The words of the roll-up over stores, in Chinese and English: why a store has no rows, and the
/// progress line while the stores are audited.
public enum PortfolioWording {
    /// Why a store could not be audited, in one line.
    public static func failure(_ reason: Portfolio.Failure.Reason, _ language: Language) -> String {
        let zh = language == .chinese
        switch reason {
        case .auditFailed(let message):
            return ControlCharacters.visible(message)
        case .timedOut(let seconds):
            return zh
                ? "超过 \(seconds) 秒仍未完成，已停止（可用 --timeout 放宽，或单独审计这家店）"
                : "still running after \(seconds) s: stopped (raise --timeout, or audit this store on its own)"
        case .killed(let signal):
            return zh
                ? "审计进程被信号 \(signal) 终止（崩溃或被外部结束）：可重试"
                : "the audit was ended by signal \(signal) (a crash, or killed from outside): retry it"
        case .exited(let code):
            return zh ? "审计进程以退出码 \(code) 结束，没有写出报告" : "the audit exited with code \(code) without writing its reports"
        case .couldNotStart(let code):
            return zh ? "无法启动审计进程（errno \(code)）" : "the audit could not be started (errno \(code))"
        case .noReports:
            return zh
                ? "没有找到完整的 audit.json（审计未运行、未完成或失败）"
                : "no complete audit.json (the audit did not run, did not finish, or failed)"
        case .unreadableReport(let file, let problem):
            switch problem {
            case .missing:
                return zh ? "没有 \(file)（审计未完成）" : "no \(file) (the audit did not finish)"
            case .notJSON:
                return zh ? "\(file) 不是完整的 JSON（可能写到一半）" : "\(file) is not complete JSON (cut short?)"
            case .schemaVersion(let found):
                let version = found.map(String.init) ?? (zh ? "无" : "none")
                return zh
                    ? "\(file) 的 schemaVersion 是 \(version)，汇总需要 2：请用当前版本重新审计"
                    : "\(file) has schemaVersion \(version); the roll-up reads 2: audit again with this version"
            case .missingField(let path):
                return zh ? "\(file) 缺少字段 \(path)" : "\(file) has no field \(path)"
            }
        }
    }

    /// `店铺 3/10 已完成，最慢：store-a（45 秒）`: the progress line on a terminal.
    public static func progress(done: Int, total: Int, slowest: (store: String, seconds: Int)?, _ language: Language)
        -> String
    {
        let zh = language == .chinese
        var s = zh ? "店铺 \(done)/\(total) 已完成" : "stores \(done)/\(total) done"
        if let slowest {
            let name = ControlCharacters.visible(slowest.store)
            s += zh ? "，最慢：\(name)（\(slowest.seconds) 秒）" : ", slowest: \(name) (\(slowest.seconds) s)"
        }
        return s
    }
}
