import Testing

@testable import AgencyAuditCLI

/// How help text is measured and wrapped for a terminal, where a Chinese character takes two columns.
@Suite struct HelpLayoutTests {
    @Test(arguments: [
        ("--out DIR", 9), ("拼多多", 6), ("京东 jd", 7), ("（默认）：", 10), ("YYYY-MM[,YYYY-MM…]", 18), ("", 0),
    ])
    func displayWidthCountsWideCharactersTwice(text: String, columns: Int) {
        #expect(HelpLayout.displayWidth(text) == columns)
    }

    @Test(arguments: [
        ("where reports go", 10, ["where", "reports go"]),
        ("a b c", 3, ["a b", "c"]),
        ("a 拼多多 store", 8, ["a 拼多多", "store"]),
        ("a 拼多多 store", 7, ["a", "拼多多", "store"]),
        ("Reports/<store-folder-name> x", 10, ["Reports/<store-folder-name>", "x"]),
        ("two  spaces  ", 20, ["two spaces"]),
        ("", 10, [""]),
    ])
    func wrapBreaksAtSpacesWithinTheWidth(text: String, width: Int, lines: [String]) {
        #expect(HelpLayout.wrap(text, width: width) == lines)
    }

    /// Labels line up in a column as wide as the widest that fits; a longer one has its help below it.
    @Test func listPutsHelpInAColumnBesideItsLabel() {
        let long = String(repeating: "x", count: 30)
        let help = String(repeating: "word ", count: 30).trimmingCharacters(in: [" "])
        let list = HelpLayout.list([("--a", "one"), ("--bcd N", help), (long, "two")])
        let lines = list.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "  --a      one")
        #expect(lines[1].hasPrefix("  --bcd N  word word "))
        #expect(lines[2].hasPrefix("           word "))
        #expect(lines.allSatisfy { HelpLayout.displayWidth($0) <= HelpLayout.width })
        #expect(lines.suffix(2) == ["  " + long, "           two"])
        #expect(lines.count == 5)
    }
}
