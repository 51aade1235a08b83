import Testing

@testable import AuditReport

/// Text from the data inserted into report.md reads as itself: no heading, list, quote, table
/// cell, emphasis, link or HTML of its own, and no line break. (Each expected string was checked
/// by rendering it with markdown-it and commonmark.py, in a list item and in a table cell.)
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        // Headings, tables, HTML
        ("# 已结算", ##"\# 已结算"##),
        ("订单#1.csv", ##"订单\#1.csv"##),
        ("a | b", #"a \| b"#),
        ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
        ("<img src=x onerror=alert(1)>", #"\<img src=x onerror=alert(1)\>"#),
        ("onerror=alert(1)", "onerror=alert(1)"),
        ("> 引用", #"\> 引用"#),
        // Control characters stay on the line, as escapes
        ("a\nb", #"a\nb"#),
        ("a\rb", #"a\rb"#),
        ("a\r\nb", #"a\r\nb"#),
        ("a\0b", #"a\0b"#),
        ("\tx", #"\tx"#),
        ("\u{1B}[31m红", #"\u{1B}\[31m红"#),
        ("a\u{7F}b\u{85}c", #"a\u{7F}b\u{85}c"#),
        ("a\u{2028}b\u{2029}", #"a\u{2028}b\u{2029}"#),
        ("\u{202E}txt.exe", #"\u{202E}txt.exe"#),
        ("a\n# 标题", ##"a\n\# 标题"##),
        // Block starts at the beginning (insertions start list items)
        ("- 项", #"\- 项"#),
        ("+ 项", #"\+ 项"#),
        ("* 项", #"\* 项"#),
        ("= 项", #"\= 项"#),
        ("---", #"\---"#),
        ("1. 项", #"1\. 项"#),
        ("12) 项", #"12\) 项"#),
        ("3.", #"3\."#),
        ("   - 项", #"   \- 项"#),
        ("    代码", "&#32;   代码"),
        ("1.csv", "1.csv"),
        ("2025-09-01.csv", "2025-09-01.csv"),
        ("a - b", "a - b"),
        // Emphasis: only where CommonMark could read it
        ("计划报表_20250701_101010.zip", "计划报表_20250701_101010.zip"),
        ("店铺来源_2025-07-01_2025-07-01.xls", "店铺来源_2025-07-01_2025-07-01.xls"),
        ("snake_case_name", "snake_case_name"),
        ("_强调_", #"\_强调\_"#),
        ("a _b_ c", #"a \_b\_ c"#),
        ("report_(1).csv", #"report\_(1).csv"#),
        ("西湖区 *** 在", "西湖区 *** 在"),
        ("137****8899", #"137\*\*\*\*8899"#),
        ("**粗**", #"\*\*粗\*\*"#),
        ("a*b", #"a\*b"#),
        ("~~删~~", #"\~\~删\~\~"#),
        // Links, images, code, entities, backslashes
        ("[链接](http://x)", #"\[链接\](http://x)"#),
        ("![图](x)", #"\!\[图\](x)"#),
        ("好!", "好!"),
        ("`code`", #"\`code\`"#),
        (#"C:\new"#, #"C:\\new"#),
        ("&amp;", #"\&amp;"#),
        ("&#35;", ##"\&\#35;"##),
        ("&#x23;", ##"\&\#x23;"##),
        ("A&B", "A&B"),
        ("a & b;", "a & b;"),
        ("普通文本 ¥1,234.50（2025-09）", "普通文本 ¥1,234.50（2025-09）"),
    ])
    func runningText(text: String, escaped: String) {
        #expect(MarkdownText.escaped(text) == escaped)
    }

    /// A cell holds no blocks and its ends are whitespace to CommonMark: only what is inline changes.
    @Test(arguments: [
        ("a | b", #"a \| b"#),
        ("两\n行", #"两\n行"#),
        ("\r\n", #"\r\n"#),
        ("# 标题", ##"\# 标题"##),
        ("<script>", #"\<script\>"#),
        ("-3.0%", "-3.0%"),
        ("1. 项", "1. 项"),
        ("    缩进", "    缩进"),
        ("浙江省 杭州市 西湖区 ***", "浙江省 杭州市 西湖区 ***"),
        ("t********7 … t********4", #"t\*\*\*\*\*\*\*\*7 … t\*\*\*\*\*\*\*\*4"#),
        ("*粗*", #"\*粗\*"#),
    ])
    func tableCell(text: String, escaped: String) {
        #expect(MarkdownText.tableCell(text) == escaped)
    }
}
