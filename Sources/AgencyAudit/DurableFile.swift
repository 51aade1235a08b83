#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file and flushes it to the disk before saying it is written.
enum DurableFile {
    /// A system call failed with `code` (errno).
    struct Failure: Error {
        var code: Int32
    }

    /// Writes `bytes` to a new file at `path` (replacing one there) and flushes it, so a power cut
    /// after the file is renamed into place never leaves an empty report behind.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(code: errno) }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            done += n
        }
        // A file system that cannot flush (EINVAL) has nothing to flush to; a failing disk must be said.
        if fsync(fd) != 0, errno != EINVAL { throw Failure(code: errno) }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }
}
