/// The language a report is written in: Chinese by default, English with `--lang en`.
///
/// Only the words change: the figures, the exports' own text (titles, names, file names, the
/// platforms' column names and status values) and the data in audit.json stay as they are.
public enum Language: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// The code HTML's `lang` attribute takes, so CJK glyphs are drawn as Chinese ones.
    public var htmlCode: String {
        switch self {
        case .chinese: return "zh-CN"
        case .english: return "en"
        }
    }

    /// The word of this language, for the small tables where a switch per language would be longer
    /// than the words (a status, a severity, a column header).
    package func pick<Words>(chinese: Words, english: Words) -> Words {
        switch self {
        case .chinese: return chinese
        case .english: return english
        }
    }

    /// What joins the clauses of a cell or a sentence: `；` in Chinese, `; ` in English.
    package var clauseSeparator: String { pick(chinese: "；", english: "; ") }

    /// What joins the items of a list: `、` in Chinese, `, ` in English.
    package var listSeparator: String { pick(chinese: "、", english: ", ") }
}
