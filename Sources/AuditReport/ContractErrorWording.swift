import AuditContract

/// The wording of every contract error, in one place: what was expected and what was found, field
/// names, metric ids and JSON keys as the merchant wrote them. Chinese here, English in
/// `ContractErrorWording+English.swift`.
public enum ContractErrorWording {
    /// `contract.json: stages[1].targets.orderz: 未知指标（可用：orders, gmv, …）（第 9 行）`.
    ///
    /// The line comes last so that the path, which the merchant searches for, leads.
    public static func sentence(_ e: ContractError, in language: Language) -> String {
        let place = e.line.map { language.pick(chinese: "（第 \($0) 行）", english: " (line \($0))") } ?? ""
        let message = self.message(e.problem, in: language)
        // Which clause of the merchant's contract the field writes, so the merchant can check it there.
        let clause =
            ContractClauseWording.clause(forPath: e.path, in: language).map {
                language.pick(chinese: "。对应合同条款「\($0)」", english: ". The contract clause: “\($0)”")
            } ?? ""
        return e.path.isEmpty
            ? "\(e.file): \(message)\(place)" : "\(e.file): \(e.path): \(message)\(place)\(clause)"
    }

    /// What is wrong at the path, e.g. `未知指标（可用：orders, gmv, …）` / `unknown metric (known: orders, gmv, …)`.
    public static func message(_ problem: ContractError.Problem, in language: Language) -> String {
        switch language {
        case .chinese: return chinese(problem)
        case .english: return english(problem)
        }
    }

    static func chinese(_ problem: ContractError.Problem) -> String {
        switch problem {
        case .invalidJSON(let line?, let column?):
            return "不是有效的 JSON：第 \(line) 行第 \(column) 列附近有错（检查引号、逗号和括号）"
        case .invalidJSON:
            return "不是有效的 JSON（检查引号、逗号和括号）"
        case .unfinishedJSON:
            return "JSON 没有写完：文件在最后的 } 或 ] 之前就结束了"
        case .notUTF8(let line, let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            return "不是 UTF-8 编码：第 \(line) 行的字节 \(hex) 不是 UTF-8（文件可能存成了 GBK/ANSI）。"
                + "请另存为 UTF-8：记事本「文件 → 另存为」，「编码」选「UTF-8」；"
                + "WPS「文件 → 另存为」，文件类型选「纯文本」，编码选「UTF-8」"
        case .duplicateKey(let first, let second):
            let lines = first == second ? "在第 \(first) 行写了两次" : "写了两次（第 \(first) 行和第 \(second) 行）"
            return lines + "：每项只能写一次，请删去不要的那个"
        case .expectedObject(let found):
            return "应为对象 {…}，实际是\(shown(found))"
        case .unknownField(let known):
            return "未知字段（可用：\(known.joined(separator: ", "))）"
        case .missingText:
            return "缺少此项（应为文本）"
        case .expectedText(let found):
            return "应为文本（加英文双引号），实际是\(shown(found))"
        case .missingNumber:
            return "缺少此项（应为数字）"
        case .expectedNumber(let found):
            return "应为数字（不加引号），实际是\(shown(found))"
        case .numberTooLarge(let found):
            return "数字太大（\(found)），最多 999,999,999,999"
        case .negativeAmount(let found):
            return "金额不能为负数，实际是 \(found)"
        case .missingMonth:
            return "缺少此项（应为月份，如 \"2025-07\"）"
        case .expectedMonth(let found):
            return "应为月份，如 \"2025-07\"，实际是\(shown(found))"
        case .unknownPlatform(let found, let known):
            return "未知平台 \(found)（可用：\(known.joined(separator: ", "))）"
        case .expectedList(let found):
            return "应为列表 […]，实际是\(shown(found))"
        case .missingStages:
            return "缺少此项（应为阶段列表 […]）"
        case .noStages:
            return "合同里没有任何阶段：至少写一个阶段"
        case .expectedShare(let found, let percent):
            return "应为 0 到 1 之间的比例（\(percent)% 写作 \(shareExample(percent))），实际是 \(found)"
        case .tierAfterOpenEndedTier:
            return "上一档没有 upTo，已是最后一档，其后不能再有档位"
        case .tierNotAbovePrevious(let previous, let found):
            return "应大于上一档的 upTo（\(previous)），实际是 \(found)"
        case .expectedWholeDays(let found):
            return "应为不小于 1 的整数天数，实际是 \(found)"
        case .expectedPositiveROI(let found):
            return "应为大于 0 的 ROI（1:1.5 写作 1.5），实际是 \(found)"
        case .stageEndsBeforeStart(let from, let to):
            return "结束月份 \(to) 早于开始月份 \(from)"
        case .stagesOverlap(let other, let from, let to):
            return "与 stages[\(other)]（\(from)…\(to)）时间重叠：每个月只能属于一个阶段"
        case .expectedTargets(let found):
            return "应为「指标: 目标值」的对象，如 {\"orders\": 150}，实际是\(shown(found))"
        case .unknownMetric(let known):
            return "未知指标（可用：\(known.joined(separator: ", "))）"
        case .expectedPositiveTarget(let found):
            return "目标值应大于 0，实际是 \(found)"
        case .expectedBoolean(let found):
            return "应为 true 或 false，实际是\(shown(found))"
        case .unknownChoice(let found, let known):
            return "未知取值 \(found)（可用：\(known.joined(separator: ", "))）"
        case .conflictsWith(let path):
            return "与 \(path) 矛盾：两项只能保留一项"
        case .groundNotInContract(let ground):
            return "合同没有 \(ground) 这条解约条款（termination 里写成了 null，或没有试运营阶段），退款无从依据：删去此项，或写上该条款"
        case .expectedDay(let found):
            return "应为日期，如 \"2025-09-10\"，实际是\(shown(found))"
        case .expectedRating(let found):
            return "应为 0 到 5 之间的店铺评分（如 4.5），实际是 \(found)"
        case .expectedGrowth(let found):
            return "应为增长比例，如提升 30% 写作 0.3、降低 20% 写作 -0.2（大于 -1，不为 0），实际是 \(found)"
        case .expectedBaseline(let found):
            return "应为基准月份（如 \"2025-06\"）或基准数字（如 50000），实际是\(shown(found))"
        case .repeatsEntry(let other):
            return "与同一列表的第 \(other + 1) 项重复：每条解约条款只能约定一次退款"
        case .missingItems:
            return "单品目标要写明考核哪些商品：\"items\": [\"商品ID 612345678901\", \"商家编码 A-1\"]（按商品ID或商家编码，不按标题）"
        case .itemsOnStoreMetric(let metric):
            return "\(metric) 是全店指标，不能写 items：单品目标请用 itemUnits（件数）或 itemSales（销售额）"
        case .repeatedItem(let other):
            return "与 items 的第 \(other + 1) 项是同一商品：每个商品只写一次"
        case .expectedItemID(let found):
            return "应为商品ID或商家编码，如 \"612345678901\" 或 \"商家编码 A-1\"，实际是\(shown(found))"
        }
    }

    /// A value as the file holds it: `文本 "5000"`, `数字 3`, `布尔值 true`.
    static func shown(_ found: ContractError.Found) -> String {
        switch found {
        case .null: return "空值 null"
        case .text(let s): return "文本 \"\(s)\""
        case .boolean(let b): return "布尔值 \(b ? "true" : "false")"
        case .number(let n): return "数字 \(n)"
        case .list: return "列表 […]"
        case .object: return "对象 {…}"
        }
    }

    /// `0.03` for 3%, `0.4` for 40%.
    static func shareExample(_ percent: Int) -> String {
        let share = Double(percent) / 100
        return share == share.rounded() ? String(Int(share)) : "\(share)"
    }
}
