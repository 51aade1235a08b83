import AuditImport
import ExportContainers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes, read at any offset by opening the file for each read: nothing stays open
/// between reads, so a month of thousands of workbooks holds no descriptors while its orders wait
/// to be read back.
struct PathBytes: RandomAccessBytes {
    let path: String
    let count: Int

    init(path: String) throws(ImportError) {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(file: path, reason: .system(.errno(errno)))
        }
        count = Int(info.st_size)
    }

    func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard offset >= 0, offset < count, buffer.count > 0 else { return 0 }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ImportError.unreadable(file: path, reason: .system(.errno(errno))) }
        defer { close(fd) }
        var done = 0
        let want = min(buffer.count, count - offset)
        while done < want {
            let n = pread(fd, buffer.baseAddress! + done, want - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError.unreadable(file: path, reason: .system(.errno(errno)))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
