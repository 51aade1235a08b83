import AuditRecords

/// Reads chosen rows of an export again, by their position in the file's text: the full orders
/// behind the records a finding names.
///
/// Only numbers and keys of each order stay in memory through the audit (`OrderRecord`); names,
/// phones and addresses are wanted for a few dozen orders, in the evidence. The rows are found
/// again where the import saw them: in a UTF-8 file at the same byte, in a converted one
/// (GB18030, UTF-16) from the nearest decoding checkpoint at most 64 KiB before, and parsed by the
/// same code, so the order read back is the one imported.
final class ExportRowReader: OrderDetailSource {
    private let header: HeaderMatch
    private let encoding: TextEncoding
    private let delimiter: UInt8
    /// For UTF-8: the file offset of the text's first byte (the byte-order mark's length).
    private let textStart: Int
    /// For a converted encoding: where decoding can start again (ascending, absolute file offsets).
    private let checkpoints: [DecodeCheckpoint]
    private let opener: ExportOpener

    init(
        header: HeaderMatch, encoding: TextEncoding, delimiter: UInt8, textStart: Int, checkpoints: [DecodeCheckpoint],
        opener: ExportOpener
    ) {
        self.header = header
        self.encoding = encoding
        self.delimiter = delimiter
        self.textStart = textStart
        self.checkpoints = checkpoints
        self.opener = opener
    }

    /// This reader's part of a split file, then `second` after it: one reader over the whole file
    /// `opener`. The second part counted its bytes and text positions from 0; it starts `raw`
    /// bytes into the file and `text` bytes into the file's text.
    func joined(with second: ExportRowReader, secondStartsAt raw: Int, text: Int, opener: ExportOpener)
        -> ExportRowReader
    {
        let moved = second.checkpoints.map { DecodeCheckpoint(raw: $0.raw + raw, decoded: $0.decoded + text) }
        return ExportRowReader(
            header: header, encoding: encoding, delimiter: delimiter, textStart: textStart,
            checkpoints: checkpoints + moved,
            opener: opener)
    }

    private struct Stop: Error {}

    func orders(_ records: [OrderRecord]) -> [Order?] {
        var result = [Order?](repeating: nil, count: records.count)
        let wanted = records.indices.sorted { (records[$0].position, $0) < (records[$1].position, $1) }
        var k = 0
        while k < wanted.count {
            let startedAt = k
            let target = Int(records[wanted[k]].position)
            let (raw, decoded) = start(for: target)
            if let source = opener.open(raw) {
                var reader = CSVReader(
                    source: source, chunkSize: 64 << 10, encoding: encoding, delimiter: delimiter,
                    firstLine: records[wanted[k]].location.line, skipBytes: target - decoded)
                var mapper = OrderRowMapper()
                let header = self.header
                try? reader.forEachRecord { record in
                    let at = decoded + record.offset
                    while k < wanted.count, Int(records[wanted[k]].position) < at { k += 1 }
                    guard k < wanted.count else { throw Stop() }
                    let next = Int(records[wanted[k]].position)
                    // Far ahead: start again from a checkpoint near it rather than read everything between.
                    if next - at > 4 << 20 { throw Stop() }
                    guard next == at else { return }
                    let location = records[wanted[k]].location
                    let order = try? mapper.order(FieldReader(record: record, header: header), location: location)
                    while k < wanted.count, Int(records[wanted[k]].position) == at {
                        // Only the row imported at this place: its id must match.
                        if let order, order.idKey == records[wanted[k]].idKey { result[wanted[k]] = order }
                        k += 1
                    }
                }
            }
            if k == startedAt { k += 1 }
        }
        return result
    }

    /// Where to open the file and the text position there, to reach text position `target`.
    private func start(for target: Int) -> (raw: Int, decoded: Int) {
        guard encoding.iconvName != nil else { return (textStart + target, target) }
        var lo = 0
        var hi = checkpoints.count - 1
        guard hi >= 0, checkpoints[0].decoded <= target else { return (textStart, 0) }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if checkpoints[mid].decoded <= target { lo = mid } else { hi = mid - 1 }
        }
        return (checkpoints[lo].raw, checkpoints[lo].decoded)
    }
}

/// Opens an export again from a byte offset to its end.
struct ExportOpener: Sendable {
    private let reopen: @Sendable (Int) -> (any ByteSource)?

    init<S: SplittableByteSource>(_ source: S) { reopen = source.reopener }

    func open(_ offset: Int) -> AnyByteSource? { reopen(offset).map(AnyByteSource.init) }
}

/// Any byte source, as one concrete type for `CSVReader`.
struct AnyByteSource: ByteSource {
    private var base: any ByteSource
    init(_ base: any ByteSource) { self.base = base }
    var sizeHint: Int? { base.sizeHint }
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int { try base.read(into: buffer) }
}
