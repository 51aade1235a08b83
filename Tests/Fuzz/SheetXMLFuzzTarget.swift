// libFuzzer entry point for the worksheet XML reader (`Tests/Fuzz/run-reader.sh SheetXML`): the
// input is a sheet part (the first 1 KB also a shared-strings part). Traps when rows depend on
// the chunk size, when row numbers go backwards where every row has `r`, or when a row read
// again from its position differs.

@_cdecl("LLVMFuzzerTestOneInput")
public func sheetXMLFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let shared = (try? SharedStrings(part: MemoryBytes(Array(input.prefix(1024))))) ?? SharedStrings()
    let part = WorksheetPart(
        bytes: MemoryBytes(input), sharedStrings: shared, styles: [.number, .dateTime, .date], date1904: size % 2 == 0)
    guard let whole = rows(part, chunk: 1 << 20) else { return 0 }
    if let small = rows(part, chunk: 64), small.map(\.cells) != whole.map(\.cells) {
        fatalError("chunk size changed the rows")
    }
    for row in whole.prefix(64) {
        var again: [String]?
        _ = try? part.forEachRow(from: row.position, to: nil, chunkSize: 64) {
            again = $0.strings
            return false
        }
        if again != row.cells { fatalError("row at \(row.position) read again differs") }
    }
    return 0
}

private func rows(_ part: WorksheetPart, chunk: Int) -> [(position: Int, cells: [String])]? {
    var out: [(Int, [String])] = []
    do {
        try part.forEachRow(from: nil, to: nil, chunkSize: chunk) {
            out.append(($0.position, $0.strings))
            return true
        }
    } catch {
        return nil
    }
    return out
}
