import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes an export file the way a platform would: UTF-8 (with or without BOM) or GB18030,
/// buffered, with rows appended as CSV.
///
/// Rows are built as UTF-8 bytes in one buffer and converted (GB18030) and written every few MB,
/// always on a row boundary, so a file of millions of orders costs no more memory than a few MB.
/// Write failures are remembered and thrown by `close()`, so the row methods stay cheap.
final class ExportFileWriter {
    enum Encoding: String {
        case utf8 = "utf-8"
        case utf8BOM = "utf-8-bom"
        case gb18030 = "gb18030"
    }

    let encoding: Encoding
    /// The file's full path, for error messages.
    let path: String
    private let lineEnd: [UInt8]
    private var file: UnsafeMutablePointer<FILE>?
    private var pending = CSVRowBuffer()
    private var converted: [UInt8] = []
    private var converter: iconv_t?
    private var failure: String?
    private(set) var rowsWritten = 0

    /// Bytes gathered before they are converted and written.
    private static let flushThreshold = 1 << 22

    /// Creates (or truncates) `root/name`, making its folders.
    init(root: URL, name: String, encoding: Encoding, lineEnd: String) throws {
        let url = root.appendingPathComponent(name)
        path = url.path
        try SampleStoreFolder.makeParent(of: url)
        guard let f = fopen(path, "wb") else { throw SampleGeneratorError.cannotWrite(path, errno: errno) }
        file = f
        self.encoding = encoding
        self.lineEnd = Array(lineEnd.utf8)
        pending.bytes.reserveCapacity(64 * 1024)
        if encoding == .utf8BOM { pending.bytes += [0xEF, 0xBB, 0xBF] }
        if encoding == .gb18030 {
            let cd = iconv_open("GB18030", "UTF-8")
            guard cd != iconv_t(bitPattern: -1) else {
                fclose(f)
                file = nil
                throw SampleGeneratorError.cannotWrite(path, reason: "本机的 iconv 不支持 GB18030 编码")
            }
            converter = cd
        }
    }

    deinit {
        // Only reached without close() when generation stopped on an error; the file is incomplete anyway.
        if let f = file { fclose(f) }
        if let cd = converter { iconv_close(cd) }
    }

    /// A line that is not a CSV row (a title line), written as it is.
    func line(_ text: String) {
        pending.bytes += text.utf8
        pending.bytes += lineEnd
    }

    /// A data row: fields quoted where they need it.
    func row(_ fields: [String]) {
        appendRow { row in
            for f in fields { row.field(f) }
        }
    }

    /// A data row built field by field by `build`.
    ///
    /// The row is built in a local buffer (one exclusive access per row, not one per byte).
    func appendRow(_ build: (inout CSVRowBuffer) -> Void) {
        build(&pending)
        pending.bytes += lineEnd
        pending.startRow()
        rowsWritten += 1
        if pending.bytes.count >= Self.flushThreshold { flush() }
    }

    private func flush() {
        defer { pending.bytes.removeAll(keepingCapacity: true) }
        guard !pending.bytes.isEmpty, let f = file, failure == nil else { return }
        if let cd = converter {
            // A character takes at most 4 GB18030 bytes where UTF-8 takes 3, so 4/3 of the input always fits.
            let room = pending.bytes.count + pending.bytes.count / 3 + 16
            if converted.count < room { converted = [UInt8](repeating: 0, count: room) }
            var failed = false
            let produced = pending.bytes.withUnsafeMutableBytes { inRaw -> Int in
                converted.withUnsafeMutableBytes { outRaw -> Int in
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count
                    var outLeft = outRaw.count
                    failed = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft != 0
                    return outRaw.count - outLeft
                }
            }
            if failed { failure = "文字无法转换为 GB18030 编码" }
            let written = converted.withUnsafeBytes { fwrite($0.baseAddress, 1, produced, f) }
            if written != produced { failure = failure ?? SampleGeneratorError.systemReason(errno: errno) }
        } else {
            let written = pending.bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
            if written != pending.bytes.count { failure = SampleGeneratorError.systemReason(errno: errno) }
        }
    }

    /// Writes what is buffered and closes the file; throws if any write failed.
    func close() throws {
        flush()
        if let f = file, fclose(f) != 0, failure == nil { failure = SampleGeneratorError.systemReason(errno: errno) }
        file = nil
        if let cd = converter { iconv_close(cd) }
        converter = nil
        if let failure { throw SampleGeneratorError.cannotWrite(path, reason: failure) }
    }
}

/// UTF-8 bytes of CSV rows under construction: fields appended one by one, separated by commas.
struct CSVRowBuffer {
    var bytes: [UInt8] = []
    private var atRowStart = true

    /// Marks the start of a new row (the next field gets no comma before it).
    mutating func startRow() { atRowStart = true }

    /// A text field, quoted (with inner quotes doubled) when it holds a comma, a quote or a line break.
    mutating func field(_ text: String) {
        separate()
        let utf8 = text.utf8
        if utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            bytes.append(0x22)
        } else {
            bytes += utf8
        }
    }

    /// An Excel text formula `="…"`, bare as Taobao writes it; `digits` must hold no comma or quote.
    mutating func formulaField(_ digits: String) {
        separate()
        bytes += [0x3D, 0x22]
        bytes += digits.utf8
        bytes.append(0x22)
    }

    /// An Excel text formula around a number, `="3812004976329210623"`.
    mutating func formulaField(_ number: Int) {
        separate()
        bytes += [0x3D, 0x22]
        appendDigits(number)
        bytes.append(0x22)
    }

    /// A non-negative integer field.
    mutating func intField(_ value: Int) {
        separate()
        appendDigits(value)
    }

    /// An amount in cents, `128.00`.
    mutating func moneyField(_ cents: Int) {
        separate()
        if cents < 0 { bytes.append(0x2D) }
        let a = Int(cents.magnitude)
        appendDigits(a / 100)
        bytes.append(0x2E)
        appendTwoDigits(a % 100)
    }

    /// A time `2025-07-03 10:12:45`, or Excel's re-save `2025/7/3 10:12` when `excel`.
    mutating func timeField(_ t: SampleTime, excel: Bool) {
        separate()
        let d = t.day
        appendDigits(d.year)
        if excel {
            bytes.append(0x2F)
            appendDigits(d.month)
            bytes.append(0x2F)
            appendDigits(d.day)
            bytes.append(0x20)
            appendDigits(t.second / 3600)
            bytes.append(0x3A)
            appendTwoDigits(t.second / 60 % 60)
        } else {
            bytes.append(0x2D)
            appendTwoDigits(d.month)
            bytes.append(0x2D)
            appendTwoDigits(d.day)
            bytes.append(0x20)
            appendTwoDigits(t.second / 3600)
            bytes.append(0x3A)
            appendTwoDigits(t.second / 60 % 60)
            bytes.append(0x3A)
            appendTwoDigits(t.second % 60)
        }
    }

    /// An empty field.
    mutating func emptyField() { separate() }

    private mutating func separate() {
        if atRowStart { atRowStart = false } else { bytes.append(0x2C) }
    }

    /// Decimal digits of a non-negative number.
    private mutating func appendDigits(_ value: Int) {
        var power = 1
        while power <= value / 10 { power *= 10 }
        while power > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 48 + value / power % 10))
            power /= 10
        }
    }

    private mutating func appendTwoDigits(_ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: 48 + value / 10 % 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
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

    /// `v` with exactly `decimals` decimals, rounded half away from zero; zero for a value that is not finite.
    static func fixed(_ v: Double, _ decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let n = v.isFinite ? Int((v * Double(scale)).rounded()) : 0
        let sign = n < 0 ? "-" : ""
        let whole = n.magnitude / UInt(scale)
        let frac = n.magnitude % UInt(scale)
        var f = String(frac)
        while f.count < decimals { f = "0" + f }
        return decimals == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(f)"
    }
}
