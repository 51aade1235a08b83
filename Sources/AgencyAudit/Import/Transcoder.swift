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
        guard input.count > 0 else { return 0 }
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer<CChar>(mutating: input.baseAddress!.assumingMemoryBound(to: CChar.self))
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
