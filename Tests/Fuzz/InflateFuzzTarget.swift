// libFuzzer entry point for the DEFLATE decoder. Built by Tests/Fuzz/run-reader.sh Inflate together
// with the ExportContainers sources into one module (not by SwiftPM).
//
// Every input is taken as a raw DEFLATE stream and inflated twice: whole, and in pieces whose sizes
// are derived from the input (1 to 40 bytes, now and then up to 5,000). It traps (so libFuzzer
// keeps the input) when an invariant breaks:
// - both readings give the same output, consume the same bytes and end the same way (finished, or
//   the same ContainerError);
// - the output stays within the sink's limit (1 MiB) and `totalOut` counts what was handed on;
// - bytes consumed never exceed the input, and only a finished stream leaves any unconsumed;
// - the convenience `Inflater.inflate(_:limit:)` agrees with the whole reading.

#if canImport(Glibc)
    import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func inflateFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeRawBufferPointer(start: data, count: size)
    let whole = InflateFuzzReading(input, pieces: nil, into: inflateFuzzOutputs[0])
    let pieces = InflateFuzzReading(input, pieces: inflateFuzzPieceSizes(input), into: inflateFuzzOutputs[1])
    if whole.limited || pieces.limited {
        // The sink stops at a different piece; what came before must agree.
        if !whole.sameOutput(as: pieces, upTo: min(whole.count, pieces.count)) {
            fatalError("output differs before the limit")
        }
        return 0
    }
    if whole.count != pieces.count || !whole.sameOutput(as: pieces, upTo: whole.count) {
        fatalError("output differs: \(whole.count) vs \(pieces.count) bytes")
    }
    if whole.consumed != pieces.consumed {
        fatalError("consumed \(whole.consumed) whole vs \(pieces.consumed) in pieces")
    }
    if whole.error != pieces.error {
        fatalError("whole: \(String(describing: whole.error)), pieces: \(String(describing: pieces.error))")
    }
    let convenience = try? Inflater.inflate(Array(input), limit: inflateFuzzLimit)
    if let convenience {
        let same = convenience.withUnsafeBytes {
            $0.count == whole.count && (whole.count == 0 || memcmp($0.baseAddress!, whole.output, whole.count) == 0)
        }
        if whole.error != nil || !same { fatalError("Inflater.inflate(_:limit:) disagrees") }
    } else if whole.error == nil {
        fatalError("Inflater.inflate(_:limit:) failed on a valid stream")
    }
    return 0
}

/// Output beyond this stops a reading: a 64 KB input can inflate to 66 MB.
private let inflateFuzzLimit = 1 << 20

/// Where the two readings put their output, allocated once: fresh megabytes for every input would
/// cost the fuzzer more than the inflating.
nonisolated(unsafe) private let inflateFuzzOutputs = [
    UnsafeMutablePointer<UInt8>.allocate(capacity: inflateFuzzLimit),
    UnsafeMutablePointer<UInt8>.allocate(capacity: inflateFuzzLimit),
]

private struct InflateFuzzLimit: Error {}

/// One reading of the input: the output (in a shared buffer), how it ended.
private struct InflateFuzzReading {
    let output: UnsafeMutablePointer<UInt8>
    var count = 0
    var consumed = 0
    var limited = false
    var error: ContainerError?

    init(_ input: UnsafeRawBufferPointer, pieces: [Int]?, into output: UnsafeMutablePointer<UInt8>) {
        self.output = output
        var inflater = Inflater()
        var count = 0
        let sink: (UnsafeRawBufferPointer) throws -> Void = { piece in
            guard piece.count <= inflateFuzzLimit - count else { throw InflateFuzzLimit() }
            if piece.count > 0 { memcpy(output + count, piece.baseAddress!, piece.count) }
            count += piece.count
        }
        do {
            if let pieces {
                var position = 0
                for size in pieces {
                    let end = min(input.count, position + size)
                    let used = try inflater.inflate(
                        UnsafeRawBufferPointer(rebasing: input[position..<end]), isFinal: end == input.count, into: sink
                    )
                    if used > end - position { fatalError("consumed more than given") }
                    if used < end - position, !inflater.isFinished {
                        fatalError("left input unconsumed before the end")
                    }
                    position += used
                    if inflater.isFinished || end == input.count { break }
                }
                consumed = position
            } else {
                consumed = try inflater.inflate(input, isFinal: true, into: sink)
                if consumed > input.count { fatalError("consumed more than given") }
            }
            if !inflater.isFinished { fatalError("returned without finishing on the final piece") }
        } catch is InflateFuzzLimit {
            limited = true
        } catch let error as ContainerError {
            self.error = error
            if inflater.isFinished { fatalError("finished yet threw \(error)") }
        } catch {
            fatalError("unexpected error \(error)")
        }
        self.count = count
        if !limited, inflater.totalOut != count { fatalError("totalOut \(inflater.totalOut) ≠ \(count) handed on") }
    }

    func sameOutput(as other: InflateFuzzReading, upTo n: Int) -> Bool {
        n == 0 || memcmp(output, other.output, n) == 0
    }
}

/// Piece sizes from the input's own bytes, so libFuzzer explores the splits along with the data.
private func inflateFuzzPieceSizes(_ input: UnsafeRawBufferPointer) -> [Int] {
    var state: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in input.prefix(64) { state = (state ^ UInt64(byte)) &* 0x100_0000_01B3 }
    var sizes: [Int] = []
    var total = 0
    // At least one piece, so an empty input is read (with isFinal) too.
    repeat {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let r = Int(truncatingIfNeeded: state >> 33)
        let size = r % 16 == 0 ? 1 + r % 5000 : 1 + r % 40
        sizes.append(size)
        total += size
    } while total < input.count
    return sizes
}
