/// One row of a worksheet: each cell's text as UTF-8, the cells dense from column A.
///
/// Borrowed from the reader's buffers for the length of the callback it is passed to; copy out
/// what you keep. Every reader (xlsx, BIFF8, HTML table) hands rows on in this one shape, so the
/// importer treats a sheet row like a CSV record.
public struct SheetRow {
    /// 1-based row number, as the spreadsheet shows it.
    public let number: Int
    /// Where the row starts in its sheet's stream: `WorkbookReader.forEachRow(inSheet:from:)`
    /// given it reads this row again.
    public let position: Int
    /// The cells' text laid end to end.
    public let text: UnsafeBufferPointer<UInt8>
    /// Where column `i`'s text ends in `text`; it starts where column `i - 1`'s ends (0 for A).
    public let ends: UnsafeBufferPointer<Int>

    public init(number: Int, position: Int, text: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>) {
        self.number = number
        self.position = position
        self.text = text
        self.ends = ends
    }

    /// Columns up to the last one with a cell (empty cells inside included).
    public var count: Int { ends.count }

    /// The byte range of column `index`'s text in `text` (empty past the last column).
    public func range(_ index: Int) -> Range<Int> {
        guard index >= 0, index < ends.count else { return 0..<0 }
        return (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    /// Calls `body` with column `index`'s text (empty past the last column).
    public func withCell<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(rebasing: text[range(index)]))
    }

    /// Column `index`'s text as a `String`.
    public func string(_ index: Int) -> String { withCell(index) { String(decoding: $0, as: UTF8.self) } }

    /// Every column's text.
    public var strings: [String] { (0..<count).map(string) }
}

/// Gathers one row's cells as a reader finds them, then hands the row on as a `SheetRow`.
///
/// Cells normally come in column order; one that comes out of order (or twice) is still put in
/// its place (the last value wins), so a reader never has to sort. Reused row after row, in memory
/// it owns: appending a byte is a store, not an array append (this runs for every cell of every
/// row of a sheet of a million rows). Not copyable: it frees its memory when it goes.
public struct SheetRowBuilder: ~Copyable {
    private struct Cell {
        var column: Int
        var start: Int
        var end: Int
    }

    private var text: UnsafeMutablePointer<UInt8>
    private var textCount = 0
    private var textCapacity: Int
    private var cells: UnsafeMutablePointer<Cell>
    private var cellCount = 0
    private var cellCapacity: Int
    private var ends: UnsafeMutablePointer<Int>
    private var endsCapacity: Int
    /// A text-appending function's output, then copied in (decoders that write to an array).
    private var scratch: [UInt8] = []
    private var inOrder = true
    /// The column of the cell being written, and where its text starts.
    private var openColumn = -1
    private var openStart = 0

    /// The widest row handed on: XFD, Excel's last column. Cells beyond it are dropped.
    public static let maxColumns = 16_384

    public init() {
        textCapacity = 4096
        text = .allocate(capacity: textCapacity)
        cellCapacity = 64
        cells = .allocate(capacity: cellCapacity)
        endsCapacity = 64
        ends = .allocate(capacity: endsCapacity)
    }

    deinit {
        text.deallocate()
        cells.deallocate()
        ends.deallocate()
    }

    /// Forgets the previous row.
    public mutating func reset() {
        textCount = 0
        cellCount = 0
        inOrder = true
        openColumn = -1
    }

    /// True when no cell has been added since the last reset.
    public var isEmpty: Bool { cellCount == 0 && openColumn < 0 }

    /// True when some cell of the row has text.
    public var hasText: Bool { textCount > 0 }

    /// The column after the last cell added (where a cell without a reference goes).
    public var nextColumn: Int {
        openColumn >= 0 ? openColumn + 1 : (cellCount > 0 ? cells[cellCount - 1].column + 1 : 0)
    }

    /// Starts a cell in `column` (0-based); its text follows through `append` until `endCell()`.
    @inline(__always)
    public mutating func beginCell(column: Int) {
        if openColumn >= 0 { endCell() }
        openColumn = column
        openStart = textCount
    }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if textCount == textCapacity { growText(to: textCount + 1) }
        text[textCount] = byte
        textCount += 1
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if textCount + bytes.count > textCapacity { growText(to: textCount + bytes.count) }
        (text + textCount).update(from: base, count: bytes.count)
        textCount += bytes.count
    }

    public mutating func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 {
        for b in bytes { append(b) }
    }

    /// Lets `body` append to the open cell's text through an array (decoders that write to one).
    public mutating func appendText<R>(_ body: (inout [UInt8]) throws -> R) rethrows -> R {
        scratch.removeAll(keepingCapacity: true)
        let result = try body(&scratch)
        scratch.withUnsafeBufferPointer { append($0) }
        return result
    }

    /// Drops text appended to the open cell after `length` bytes of it.
    public mutating func truncateCell(to length: Int) {
        guard openColumn >= 0, textCount > openStart + length else { return }
        textCount = openStart + length
    }

    /// The open cell's text so far.
    public var openCellText: [UInt8] {
        openColumn >= 0 ? Array(UnsafeBufferPointer(start: text + openStart, count: textCount - openStart)) : []
    }

    /// Ends the open cell.
    @inline(__always)
    public mutating func endCell() {
        guard openColumn >= 0 else { return }
        let column = openColumn
        openColumn = -1
        guard column < Self.maxColumns else {
            textCount = openStart
            return
        }
        if cellCount > 0 {
            let last = cells[cellCount - 1]
            if column <= last.column || openStart != last.end { inOrder = false }
        } else if openStart != 0 {
            inOrder = false
        }
        if cellCount == cellCapacity { growCells() }
        cells[cellCount] = Cell(column: column, start: openStart, end: textCount)
        cellCount += 1
    }

    /// Hands the row on to `body` as a `SheetRow`.
    public mutating func emit<R>(number: Int, position: Int, _ body: (SheetRow) throws -> R) rethrows -> R {
        endCell()
        let width =
            cellCount == 0
            ? 0 : (inOrder ? cells[cellCount - 1].column + 1 : (0..<cellCount).map { cells[$0].column }.max()! + 1)
        if width > endsCapacity {
            ends.deallocate()
            endsCapacity = max(width, endsCapacity * 2)
            ends = .allocate(capacity: endsCapacity)
        }
        if inOrder {
            // Cells in column order: the text is already dense but for skipped columns.
            var k = 0
            var lastEnd = 0
            for c in 0..<cellCount {
                let cell = cells[c]
                while k < cell.column {
                    ends[k] = lastEnd
                    k += 1
                }
                ends[k] = cell.end
                lastEnd = cell.end
                k += 1
            }
            return try body(
                SheetRow(
                    number: number, position: position, text: UnsafeBufferPointer(start: text, count: textCount),
                    ends: UnsafeBufferPointer(start: ends, count: width)))
        }
        // Out of order: place each column's last value.
        var latest = [Int: (start: Int, end: Int)]()
        for c in 0..<cellCount { latest[cells[c].column] = (cells[c].start, cells[c].end) }
        var dense: [UInt8] = []
        dense.reserveCapacity(textCount)
        for column in 0..<width {
            if let r = latest[column] {
                dense.append(contentsOf: UnsafeBufferPointer(start: text + r.start, count: r.end - r.start))
            }
            ends[column] = dense.count
        }
        let e = UnsafeBufferPointer(start: ends, count: width)
        return try dense.withUnsafeBufferPointer { t in
            try body(SheetRow(number: number, position: position, text: t, ends: e))
        }
    }

    private mutating func growText(to needed: Int) {
        var capacity = textCapacity * 2
        while capacity < needed { capacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: text, count: textCount)
        text.deallocate()
        text = bigger
        textCapacity = capacity
    }

    private mutating func growCells() {
        let bigger = UnsafeMutablePointer<Cell>.allocate(capacity: cellCapacity * 2)
        bigger.moveInitialize(from: cells, count: cellCount)
        cells.deallocate()
        cells = bigger
        cellCapacity *= 2
    }
}
