/// The fields of the record being tokenised, in memory the tokenizer owns: appending one is a
/// store and an increment (an array's append checks uniqueness and capacity every time, and
/// this runs for every field of every row). Freed by `deallocate()`.
struct CSVFieldList {
    private var base: UnsafeMutablePointer<CSVField>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ field: CSVField) {
        if count == capacity { grow() }
        (base + count).initialize(to: field)
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    mutating func removeAll() { count = 0 }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<CSVField>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    func deallocate() { base.deallocate() }
}

/// The byte range of one field inside the tokenizer's buffer.
struct CSVField {
    /// Raw range, including the surrounding quotes of a quoted field.
    var start: Int
    var end: Int
    /// Started with a double quote.
    var quoted: Bool
    /// Needs the slow path to read: doubled quotes inside, or text after the closing quote.
    var irregular: Bool
}
