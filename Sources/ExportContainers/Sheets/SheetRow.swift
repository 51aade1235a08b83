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
/// its place (the last value wins), so a reader never has to sort. Reused row after row: the
/// buffers keep their capacity.
public struct SheetRowBuilder {
    /// The text of the cells so far, in the order they came.
    public private(set) var text: [UInt8] = []
    /// (column, start, end) of each cell so far, in the order they came.
    private var cells: [(column: Int, start: Int, end: Int)] = []
    private var inOrder = true
    private var denseText: [UInt8] = []
    private var ends: [Int] = []
    /// The column of the cell being written, and where its text starts.
    private var openColumn = -1
    private var openStart = 0

    /// The widest row handed on: XFD, Excel's last column. Cells beyond it are dropped.
    public static let maxColumns = 16_384

    public init() {
        text.reserveCapacity(4096)
        cells.reserveCapacity(64)
        ends.reserveCapacity(64)
    }

    /// Forgets the previous row.
    public mutating func reset() {
        text.removeAll(keepingCapacity: true)
        cells.removeAll(keepingCapacity: true)
        inOrder = true
        openColumn = -1
    }

    /// True when no cell has been added since the last reset.
    public var isEmpty: Bool { cells.isEmpty && openColumn < 0 }

    /// The column after the last cell added (where a cell without a reference goes).
    public var nextColumn: Int { openColumn >= 0 ? openColumn + 1 : (cells.last.map { $0.column + 1 } ?? 0) }

    /// Starts a cell in `column` (0-based); its text follows through `append` until `endCell()`.
    public mutating func beginCell(column: Int) {
        if openColumn >= 0 { endCell() }
        openColumn = column
        openStart = text.count
    }

    public mutating func append(_ byte: UInt8) { text.append(byte) }

    /// Lets `body` append to the open cell's text directly (a decoder writing as it goes).
    public mutating func appendText<R>(_ body: (inout [UInt8]) throws -> R) rethrows -> R { try body(&text) }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { text.append(contentsOf: bytes) }

    public mutating func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 { text.append(contentsOf: bytes) }

    /// Drops text appended to the open cell after `length` bytes of it.
    public mutating func truncateCell(to length: Int) {
        guard openColumn >= 0, text.count > openStart + length else { return }
        text.removeLast(text.count - openStart - length)
    }

    /// Bytes of the open cell so far.
    public var openCellLength: Int { openColumn >= 0 ? text.count - openStart : 0 }

    /// Ends the open cell (an empty cell is kept only as a place holder, which costs nothing).
    public mutating func endCell() {
        guard openColumn >= 0 else { return }
        let column = openColumn
        openColumn = -1
        guard column >= 0, column < Self.maxColumns else {
            text.removeLast(text.count - openStart)
            return
        }
        if let last = cells.last, column <= last.column { inOrder = false }
        if openStart != (cells.last?.end ?? 0) { inOrder = false }
        cells.append((column, openStart, text.count))
    }

    /// A whole cell at once.
    public mutating func addCell(column: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        beginCell(column: column)
        text.append(contentsOf: bytes)
        endCell()
    }

    /// Hands the row on to `body` as a `SheetRow`.
    public mutating func emit<R>(number: Int, position: Int, _ body: (SheetRow) throws -> R) rethrows -> R {
        endCell()
        ends.removeAll(keepingCapacity: true)
        if inOrder {
            // Cells in column order: the text is already dense except for skipped columns.
            var lastEnd = 0
            for c in cells {
                while ends.count < c.column { ends.append(lastEnd) }
                // A gap between one cell's end and the next one's start cannot happen in order.
                ends.append(c.end)
                lastEnd = c.end
            }
            return try text.withUnsafeBufferPointer { t in
                try ends.withUnsafeBufferPointer { e in try body(SheetRow(number: number, position: position, text: t, ends: e)) }
            }
        }
        // Out of order: place each column's last value.
        var latest: [Int: (start: Int, end: Int)] = [:]
        for c in cells { latest[c.column] = (c.start, c.end) }
        denseText.removeAll(keepingCapacity: true)
        for column in 0...(latest.keys.max() ?? -1) {
            if let r = latest[column] { denseText.append(contentsOf: text[r.start..<r.end]) }
            ends.append(denseText.count)
        }
        return try denseText.withUnsafeBufferPointer { t in
            try ends.withUnsafeBufferPointer { e in try body(SheetRow(number: number, position: position, text: t, ends: e)) }
        }
    }
}
