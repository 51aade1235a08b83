/// UTF-8 bytes of XML under construction, in a buffer that grows and is emptied for reuse.
///
/// The xlsx writer builds a million rows of 25 cells through this, so appending is a bounds
/// check and a copy, with no `String` and no allocation per cell. A plain value around its
/// buffer, so a row is built in a local copy (no exclusivity check per append); its owner frees
/// the buffer with `deallocate()`.
struct XMLBytes {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    func deallocate() { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes so far.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    /// Makes room for `more` bytes.
    @inline(__always)
    mutating func reserve(_ more: Int) {
        if count + more > capacity { grow(count + more) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        reserve(bytes.count)
        if bytes.count > 0 {
            UnsafeMutableRawPointer(base + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
        }
        count += bytes.count
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// A string's text as it is (package parts' fixed wording, numbers given as text).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// A non-negative integer in decimal.
    mutating func append(decimal value: Int) {
        reserve(20)
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let n = withUnsafeMutableBytes(of: &digits) { d -> Int in
            var v = value.magnitude
            var i = 24
            repeat {
                i -= 1
                d[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
                v /= 10
            } while v > 0
            UnsafeMutableRawPointer(base + count).copyMemory(from: d.baseAddress! + i, byteCount: 24 - i)
            return 24 - i
        }
        count += n
    }

    /// Text for an element's content or a quoted attribute: `& < > "` as entities; a CR as
    /// `_x000D_` and the other C0 controls but TAB and LF as `_xHHHH_` (XML cannot carry them,
    /// Excel's own escape does); an underscore that would read as such an escape as `_x005F_`.
    mutating func append(escaped text: UnsafeRawBufferPointer) {
        guard let start = text.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let n = text.count
        // Most cells need no escape: one scan, one copy.
        var i = 0
        while i < n, !Self.needsEscape(start[i]) { i += 1 }
        if i == n {
            append(text)
            return
        }
        reserve(n + 32)
        append(UnsafeRawBufferPointer(start: start, count: i))
        while i < n {
            let b = start[i]
            if !Self.needsEscape(b) {
                append(byte: b)
            } else {
                switch b {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "\""): append("&quot;")
                case UInt8(ascii: "_"):
                    if Self.isEscapeSequence(start + i, n - i) { append("_x005F_") } else { append(byte: b) }
                default:
                    append("_x00")
                    append(byte: Self.hexDigit(b >> 4))
                    append(byte: Self.hexDigit(b & 0xF))
                    append(byte: UInt8(ascii: "_"))
                }
            }
            i += 1
        }
    }

    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        switch b {
        case 0x09, 0x0A: return false
        case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"):
            return true
        default: return false
        }
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 48 + v : 55 + v }

    /// `_xHHHH_` (four hex digits, either case) starts at `p`.
    private static func isEscapeSequence(_ p: UnsafePointer<UInt8>, _ available: Int) -> Bool {
        guard available >= 7, p[1] == UInt8(ascii: "x"), p[6] == UInt8(ascii: "_") else { return false }
        for k in 2...5 {
            switch p[k] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                UInt8(ascii: "A")...UInt8(ascii: "F"):
                continue
            default: return false
            }
        }
        return true
    }
}
