// libFuzzer entry point for the OLE2 compound-file reader. Built by Tests/Fuzz/run-reader.sh with
// the ExportContainers sources into one module, so it can check internal invariants.
//
// For every input that opens, it reads every stream and traps (so libFuzzer keeps the input) when
// an invariant breaks:
// - a stream read is never larger than the file;
// - the same stream read twice is the same bytes (no state leaks between reads);
// - a stream is found under its name in any letter case.
// Then it opens the workbook, if there is one, and reads every row, so inputs that reach the BIFF8
// layer through a real compound file are exercised too. Errors thrown by the readers are fine;
// crashes and hangs (libFuzzer's timeout) are not.

@_cdecl("LLVMFuzzerTestOneInput")
public func compoundFileFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let file = try? CompoundFile(MemoryBytes(bytes)) else { return 0 }
    _ = file.isEncryptedPackage
    for name in file.streamNames {
        guard let stream = try? file.stream(named: name) else { continue }
        if stream.count > bytes.count {
            fatalError("stream \(name) of \(stream.count) bytes from a file of \(bytes.count)")
        }
        if (try? file.stream(named: name)) != stream { fatalError("stream \(name) read twice differs") }
        if (try? file.stream(named: name.lowercased())) == nil { fatalError("stream \(name) not found in lower case") }
    }
    guard let book = try? BIFF8Workbook(file) else { return 0 }
    for sheet in book.sheets.indices {
        var previous = 0
        try? book.forEachRow(inSheet: sheet, from: nil) { row in
            if row.number <= previous { fatalError("row \(row.number) after row \(previous)") }
            previous = row.number
            return true
        }
    }
    return 0
}
