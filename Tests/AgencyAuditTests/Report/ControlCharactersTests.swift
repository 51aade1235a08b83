import Testing

@testable import AuditReport

@Suite struct ControlCharactersTests {
    @Test(arguments: [
        ("a\nb", #"a\nb"#), ("a\r\nb", #"a\r\nb"#), ("\t", #"\t"#), ("\0", #"\0"#),
        ("\u{1B}[2J\u{1B}[31m红", #"\u{1B}[2J\u{1B}[31m红"#), ("\u{07}", #"\u{7}"#), ("\u{7F}", #"\u{7F}"#),
        ("\u{85}", #"\u{85}"#), ("\u{9B}31m", #"\u{9B}31m"#), ("\u{2028}\u{2029}", #"\u{2028}\u{2029}"#),
        ("\u{202E}gpj.exe", #"\u{202E}gpj.exe"#), ("\u{2066}x\u{2069}", #"\u{2066}x\u{2069}"#),
        ("普通 text ¥1.00", "普通 text ¥1.00"), ("\u{200D}👩‍💻", "\u{200D}👩‍💻"), ("", ""),
    ])
    func controlCharactersAreShownAsEscapes(text: String, shown: String) {
        #expect(ControlCharacters.visible(text) == shown)
    }

    /// Every C0 and C1 control and DEL comes out as printable ASCII.
    @Test func noControlCharacterIsLeft() {
        let all = String(String.UnicodeScalarView((0...0x9F).compactMap(Unicode.Scalar.init)))
        let shown = ControlCharacters.visible(all)
        let left = shown.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
        #expect(left.isEmpty, "\(left.map(\.value))")
        #expect(shown.hasPrefix(#"\0\u{1}\u{2}"#))
        #expect(shown.contains(#"\u{8}\t\n\u{B}\u{C}\r\u{E}"#))
        #expect(
            shown.hasSuffix(
                #"~\u{7F}\u{80}"#
                    + (0x81...0x9F).map { #"\u{"# + String($0, radix: 16, uppercase: true) + "}" }.joined()))
    }
}
