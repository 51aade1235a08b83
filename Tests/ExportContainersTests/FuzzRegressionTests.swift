import Testing

@testable import ExportContainers

/// Inputs the container fuzzers found (Tests/Fuzz/run-reader.sh), kept so they stay fixed.
@Suite struct FuzzRegressionTests {
    private static func rows(_ part: WorksheetPart, chunk: Int) -> [String] {
        var out: [String] = []
        do {
            try part.forEachRow(from: nil, to: nil, chunkSize: chunk) {
                out.append("\($0.number)@\($0.position) \($0.strings)")
                return true
            }
        } catch {
            out.append("error \(error)")
        }
        return out
    }

    /// The fast row path took a cell whose buffer ended within its first six bytes for an unusual
    /// one, so a small chunk read the row differently from a large one.
    @Test func aCellCutAtTheBufferEndReadsAsWithOneBuffer() throws {
        let input = try FixtureFiles.bytes("FuzzCrashes/sheetxml-cell-cut-at-buffer-end.xml")
        let part = WorksheetPart(
            bytes: MemoryBytes(input), sharedStrings: SharedStrings(), styles: [.number, .dateTime, .date],
            date1904: false)
        let whole = Self.rows(part, chunk: 1 << 20)
        #expect(whole.count == 2)
        for chunk in [16, 64, 65, 100, 257] {
            #expect(Self.rows(part, chunk: chunk) == whole, "chunk \(chunk)")
        }
    }
}
