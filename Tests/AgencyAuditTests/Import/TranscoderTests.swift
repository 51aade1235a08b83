import Testing

@testable import AgencyAudit
@testable import AuditImport

/// GB18030 is decoded through a table of its two-byte characters, with iconv for everything else:
/// the text and the count of replaced bytes must be exactly what iconv alone gives, whatever the
/// input and however it is cut into pieces.
@Suite struct TranscoderTests {
    static func decode(_ bytes: [UInt8], pieces: [Int]?, tableFirst: Bool) throws -> ([UInt8], Int) {
        let t = try Transcoder(from: .gb18030)
        var out = ByteBuffer(capacity: 64)
        var pending: [UInt8] = []
        var cuts = pieces ?? [bytes.count]
        var offset = 0
        while offset < bytes.count || !pending.isEmpty {
            let size = min(cuts.isEmpty ? bytes.count : cuts.removeFirst(), bytes.count - offset)
            pending += bytes[offset..<offset + size]
            offset += size
            let isFinal = offset == bytes.count
            let used = pending.withUnsafeBytes {
                tableFirst
                    ? t.convert($0, isFinal: isFinal, into: &out) : t.convertWithIconv($0, isFinal: isFinal, into: &out)
            }
            pending.removeFirst(used)
            if isFinal {
                #expect(pending.isEmpty)
                break
            }
        }
        return (Array(out.storage[0..<out.count]), t.replacedByteCount)
    }

    @Test(arguments: 1...40)
    func tableAndIconvAgree(seed: UInt64) throws {
        var rng = TestRandom(seed: seed)
        // Chinese text in GB18030, with ASCII, four-byte characters, bad bytes and cut pairs mixed in.
        let text = "浙江省杭州市西湖区文三路998号3幢（310012）交易成功，买家已付款😀€"
        var bytes: [UInt8] = []
        for _ in 0..<200 {
            switch rng.next() % 6 {
            case 0: bytes += Fixtures.gb18030(text)
            case 1: bytes += Array("tb_880001,12.50\r\n".utf8)
            case 2: bytes.append(UInt8(truncatingIfNeeded: rng.next()))
            case 3: bytes += [0x81, 0x30, 0x81, 0x30]  // a four-byte character
            case 4: bytes += [UInt8(0x81 + rng.next() % 0x7E), UInt8(truncatingIfNeeded: rng.next())]
            default: bytes += Fixtures.gb18030("连衣裙")
            }
        }
        let reference = try Self.decode(bytes, pieces: nil, tableFirst: false)
        #expect(try Self.decode(bytes, pieces: nil, tableFirst: true) == reference)
        let pieces = (0..<400).map { _ in 1 + Int(rng.next() % 97) }
        #expect(try Self.decode(bytes, pieces: pieces, tableFirst: true) == reference)
    }

    /// Every two-byte code on its own, and after a lone lead byte.
    @Test func everyTwoByteCodeAgrees() throws {
        var bytes: [UInt8] = []
        for lead in 0x80...0xFF {
            for trail in 0x30...0xFF { bytes += [UInt8(lead), UInt8(trail), 0x2C] }
        }
        #expect(
            try Self.decode(bytes, pieces: nil, tableFirst: true) == Self.decode(bytes, pieces: nil, tableFirst: false))
        #expect(
            try Self.decode(bytes, pieces: Array(repeating: 4093, count: 100), tableFirst: true)
                == Self.decode(bytes, pieces: nil, tableFirst: false))
    }
}
