/// How the merchant's own files in a month folder (approvals.csv, manual.csv, agency-claims.csv)
/// are known by their names, as a merchant's computer leaves them: any letter case, full-width
/// letters, a copy's suffix from a second download or a desktop copy (`approvals (1).csv`,
/// `approvals（2）.csv`, `approvals - 副本.csv`, `approvals - Copy.csv`), and Excel's Unicode
/// text saved as `.txt`. Without this, such a file was read as an export and listed as "no header
/// recognised", and the merchant's approvals were lost without a word.
public enum MerchantFileName {
    /// The merchant's files, by the name each is read under.
    static let fileNames = [MerchantApprovals.fileName, ManualFigures.fileName, AgencyClaims.fileName]

    /// The file `path` stands for when it was saved as a workbook (`approvals.xlsx`, `manual (1).xls`):
    /// the audit reads these files as text only, so such a file is named with what to do instead of
    /// being read as an export whose header is not recognised. Nil for any other name.
    public static func savedAsWorkbook(_ path: String) -> String? {
        fileNames.first { names(path, $0, extensions: ["xlsx", "xls", "et"]) }
    }

    /// True when the last component of `path` is `fileName` (`approvals.csv`) as left above.
    static func names(_ path: String, _ fileName: String, extensions: Set<String> = ["csv", "txt", "tsv"]) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        var name = Substring(ClaimText.halfWidth(last).lowercased())
        guard let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]))
        else { return false }
        name = name[..<dot]
        // A copy's suffix: ` (1)`, `(12)`, ` - 副本`, `-副本`, ` - copy`, ` copy`, `副本`, and these repeated.
        var changed = true
        while changed {
            changed = false
            let trimmed = name.reversed().drop { $0 == " " }
            name = name.prefix(trimmed.count)
            if name.hasSuffix(")"), let open = name.lastIndex(of: "("),
                name[name.index(after: open)..<name.index(before: name.endIndex)].allSatisfy(\.isNumber),
                name.distance(from: open, to: name.endIndex) > 2
            {
                name = name[..<open]
                changed = true
            }
            for suffix in ["副本", "copy"] where name.hasSuffix(suffix) {
                name = name.dropLast(suffix.count)
                while name.hasSuffix(" ") || name.hasSuffix("-") { name = name.dropLast() }
                changed = true
            }
        }
        let stem = fileName.split(separator: ".").first.map(String.init) ?? fileName
        return name == stem
    }
}
