import Testing

@testable import ExportContainers

@Suite struct ByteSearchTests {
    /// Every text run of up to 40 bytes, with `&` or `_` before or after its end, against a plain loop.
    @Test func textEndFindsTheEndAndTheEscapesBeforeIt() {
        var random = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("ab中<&_x ".utf8)
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)!
            }
            let from = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
            let expected: (Int, Bool)? = {
                guard let end = bytes[from...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
                return (end, bytes[from..<end].contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "_") })
            }()
            let got = bytes.withUnsafeBufferPointer { ByteSearch.textEnd(in: $0, from: from) }
            #expect(got?.end == expected?.0 && got?.needsDecoding == expected?.1, "\(bytes) from \(from)")
        }
    }

    static let literals: [StaticString] = ["</t></is></c>", "<v>", "<is><t"]

    @Test(arguments: [
        ("</t></is></c>", 0, 0, true), ("x</t></is></c>", 1, 0, true), ("</t></is></d>", 0, 0, false),
        ("</t></is></c", 0, 0, false),
        ("</t></iz></c>", 0, 0, false), ("<v>", 0, 1, true), ("<w>", 0, 1, false), ("<is><t", 0, 2, true),
        ("<is><u", 0, 2, false),
    ])
    func literalsCompareWordByWord(text: String, at: Int, literal: Int, matches: Bool) {
        #expect(
            Array(text.utf8).withUnsafeBufferPointer { ByteSearch.matches($0, at: at, Self.literals[literal]) }
                == matches)
    }
}
