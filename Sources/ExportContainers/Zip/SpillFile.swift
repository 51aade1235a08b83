#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inflated bytes too big to keep in memory, in a temporary file that disappears with this value.
///
/// The file is unlinked as soon as it is created: it has no name on disk, so nothing is left
/// behind even if the process is killed, and the space is returned when this value goes (its
/// descriptor is closed). It is written through a `Writer` and read only once finished, so the
/// finished file is immutable and safe to read from any thread (pread keeps no position).
public final class SpillFile: RandomAccessBytes, Sendable {
    private let fd: Int32
    public let count: Int

    fileprivate init(fd: Int32, count: Int) {
        self.fd = fd
        self.count = count
    }

    deinit { close(fd) }

    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < count, buffer.count > 0 else { return 0 }
        while true {
            let n = pread(fd, buffer.baseAddress, min(buffer.count, count - offset), off_t(offset))
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ContainerError.truncated(.spillFileRead)
        }
    }

    /// Writes a spill file, a buffer at a time; `finish()` hands over the readable file.
    public final class Writer {
        /// -1 once finished: the descriptor then belongs to the `SpillFile`.
        private var fd: Int32
        public private(set) var count = 0
        private var pending: [UInt8] = []

        /// Creates an anonymous file in `directory`.
        public init(directory: String) throws {
            var template =
                Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
                + Array("agency-audit-XXXXXX".utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else {
                throw ContainerError.limitExceeded(.spillFileNotCreated(directory: directory, .errno(errno)))
            }
            _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
            self.fd = fd
            pending.reserveCapacity(1 << 20)
        }

        deinit { if fd >= 0 { close(fd) } }

        /// Appends bytes (buffered).
        public func append(_ bytes: UnsafeRawBufferPointer) throws {
            pending.append(contentsOf: bytes.bindMemory(to: UInt8.self))
            if pending.count >= 1 << 20 { try flush() }
        }

        /// Writes what is buffered and hands the file over for reading; the writer is spent.
        public func finish() throws -> SpillFile {
            precondition(fd >= 0, "a spill file is finished once")
            try flush()
            let file = SpillFile(fd: fd, count: count)
            fd = -1
            return file
        }

        private func flush() throws {
            var done = 0
            while done < pending.count {
                let n = pending.withUnsafeBytes {
                    pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(count + done))
                }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ContainerError.limitExceeded(.spillFileWrite(.errno(errno)))
                }
                done += n
            }
            count += pending.count
            pending.removeAll(keepingCapacity: true)
        }
    }
}
