import Foundation
import Testing

@testable import ExportContainers

/// Streams zlib wrote (see Fixtures/Deflate/README.md) and hand-built ones, inflated whole and in pieces.
@Suite struct InflateTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/Deflate")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// Every zlib stream with the original it was made from.
    static let zlibStreams: [(stream: String, original: String)] = [
        ("chinese.xml.0.deflate", "chinese.xml"), ("chinese.xml.1.deflate", "chinese.xml"),
        ("chinese.xml.6.deflate", "chinese.xml"), ("chinese.xml.9.deflate", "chinese.xml"),
        ("chinese.xml.6.fixed.deflate", "chinese.xml"), ("chinese.xml.6.huffman_only.deflate", "chinese.xml"),
        ("random.bin.0.deflate", "random.bin"), ("random.bin.6.deflate", "random.bin"),
        ("random.bin.9.fixed.deflate", "random.bin"),
        ("empty.txt.0.deflate", "empty.txt"), ("empty.txt.6.deflate", "empty.txt"),
        ("empty.txt.6.fixed.deflate", "empty.txt"),
        ("runs.txt.1.deflate", "runs.txt"), ("runs.txt.9.deflate", "runs.txt"), ("runs.txt.6.rle.deflate", "runs.txt"),
        ("runs.txt.6.fixed.deflate", "runs.txt"),
        ("window.xml.6.deflate", "window.xml"), ("window.xml.9.deflate", "window.xml"),
        ("runs40.txt.6.deflate", "runs.txt×40"),
    ]

    static func original(_ name: String) throws -> [UInt8] {
        // runs40.txt is not committed: it is runs.txt forty times (524 KB, more than the decoder's buffer).
        if name == "runs.txt×40" { return try fixture("runs.txt").repeated(40) }
        return try fixture(name)
    }

    /// Inflates `stream` fed `piece` bytes at a time; the output, and the input bytes consumed.
    static func inflate(_ stream: [UInt8], piece: Int) throws -> (output: [UInt8], consumed: Int) {
        var inflater = Inflater()
        var output: [UInt8] = []
        var position = 0
        try stream.withUnsafeBytes { raw in
            while true {
                let end = min(stream.count, position + piece)
                let used = try inflater.inflate(
                    UnsafeRawBufferPointer(rebasing: raw[position..<end]), isFinal: end == stream.count
                ) {
                    output.append(contentsOf: $0)
                }
                #expect(used == end - position || inflater.isFinished)
                position += used
                if inflater.isFinished || end == stream.count { break }
            }
        }
        #expect(inflater.totalOut == output.count)
        return (output, position)
    }

    @Test(arguments: zlibStreams)
    func zlibStreamInflatesToItsOriginal(_ stream: String, _ original: String) throws {
        let expected = try Self.original(original)
        #expect(try Inflater.inflate(Self.fixture(stream), limit: 1 << 30) == expected)
    }

    @Test(arguments: zlibStreams)
    func piecesOfAnySizeGiveTheSameOutput(_ stream: String, _ original: String) throws {
        let data = try Self.fixture(stream)
        let expected = try Self.original(original)
        for piece in [1, 7, 4096] {
            let (output, consumed) = try Self.inflate(data, piece: piece)
            #expect(output == expected, "pieces of \(piece)")
            #expect(consumed == data.count, "pieces of \(piece)")
        }
    }

    @Test(arguments: [
        "chinese.xml.0.deflate", "chinese.xml.6.deflate", "chinese.xml.6.fixed.deflate", "window.xml.9.deflate",
        "random.bin.6.deflate", "runs.txt.6.rle.deflate",
    ])
    func cutStreamIsTruncatedAfterHandingOnAPrefix(_ stream: String) throws {
        let data = try Self.fixture(stream)
        let whole = try Inflater.inflate(data, limit: 1 << 30)
        for cut in [0, 1, data.count / 3, data.count / 2, data.count - 1] {
            var inflater = Inflater()
            var output: [UInt8] = []
            #expect(throws: ContainerError.truncated(.deflateEndsEarly)) {
                _ = try Array(data.prefix(cut)).withUnsafeBytes {
                    try inflater.inflate($0, isFinal: true) { output.append(contentsOf: $0) }
                }
            }
            #expect(whole.starts(with: output), "cut at \(cut)")
            #expect(!inflater.isFinished)
        }
    }

    @Test func bytesAfterTheFinalBlockAreNotConsumed() throws {
        for stream in ["chinese.xml.6.deflate", "chinese.xml.0.deflate", "empty.txt.6.deflate", "runs.txt.9.deflate"] {
            let data = try Self.fixture(stream)
            let trailing = data + [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xAA, count: 40)
            for piece in [1, 7, 4096] {
                let (output, consumed) = try Self.inflate(trailing, piece: piece)
                #expect(consumed == data.count, "\(stream) in pieces of \(piece)")
                #expect(output == (try Inflater.inflate(data, limit: 1 << 30)))
            }
            var inflater = Inflater()
            let used = try trailing.withUnsafeBytes { try inflater.inflate($0, isFinal: false) { _ in } }
            #expect(used == data.count)
            #expect(inflater.isFinished)
            // Once finished, further input is left alone.
            #expect(try trailing.withUnsafeBytes { try inflater.inflate($0, isFinal: true) { _ in } } == 0)
        }
    }

    @Test func splitJustBeforeTheEndStillLeavesTheTrailingBytes() throws {
        // The first piece is long enough for the fast loop, which reads ahead; what it read beyond
        // the symbols it decoded must not be counted when the stream ends in the second piece.
        for stream in ["chinese.xml.6.deflate", "window.xml.9.deflate", "runs40.txt.6.deflate"] {
            let data = try Self.fixture(stream)
            let trailing = data + [UInt8](repeating: 0x55, count: 24)
            for split in (data.count - 24)...data.count {
                var inflater = Inflater()
                var output = 0
                try trailing.withUnsafeBytes { raw in
                    let first = try inflater.inflate(UnsafeRawBufferPointer(rebasing: raw[..<split]), isFinal: false) {
                        output += $0.count
                    }
                    #expect(first == split)
                    let second = try inflater.inflate(UnsafeRawBufferPointer(rebasing: raw[split...]), isFinal: true) {
                        output += $0.count
                    }
                    #expect(split + second == data.count, "\(stream) split at \(split)")
                }
                #expect(output == (try Inflater.inflate(data, limit: 1 << 30)).count)
            }
        }
    }

    @Test func limitStopsTheOutput() throws {
        let data = try Self.fixture("window.xml.6.deflate")
        let size = try Self.fixture("window.xml").count
        #expect(try Inflater.inflate(data, limit: size).count == size)
        #expect(throws: ContainerError.limitExceeded(.deflateOutput(limit: size - 1))) {
            try Inflater.inflate(data, limit: size - 1)
        }
    }

    struct Stop: Error, Equatable {}

    @Test func errorTheSinkThrowsPropagatesAndSticks() throws {
        let data = try Self.fixture("runs40.txt.6.deflate")
        var inflater = Inflater()
        var calls = 0
        #expect(throws: Stop()) {
            _ = try data.withUnsafeBytes {
                try inflater.inflate($0, isFinal: true) { _ in
                    calls += 1
                    throw Stop()
                }
            }
        }
        #expect(calls == 1)
        #expect(throws: Stop()) {
            _ = try data.withUnsafeBytes { try inflater.inflate($0, isFinal: true) { _ in calls += 1 } }
        }
        #expect(calls == 1)
    }

    @Test func copyTakenMidStreamContinuesOnItsOwn() throws {
        let data = try Self.fixture("window.xml.9.deflate")
        let expected = try Self.fixture("window.xml")
        var first = Inflater()
        var head: [UInt8] = []
        _ = try Array(data.prefix(3000)).withUnsafeBytes {
            try first.inflate($0, isFinal: false) { head.append(contentsOf: $0) }
        }
        var second = first
        var tails: [[UInt8]] = [[], []]
        _ = try Array(data.dropFirst(3000)).withUnsafeBytes { rest in
            _ = try first.inflate(rest, isFinal: true) { tails[0].append(contentsOf: $0) }
            _ = try second.inflate(rest, isFinal: true) { tails[1].append(contentsOf: $0) }
        }
        #expect(head + tails[0] == expected)
        #expect(head + tails[1] == expected)
        #expect(second.totalOut == expected.count)
    }

    // MARK: Hand-built streams

    /// Stored blocks of 330 KB (the decoder's 96 KiB buffer slides again and again), then matches reaching exactly
    /// 32,768 bytes back, 258-byte matches, runs of distance 1 to 7.
    static func longStream() -> (stream: [UInt8], expected: [UInt8]) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let history = (0..<330_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        var s = DeflateTestStream()
        var at = 0
        while at < history.count {
            let n = min(65_535, history.count - at)
            s.stored(Array(history[at..<at + n]), final: false)
            at += n
        }
        var tokens: [DeflateTestStream.Token] = []
        for i in 0..<2000 {
            tokens.append(.match(length: 258 - i % 256, distance: 32_768 - i % 11))
            tokens.append(.literal(UInt8(i & 0xFF)))
            tokens.append(.match(length: 3 + i % 40, distance: 1 + i % 7))
        }
        s.fixed(tokens, final: true)
        return (s.bytes, DeflateTestStream.expand(tokens, after: history))
    }

    @Test func longOutputWithFarMatchesInAnyPieces() throws {
        let (stream, expected) = Self.longStream()
        #expect(try Inflater.inflate(stream, limit: 1 << 30) == expected)
        for piece in [1, 7, 4096, 65_536] {
            let (output, consumed) = try Self.inflate(stream, piece: piece)
            #expect(output == expected, "pieces of \(piece)")
            #expect(consumed == stream.count)
        }
    }

    @Test func matchReachingTheFirstByteIsValidOneFurtherIsNot() throws {
        var valid = DeflateTestStream()
        valid.fixed([.literal(65), .literal(66), .match(length: 5, distance: 2)], final: true)
        #expect(try Inflater.inflate(valid.bytes, limit: 100) == Array("ABABABA".utf8))
        var far = DeflateTestStream()
        far.fixed([.literal(65), .literal(66), .match(length: 5, distance: 3)], final: true)
        var output: [UInt8] = []
        var inflater = Inflater()
        #expect(throws: ContainerError.corrupt(.deflate(.distanceTooFar))) {
            _ = try far.bytes.withUnsafeBytes {
                try inflater.inflate($0, isFinal: true) { output.append(contentsOf: $0) }
            }
        }
        // The literals before the fault are handed on.
        #expect(output == Array("AB".utf8))
    }

    @Test func distanceBeforeTheStartInTheFastLoopIsCorrupt() throws {
        // Enough symbols after it that the fast loop (16 bytes of input left) decodes the bad match.
        var s = DeflateTestStream()
        s.fixed(
            [.literal(1), .match(length: 10, distance: 2)]
                + [DeflateTestStream.Token](repeating: .literal(9), count: 200), final: true)
        #expect(throws: ContainerError.corrupt(.deflate(.distanceTooFar))) {
            try Inflater.inflate(s.bytes, limit: 1 << 20)
        }
    }

    @Test func blockWithNoDistanceCodesDecodesLiterals() throws {
        // 'a' and end of block get one-bit codewords, the only distance length is 0.
        var literalLengths = [Int](repeating: 0, count: 257)
        literalLengths[97] = 1
        literalLengths[256] = 1
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        codeLengthLengths[0] = 1
        codeLengthLengths[1] = 1
        var s = DeflateTestStream()
        s.dynamicHeader(
            final: true, literalLengths: literalLengths, distanceLengths: [0], codeLengthLengths: codeLengthLengths)
        let codes = DeflateTestStream.canonicalCodes(literalLengths)
        s.body([.literal(97), .literal(97), .literal(97)], codes, [])
        #expect(try Inflater.inflate(s.bytes, limit: 100) == Array("aaa".utf8))
    }

    @Test func lengthSymbolWithNoDistanceCodesIsCorrupt() throws {
        var literalLengths = [Int](repeating: 0, count: 258)
        literalLengths[97] = 1
        literalLengths[256] = 2
        literalLengths[257] = 2
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        codeLengthLengths[0] = 2
        codeLengthLengths[1] = 2
        codeLengthLengths[2] = 1
        var s = DeflateTestStream()
        s.dynamicHeader(
            final: true, literalLengths: literalLengths, distanceLengths: [0], codeLengthLengths: codeLengthLengths)
        let codes = DeflateTestStream.canonicalCodes(literalLengths)
        s.codeword(codes[97])
        s.codeword(codes[257])
        s.bits(0, 16)
        #expect(throws: ContainerError.corrupt(.deflate(.invalidDistance))) {
            try Inflater.inflate(s.bytes, limit: 100)
        }
    }

    /// A dynamic block whose header breaks one rule, and the reason the decoder gives.
    static let badHeaders:
        [(name: String, defect: ContainerError.DeflateDefect, write: @Sendable (inout DeflateTestStream) -> Void)] = [
            (
                "code-length code over-subscribed", .oversubscribedCode,
                { s in
                    var cl = [Int](repeating: 0, count: 19)
                    cl[0] = 1
                    cl[1] = 1
                    cl[8] = 1
                    s.dynamicHeader(
                        final: true, literalCount: 257, distanceCount: 1, codeLengthLengths: cl, symbols: [])
                }
            ),
            (
                "code-length code incomplete", .incompleteCode,
                { s in
                    var cl = [Int](repeating: 0, count: 19)
                    cl[0] = 2
                    cl[8] = 2
                    s.dynamicHeader(
                        final: true, literalCount: 257, distanceCount: 1, codeLengthLengths: cl, symbols: [])
                }
            ),
            (
                "repeat of the previous length first", .repeatWithoutPrevious,
                { s in
                    var cl = [Int](repeating: 0, count: 19)
                    cl[16] = 1
                    cl[8] = 1
                    s.dynamicHeader(
                        final: true, literalCount: 257, distanceCount: 1, codeLengthLengths: cl, symbols: [(16, 0, 2)])
                }
            ),
            (
                "repeat past the last length", .repeatPastSymbols,
                { s in
                    var cl = [Int](repeating: 0, count: 19)
                    cl[18] = 1
                    cl[8] = 1
                    // 138 + 121 zeros: one more than the 257 + 1 lengths.
                    s.dynamicHeader(
                        final: true, literalCount: 257, distanceCount: 1, codeLengthLengths: cl,
                        symbols: [(18, 127, 7), (18, 110, 7)])
                }
            ),
            (
                "no end-of-block codeword", .missingEndOfBlock,
                { s in
                    var lit = [Int](repeating: 0, count: 257)
                    lit[65] = 1
                    lit[66] = 1
                    var cl = [Int](repeating: 0, count: 19)
                    cl[0] = 1
                    cl[1] = 1
                    s.dynamicHeader(final: true, literalLengths: lit, distanceLengths: [1], codeLengthLengths: cl)
                }
            ),
            (
                "literal/length code over-subscribed", .oversubscribedCode,
                { s in
                    var lit = [Int](repeating: 0, count: 257)
                    lit[65] = 1
                    lit[66] = 1
                    lit[256] = 1
                    var cl = [Int](repeating: 0, count: 19)
                    cl[0] = 1
                    cl[1] = 1
                    s.dynamicHeader(final: true, literalLengths: lit, distanceLengths: [1], codeLengthLengths: cl)
                }
            ),
            (
                "literal/length code incomplete", .incompleteCode,
                { s in
                    var lit = [Int](repeating: 0, count: 257)
                    lit[65] = 2
                    lit[256] = 2
                    var cl = [Int](repeating: 0, count: 19)
                    cl[0] = 1
                    cl[2] = 1
                    s.dynamicHeader(final: true, literalLengths: lit, distanceLengths: [1], codeLengthLengths: cl)
                }
            ),
            (
                "too many literal/length codes", .tooManySymbols,
                { s in
                    s.bits(1, 1)
                    s.bits(2, 2)
                    s.bits(30, 5)
                    s.bits(0, 5)
                    s.bits(0, 4)
                    s.bits(0, 12)
                }
            ),
            (
                "too many distance codes", .tooManySymbols,
                { s in
                    s.bits(1, 1)
                    s.bits(2, 2)
                    s.bits(0, 5)
                    s.bits(30, 5)
                    s.bits(0, 4)
                    s.bits(0, 12)
                }
            ),
        ]

    @Test(arguments: badHeaders.indices)
    func invalidCodeLengthsAreCorrupt(_ index: Int) throws {
        let bad = Self.badHeaders[index]
        var s = DeflateTestStream()
        bad.write(&s)
        s.bits(0, 64)
        for piece in [1, 1 << 20] {
            #expect(throws: ContainerError.corrupt(.deflate(bad.defect)), "\(bad.name), pieces of \(piece)") {
                try Self.inflate(s.bytes, piece: piece)
            }
        }
    }

    @Test func blockType3IsCorrupt() throws {
        for first: UInt8 in [0x06, 0x07] {
            #expect(throws: ContainerError.corrupt(.deflate(.reservedBlockType))) {
                try Inflater.inflate([first, 0, 0, 0], limit: 100)
            }
        }
        // After a valid first block too.
        var s = DeflateTestStream()
        s.stored(Array("ok".utf8), final: false)
        s.bits(1, 1)
        s.bits(3, 2)
        #expect(throws: ContainerError.corrupt(.deflate(.reservedBlockType))) {
            try Inflater.inflate(s.bytes, limit: 100)
        }
    }

    @Test func storedLengthsThatDisagreeAreCorrupt() throws {
        #expect(throws: ContainerError.corrupt(.deflate(.storedLengthMismatch))) {
            try Inflater.inflate([0x01, 0x05, 0x00, 0xFA, 0xFE, 1, 2, 3, 4, 5], limit: 100)
        }
        #expect(try Inflater.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2, 3, 4, 5], limit: 100) == [1, 2, 3, 4, 5])
    }

    @Test func fixedCodeSymbolsThatAreNeverValidAreCorrupt() throws {
        let literalCodes = DeflateTestStream.canonicalCodes(DeflateTestStream.fixedLiteralLengths)
        var length286 = DeflateTestStream()
        length286.bits(1, 1)
        length286.bits(1, 2)
        length286.codeword(literalCodes[286])
        length286.bits(0, 32)
        #expect(throws: ContainerError.corrupt(.deflate(.invalidLiteralLength))) {
            try Inflater.inflate(length286.bytes, limit: 100)
        }
        var distance30 = DeflateTestStream()
        distance30.bits(1, 1)
        distance30.bits(1, 2)
        distance30.codeword(literalCodes[65])
        distance30.codeword(literalCodes[257])
        distance30.codeword((30, 5))
        distance30.bits(0, 32)
        #expect(throws: ContainerError.corrupt(.deflate(.invalidDistance))) {
            try Inflater.inflate(distance30.bytes, limit: 100)
        }
    }

    @Test func emptyInputIsTruncatedOnlyWhenFinal() throws {
        var inflater = Inflater()
        #expect(try [UInt8]().withUnsafeBytes { try inflater.inflate($0, isFinal: false) { _ in } } == 0)
        #expect(throws: ContainerError.truncated(.deflateEndsEarly)) {
            _ = try [UInt8]().withUnsafeBytes { try inflater.inflate($0, isFinal: true) { _ in } }
        }
    }
}

extension Sequence {
    /// The elements `times` times over.
    fileprivate func repeated(_ times: Int) -> [Element] {
        let once = Array(self)
        return (0..<times).flatMap { _ in once }
    }
}
