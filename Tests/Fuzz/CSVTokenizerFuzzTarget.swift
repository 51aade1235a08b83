// libFuzzer entry point for the CSV tokenizer alone (`TARGET=CSVTokenizer Tests/Fuzz/run.sh`):
// thousands of inputs a second, where the whole-pipeline target runs about twenty.
//
// Traps (so libFuzzer keeps the input) when the records depend on the chunk size the bytes come
// in, or when a record's line numbers go backwards.

@_cdecl("LLVMFuzzerTestOneInput")
public func csvTokenizerFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = records(bytes, chunk: 1 << 20)
    let small = records(bytes, chunk: 1 + size % 23)
    if let whole, let small, whole != small {
        fatalError("chunk size changed the records: \(whole.count) vs \(small.count)")
    }
    if let whole {
        var last = 0
        for r in whole {
            guard let line = Int(r.last!), line > last else { fatalError("line numbers not ascending") }
            last = line
        }
    }
    return 0
}

private func records(_ bytes: [UInt8], chunk: Int) -> [[String]]? {
    var reader = CSVReader(
        source: MemoryByteSource(bytes, maxChunk: chunk), chunkSize: max(16, chunk), maxRecordBytes: 1 << 12)
    var rows: [[String]] = []
    do {
        try reader.forEachRecord { rows.append($0.strings + [$0.defect.map { "\($0)" } ?? "", String($0.line)]) }
    } catch {
        return nil
    }
    return rows
}
