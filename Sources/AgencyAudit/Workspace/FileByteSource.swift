#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file with read(2), a chunk at a time: bounded memory for files of any size.
public final class FileByteSource: ByteSource {
    private let fd: Int32
    public let path: String

    public init(path: String) throws(ImportError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        self.fd = fd
    }

    deinit { close(fd) }

    public var sizeHint: Int? {
        var info = stat()
        return fstat(fd, &info) == 0 && info.st_size >= 0 ? Int(info.st_size) : nil
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw ImportError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
    }
}
