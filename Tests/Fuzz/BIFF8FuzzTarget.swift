// libFuzzer entry point for the BIFF8 workbook reader. Built by Tests/Fuzz/run-reader.sh with the
// ExportContainers sources into one module, so it can check internal invariants.
//
// The input is taken as a raw `Workbook` stream, past the compound-file layer (that layer has its
// own target). For every sheet of every input that opens, it reads the rows and traps (so libFuzzer
// keeps the input) when an invariant breaks:
// - row numbers ascend within a sheet and stay within BIFF8's 65,536 rows;
// - reading from a row's position gives that row again (number, position and cells);
// - every cell's text is valid UTF-8;
// - the shared strings never outnumber the bytes that could hold them.
// Errors thrown by the reader are fine; crashes and hangs (libFuzzer's timeout) are not.

@_cdecl("LLVMFuzzerTestOneInput")
public func biff8FuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let stream = Array(UnsafeBufferPointer(start: data, count: size))
    guard let book = try? BIFF8Workbook(workbookStream: stream) else { return 0 }
    // A string costs at least its 3-byte header.
    if book.sharedStrings.count > stream.count / 3 + 1 {
        fatalError("\(book.sharedStrings.count) shared strings from \(stream.count) bytes")
    }
    for sheet in book.sheets.indices { checkSheet(book, sheet) }
    return 0
}

/// A row copied out of the reader's buffers: its text laid end to end and where each cell ends.
private struct FuzzRow: Equatable {
    let number: Int
    let position: Int
    let text: [UInt8]
    let ends: [Int]

    init(_ row: SheetRow) {
        number = row.number
        position = row.position
        text = Array(row.text)
        ends = Array(row.ends)
    }
}

private func checkSheet(_ book: BIFF8Workbook, _ sheet: Int) {
    var rows: [FuzzRow] = []
    do {
        try book.forEachRow(inSheet: sheet, from: nil) {
            rows.append(FuzzRow($0))
            return true
        }
    } catch {
        return
    }
    var previous = 0
    for row in rows {
        if row.number <= previous || row.number > 65_536 { fatalError("row \(row.number) after row \(previous)") }
        previous = row.number
        // Cells end on UTF-8 boundaries when the whole text is UTF-8 and every cell is too; checking
        // each cell catches a cell cut inside a character.
        var start = 0
        for end in row.ends {
            if String(validating: row.text[start..<end], as: UTF8.self) == nil {
                fatalError("row \(row.number): a cell is not UTF-8")
            }
            start = end
        }
    }
    for row in rows {
        var again: FuzzRow?
        do {
            try book.forEachRow(inSheet: sheet, from: row.position) {
                again = FuzzRow($0)
                return false
            }
        } catch {
            fatalError("reading again from row \(row.number)'s position threw \(error)")
        }
        if again != row { fatalError("row \(row.number) read again from \(row.position) differs") }
    }
}
