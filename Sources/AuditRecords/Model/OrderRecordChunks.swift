/// A file's order records in chunks: the list grows without copying what it holds, the two
/// halves of a split file join without a copy, and the month's list is filled chunk by chunk, each
/// freed once moved, so millions of records are never held twice.
///
/// A chunk is 524,288 records (about 54 MB): above the largest size glibc's allocator keeps for
/// reuse, so a freed chunk goes back to the system at once instead of staying in the process.
public struct OrderRecordChunks: Sendable {
    static let chunkSize = 1 << 19
    /// Full chunks, then `current`.
    private var full: [[OrderRecord]] = []
    private var current: [OrderRecord] = []
    public private(set) var count = 0
    /// Room reserved for a new chunk: a small file gets a small first chunk.
    private var firstReserve = 0

    public init() {}

    /// - Parameter expected: about how many records will come (from the file's size).
    package init(expected: Int) { firstReserve = min(Self.chunkSize, max(0, expected)) }

    public init(_ records: [OrderRecord]) {
        for r in records { append(r) }
    }

    package mutating func append(_ record: OrderRecord) {
        if current.count == Self.chunkSize {
            full.append(current)
            current = []
        }
        if current.isEmpty {
            current.reserveCapacity(full.isEmpty ? firstReserve : Self.chunkSize)
            HugePages.advise(&current)
        }
        current.append(record)
        count += 1
    }

    /// `other`'s chunks after these (the records themselves are not copied).
    package mutating func append(contentsOf other: consuming OrderRecordChunks) {
        if !current.isEmpty { full.append(current) }
        full += other.full
        current = other.current
        count += other.count
    }

    /// Changes every record in place.
    package mutating func updateAll(_ body: (inout OrderRecord) -> Void) {
        for c in full.indices { full[c].withUnsafeMutableBufferPointer { for i in $0.indices { body(&$0[i]) } } }
        current.withUnsafeMutableBufferPointer { for i in $0.indices { body(&$0[i]) } }
    }

    /// Hands the chunks over in order, each released as soon as `body` returns.
    package consuming func drain(_ body: (inout [OrderRecord]) -> Void) {
        if !current.isEmpty { full.append(current) }
        current = []
        for c in full.indices {
            var chunk: [OrderRecord] = []
            swap(&chunk, &full[c])
            body(&chunk)
        }
    }

    /// Calls `body` with every record in order.
    package func forEach(_ body: (OrderRecord) -> Void) {
        for chunk in full { for r in chunk { body(r) } }
        for r in current { body(r) }
    }

    /// All records in one array (for tests and small files).
    package var all: [OrderRecord] {
        var result: [OrderRecord] = []
        result.reserveCapacity(count)
        for chunk in full { result += chunk }
        return result + current
    }
}
