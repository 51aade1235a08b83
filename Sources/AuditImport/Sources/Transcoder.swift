#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts a stream of GB18030 (or UTF-16) bytes to UTF-8 with glibc's iconv, chunk by chunk.
///
/// iconv runs at about 200 MB/s, works in statically linked binaries and reports where a bad
/// byte is, so one damaged character becomes U+FFFD and is counted instead of failing the whole
/// file (Foundation's decoder returns nil for the whole buffer).
final class Transcoder {
    private let handle: iconv_t
    private(set) var replacedByteCount = 0
    let encoding: TextEncoding

    init(from encoding: TextEncoding) throws(ImportError) {
        guard let name = encoding.iconvName else { throw .unsupportedEncoding(encoding.rawValue) }
        let h = iconv_open("UTF-8", name)
        guard h != iconv_t(bitPattern: -1) else { throw .unsupportedEncoding(name) }
        handle = h!
        self.encoding = encoding
    }

    deinit { iconv_close(handle) }

    /// Converts as much of `input` as possible, appending UTF-8 to `output`.
    ///
    /// - Returns: how many input bytes were consumed. Fewer than all means the tail is an
    ///   incomplete character that must be offered again with more bytes (unless `isFinal`).
    func convert(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout ByteBuffer) -> Int {
        encoding == .gb18030
            ? convertGB18030(input, isFinal: isFinal, into: &output)
            : convertWithIconv(input, isFinal: isFinal, into: &output)
    }

    /// GB18030 with ASCII and the two-byte characters (all of GBK: nearly every byte of a Chinese
    /// export) looked up in a table made with iconv itself, about twice as fast as iconv;
    /// anything else (four-byte sequences, bad bytes, a character cut by the end) goes to iconv a
    /// few bytes at a time, so the result is exactly iconv's.
    private func convertGB18030(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout ByteBuffer) -> Int {
        let n = input.count
        guard n > 0 else { return 0 }
        let bytes = input.bindMemory(to: UInt8.self)
        return GBKTable.shared.utf8.withUnsafeBufferPointer { table in
            var i = 0
            while i < n {
                output.reserveFree(3 * (n - i) + 16)
                let out = output.freeSpace.assumingMemoryBound(to: UInt8.self)
                var o = 0
                // Convert until a byte the table does not answer.
                while i < n {
                    let b = bytes[i]
                    if b < 0x80 {
                        out[o] = b
                        o += 1
                        i += 1
                        continue
                    }
                    guard i + 1 < n, b != 0x80, b != 0xFF else { break }
                    let t = bytes[i + 1]
                    guard t >= 0x40, t != 0x7F, t != 0xFF else { break }
                    let packed = table[Int(b - 0x81) * 191 + Int(t - 0x40)]
                    guard packed != 0 else { break }
                    out[o] = UInt8(truncatingIfNeeded: packed)
                    out[o + 1] = UInt8(truncatingIfNeeded: packed >> 8)
                    out[o + 2] = UInt8(truncatingIfNeeded: packed >> 16)
                    o += Int(packed >> 24)
                    i += 2
                }
                output.commit(o)
                guard i < n else { break }
                // At most one character's bytes to iconv (it may take fewer, or more if they fit).
                let end = min(i + 4, n)
                let used = convertWithIconv(
                    UnsafeRawBufferPointer(rebasing: input[i..<end]), isFinal: isFinal && end == n, into: &output)
                if used == 0 { break }  // a character cut by the end of the input: offered again with more bytes
                i += used
            }
            return i
        }
    }

    /// iconv alone (the reference the GB18030 table path must equal, and the path for UTF-16).
    func convertWithIconv(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout ByteBuffer) -> Int {
        guard input.count > 0 else { return 0 }
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer<CChar>(
            mutating: input.baseAddress!.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        let unitWidth = (encoding == .utf16LE || encoding == .utf16BE) ? 2 : 1
        while inLeft > 0 {
            output.reserveFree(inLeft * 2 + 16)
            let outStart = output.freeSpace.assumingMemoryBound(to: CChar.self)
            var outPtr: UnsafeMutablePointer<CChar>? = outStart
            var outLeft = output.freeCount
            let rc = iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft)
            output.commit(outStart.distance(to: outPtr!))
            if rc != -1 { break }
            switch errno {
            case E2BIG:
                continue
            case EINVAL where !isFinal:
                return input.count - inLeft
            default:
                // EILSEQ (a byte that is no character) or a truncated last character: replace and go on.
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                let skip = min(unitWidth, inLeft)
                inPtr! += skip
                inLeft -= skip
                replacedByteCount += skip
            }
        }
        return input.count - inLeft
    }
}

/// Every two-byte GB18030 character (lead 0x81–0xFE, trail 0x40–0xFE but 0x7F) and its UTF-8,
/// worked out once with iconv: bytes in the low three bytes, length in the top one, 0 where
/// iconv does not convert the pair alone.
final class GBKTable: Sendable {
    static let shared = GBKTable()
    let utf8: [UInt32]

    private init() {
        var table = [UInt32](repeating: 0, count: 126 * 191)
        guard let cd = iconv_open("UTF-8", "GB18030"), cd != iconv_t(bitPattern: -1) else {
            utf8 = table
            return
        }
        defer { iconv_close(cd) }
        var pair: [CChar] = [0, 0]
        var out = [CChar](repeating: 0, count: 8)
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE where trail != 0x7F && trail != 0xFF {
                pair[0] = CChar(bitPattern: UInt8(lead))
                pair[1] = CChar(bitPattern: UInt8(trail))
                let written = pair.withUnsafeMutableBufferPointer { p -> Int in
                    out.withUnsafeMutableBufferPointer { o -> Int in
                        var inPtr: UnsafeMutablePointer<CChar>? = p.baseAddress
                        var outPtr: UnsafeMutablePointer<CChar>? = o.baseAddress
                        var inLeft = 2
                        var outLeft = 8
                        _ = iconv(cd, nil, nil, nil, nil)
                        guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return 0 }
                        return 8 - outLeft
                    }
                }
                guard (1...3).contains(written) else { continue }
                var packed = UInt32(written) << 24
                for k in 0..<written { packed |= UInt32(UInt8(bitPattern: out[k])) << (8 * UInt32(k)) }
                table[(lead - 0x81) * 191 + (trail - 0x40)] = packed
            }
        }
        utf8 = table
    }
}
