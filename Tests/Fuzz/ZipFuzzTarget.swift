// libFuzzer entry point for the zip reader (`Tests/Fuzz/run-reader.sh Zip`): any bytes as an
// archive. Traps when reading an entry crashes, runs past its limits, or gives different bytes
// when read as a whole and streamed.

@_cdecl("LLVMFuzzerTestOneInput")
public func zipFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = MemoryBytes(Array(UnsafeBufferPointer(start: data, count: size)))
    var limits = ZipLimits()
    limits.freeInflatedSize = 1 << 16
    limits.maxRatio = 50
    limits.maxArchiveInflated = 1 << 20
    limits.memoryLimit = 1 << 20
    guard let archive = try? ZipArchive(bytes, limits: limits) else { return 0 }
    var budget = InflateBudget(limits: limits)
    for entry in archive.entries.prefix(16) {
        if entry.dataOffset + entry.compressedSize > size { fatalError("an entry's data runs past the file") }
        guard let contents = try? archive.contents(of: entry, budget: &budget, spillDirectory: nil) else { continue }
        if contents.count != entry.uncompressedSize { fatalError("entry size differs from the directory's") }
        var streamed: [UInt8] = []
        var again = InflateBudget(limits: limits)
        let streamedOK =
            (try? archive.inflate(
                entry, budget: &again, into: { streamed.append(contentsOf: $0.bindMemory(to: UInt8.self)) })) != nil
        // A deflated entry read whole went through the same checks; a stored one is read in place
        // unchecked (its CRC is checked only when streamed).
        if entry.method == 8, !streamedOK { fatalError("a deflated entry read whole could not be streamed") }
        if streamedOK, streamed != (try? contents.bytes(at: 0, count: contents.count)) ?? [] {
            fatalError("streamed and whole differ")
        }
        if budget.inflated > limits.maxArchiveInflated { fatalError("budget passed") }
        if XLSXWorkbook.isWorkbook(archive) {
            _ = try? XLSXWorkbook(archive: archive, budget: &budget, spillDirectory: nil)
        }
    }
    return 0
}
