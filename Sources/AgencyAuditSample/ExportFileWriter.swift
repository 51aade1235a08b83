import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an export file the way a platform would: UTF-8 (with or without BOM) or GB18030,
/// buffered, with rows appended as CSV.
final class ExportFileWriter {
    enum Encoding: String {
        case utf8 = "utf-8", utf8BOM = "utf-8-bom", gb18030 = "gb18030"
    }

    let encoding: Encoding
    let lineEnd: String
    private let file: UnsafeMutablePointer<FILE>
    private var buffer: [UInt8] = []
    private var converter: iconv_t?
    private(set) var rowsWritten = 0

    init(path: String, encoding: Encoding, lineEnd: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard let f = fopen(path, "wb") else { throw SampleGeneratorError(description: "cannot write \(path): \(String(cString: strerror(errno)))") }
        file = f
        self.encoding = encoding
        self.lineEnd = lineEnd
        buffer.reserveCapacity(1 << 22)
        if encoding == .utf8BOM { buffer += [0xEF, 0xBB, 0xBF] }
        if encoding == .gb18030 {
            let cd = iconv_open("GB18030", "UTF-8")
            guard cd != iconv_t(bitPattern: -1) else { throw SampleGeneratorError(description: "iconv cannot write GB18030") }
            converter = cd
        }
    }

    /// A line that is not a CSV row (a title line), written as it is.
    func line(_ text: String) {
        buffer += text.utf8
        buffer += lineEnd.utf8
        if buffer.count > 1 << 22 { flush() }
    }

    /// A data row: fields quoted where they need it.
    func row(_ fields: [String]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer += Self.escape(f).utf8
        }
        buffer += lineEnd.utf8
        rowsWritten += 1
        if buffer.count > 1 << 22 { flush() }
    }

    /// Quotes a field that needs it. An Excel text formula `="3812…"` stays bare, as Taobao writes it.
    static func escape(_ f: String) -> String {
        if f.hasPrefix("=\""), f.hasSuffix("\""), !f.utf8.contains(UInt8(ascii: ",")) { return f }
        guard f.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) else { return f }
        return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        if let cd = converter {
            var out = [UInt8](repeating: 0, count: buffer.count * 2 + 16)
            let produced = buffer.withUnsafeMutableBytes { inRaw -> Int in
                out.withUnsafeMutableBytes { outRaw -> Int in
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count, outLeft = outRaw.count
                    _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return outRaw.count - outLeft
                }
            }
            _ = out.withUnsafeBytes { fwrite($0.baseAddress, 1, produced, file) }
        } else {
            _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        fclose(file)
        if let cd = converter { iconv_close(cd) }
    }
}

/// Number wording of the exports: `128.00`, `"1,234.56"` (the quoting is the writer's job).
enum ExportNumber {
    static func money(_ cents: Int, grouped: Bool = false) -> String {
        let sign = cents < 0 ? "-" : ""
        let a = abs(cents)
        let whole = grouped ? group(a / 100) : String(a / 100)
        return "\(sign)\(whole).\(SampleDay.pad(a % 100))"
    }

    static func count(_ n: Int) -> String { group(n) }

    static func group(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0, (s.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// `3.25%` from a share.
    static func percent(_ share: Double) -> String { fixed(share * 100, 2) + "%" }

    static func fixed(_ v: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((v * scale).rounded())
        let whole = n / Int(scale), frac = abs(n % Int(scale))
        var f = String(frac)
        while f.count < decimals { f = "0" + f }
        return decimals == 0 ? String(whole) : "\(whole).\(f)"
    }
}
