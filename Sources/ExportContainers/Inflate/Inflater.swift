/// A streaming decoder of raw DEFLATE (RFC 1951), the compression of zip entries and xlsx parts.
///
/// Input may come in pieces of any size, down to one byte; the output is the same whatever the
/// split, handed to a sink in pieces of up to about 96 KiB. Its memory is fixed, whatever the
/// input: the 32 KiB window, 64 KiB of output after it and the decoding tables, 110 KiB in all.
/// Invalid data throws `ContainerError.corrupt`; after any error the decoder stays failed and
/// throws that error again.
///
/// A copy taken mid-stream continues independently of the original.
public struct Inflater {
    private var memory: InflaterMemory
    private var machine: InflateMachine
    private var failure: (any Error)?

    public init() {
        memory = InflaterMemory()
        machine = InflateMachine(memory: memory.base)
    }

    /// Decompresses the next piece of a raw DEFLATE stream, handing output to `sink` in pieces.
    ///
    /// Returns the input bytes consumed: all of `input`, or fewer only when the final block ended
    /// inside it (bytes after the stream's end are left unconsumed). `isFinal`: no more input will
    /// follow; if the stream has not ended by then, throws `ContainerError.truncated`. Errors the
    /// sink throws (to stop at a size limit, say) propagate unchanged. Before a corrupt or
    /// truncated stream is reported, the output decoded up to the fault is handed to the sink.
    public mutating func inflate(
        _ input: UnsafeRawBufferPointer, isFinal: Bool,
        into sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws -> Int {
        if let failure { throw failure }
        if !isKnownUniquelyReferenced(&memory) {
            memory = InflaterMemory(copying: memory)
            machine.memory = memory.base
        }
        do {
            return try machine.run(input, isFinal: isFinal, into: sink)
        } catch let carried as SinkFailure {
            failure = carried.error
            throw carried.error
        } catch {
            failure = error
            throw error
        }
    }

    /// True once the final block has ended.
    public var isFinished: Bool { machine.phase == .done }

    /// Total bytes produced so far.
    public var totalOut: Int { machine.totalOut }

    /// Convenience: a whole stream at once; throws `ContainerError.limitExceeded` when the output passes `limit`.
    ///
    /// Bytes after the stream's end are ignored.
    public static func inflate(_ data: [UInt8], limit: Int) throws -> [UInt8] {
        var inflater = Inflater()
        var output: [UInt8] = []
        try data.withUnsafeBytes { input in
            _ = try inflater.inflate(input, isFinal: true) { piece in
                guard piece.count <= limit - output.count else {
                    throw ContainerError.limitExceeded(.deflateOutput(limit: limit))
                }
                output.append(contentsOf: piece)
            }
        }
        return output
    }
}
