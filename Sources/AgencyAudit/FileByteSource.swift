import AuditImport
import ExportContainers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file (or a byte range of it) with pread(2), a chunk at a time: bounded memory for files of any size.
///
/// Each instance has its own read position, so parts of one file can be read on different threads.
public final class FileByteSource: SplittableByteSource {
    private let fd: Int32
    public let path: String
    private let end: Int
    private var position: Int

    public convenience init(path: String) throws(ImportError) {
        try self.init(path: path, range: nil)
    }

    private init(path: String, range: Range<Int>?) throws(ImportError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: .system(.errno(errno))) }
        self.fd = fd
        var info = stat()
        let size = fstat(fd, &info) == 0 && info.st_size >= 0 ? Int(info.st_size) : Int.max
        position = range?.lowerBound ?? 0
        end = min(size, range?.upperBound ?? Int.max)
    }

    deinit { close(fd) }

    public var sizeHint: Int? { end == Int.max ? nil : end - position }

    public var totalSize: Int { end == Int.max ? 0 : end }

    public func part(_ range: Range<Int>) throws(ImportError) -> FileByteSource {
        try FileByteSource(path: path, range: range)
    }

    /// Opens the file anew by its path for each read-back, so no descriptor stays open meanwhile.
    public var reopener: @Sendable (Int) -> (any ByteSource)? {
        let path = self.path
        let end = self.end
        return { offset in try? FileByteSource(path: path, range: offset..<end) }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try readSome(into: buffer.baseAddress, count: min(buffer.count, end - position), at: position)
        position += n
        return n
    }

    public func peek(at offset: Int, count: Int) throws(ImportError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(0, count))
        var failure: ImportError?
        let n = bytes.withUnsafeMutableBytes { buffer in
            do throws(ImportError) {
                return try readSome(into: buffer.baseAddress, count: buffer.count, at: offset)
            } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        return Array(bytes[0..<n])
    }

    private func readSome(into address: UnsafeMutableRawPointer?, count: Int, at offset: Int) throws(ImportError) -> Int
    {
        guard count > 0 else { return 0 }
        while true {
            let n = pread(fd, address, count, off_t(offset))
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ImportError.unreadable(file: path, reason: .system(.errno(errno)))
        }
    }
}
