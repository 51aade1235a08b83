import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system calls the writer makes, named apart from its own `write` and `close` methods.
private enum SystemCall {
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
        #if canImport(Glibc)
            Glibc.open(path, flags, mode)
        #else
            Darwin.open(path, flags, mode)
        #endif
    }

    @discardableResult
    static func close(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.close(descriptor)
        #else
            Darwin.close(descriptor)
        #endif
    }

    static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, bytes, count)
        #else
            Darwin.write(descriptor, bytes, count)
        #endif
    }

    static func pwrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, _ offset: off_t) -> Int {
        #if canImport(Glibc)
            Glibc.pwrite(descriptor, bytes, count, offset)
        #else
            Darwin.pwrite(descriptor, bytes, count, offset)
        #endif
    }
}

/// Writes a zip archive to a file, entry by entry, the way Apache POI's writer (commons-compress)
/// does when it writes to a file: each entry's data streamed after its local header, then the
/// header patched in place with the CRC and sizes, so no data descriptor follows the data.
///
/// Names are UTF-8 with general-purpose flag bit 11 set; version fields are those of Java's
/// writers (10 to extract a stored entry, 20 a deflated one, 45 with ZIP64, "made by" the same).
/// ZIP64 only where it is needed: a streamed entry reserves a ZIP64 extra field in its local
/// header (as commons-compress does when the size is unknown) and it is filled in with the real
/// sizes; the central directory carries a ZIP64 field only for an entry whose size or offset
/// passes 4 GiB, and a ZIP64 end record follows only when the directory's offset or size does.
/// Every byte comes from the content and the caller's timestamp, so writing the same content
/// twice gives the same file.
final class ZipWriter {
    enum Method {
        case stored, deflated

        var code: UInt16 { self == .stored ? 0 : 8 }
        /// The version needed to extract it without ZIP64.
        var version: UInt16 { self == .stored ? 10 : 20 }
    }

    /// The archive's full path, for error messages.
    let path: String
    private let modified: ArchiveTimestamp
    /// Sizes and offsets from this on are written as ZIP64: 0xFFFFFFFF in a 32-bit field means
    /// "see the ZIP64 field". Lowered only by tests, to exercise ZIP64 without writing 4 GiB.
    private let zip64Threshold: Int
    private var descriptor: Int32 = -1
    /// Bytes gathered before they are written; `offset` counts them as written.
    private var pending: [UInt8] = []
    private static let pendingLimit = 1 << 20
    /// Where the next byte goes in the archive.
    private var offset = 0
    private var central: [Entry] = []
    private var open: OpenEntry?

    private static let utf8NamesFlag: UInt16 = 1 << 11
    /// Names in GB18030 without the UTF-8 flag, as zips made on Chinese Windows (and 生意参谋's
    /// 数据概览 download) carry them: a reader that takes them as code page 437 sees mojibake.
    private let gbkNames: Bool
    private var namesFlag: UInt16 { gbkNames ? 0 : Self.utf8NamesFlag }
    private static let zip64Version: UInt16 = 45

    /// An entry written: what its central directory record says.
    private struct Entry {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var size: Int
        var compressedSize: Int
        var headerOffset: Int
    }

    /// The entry being streamed.
    private struct OpenEntry {
        var entry: Entry
        var crc = CRC32()
        var deflater: Deflater?
    }

    /// Creates (or truncates) the file at `path`; every header gets the time `modified`.
    init(path: String, modified: ArchiveTimestamp, zip64Threshold: Int = 0xFFFF_FFFF, gbkNames: Bool = false) throws {
        self.path = path
        self.gbkNames = gbkNames
        self.modified = modified
        self.zip64Threshold = zip64Threshold
        descriptor = SystemCall.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SampleGeneratorError.cannotWrite(path, errno: errno) }
        pending.reserveCapacity(Self.pendingLimit + 64 * 1024)
    }

    deinit {
        // Only reached without close() when writing stopped on an error; the archive is incomplete anyway.
        if descriptor >= 0 { SystemCall.close(descriptor) }
    }

    // MARK: Entries

    /// Starts an entry whose data follows with `write` and ends with `endEntry`.
    func beginEntry(name: String, method: Method) throws {
        guard open == nil else { throw failure("entry \(name) begun inside another entry") }
        let nameBytes = try checkedName(name)
        let entry = Entry(name: nameBytes, method: method, crc: 0, size: 0, compressedSize: 0, headerOffset: offset)
        // The sizes are not known yet: a ZIP64 field is reserved, as commons-compress does, in
        // case they pass 4 GiB; endEntry fills it in either way.
        try writeLocalHeader(entry, zip64Extra: true)
        open = OpenEntry(entry: entry, deflater: method == .deflated ? Deflater() : nil)
    }

    /// Appends bytes to the open entry.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var current = open else { throw failure("data written outside an entry") }
        open = nil
        defer { open = current }
        current.crc.update(bytes)
        current.entry.size += bytes.count
        if let deflater = current.deflater {
            try deflater.compress(bytes) { try append($0) }
            current.entry.compressedSize = deflater.totalOut
        } else {
            try append(bytes)
            current.entry.compressedSize += bytes.count
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    /// Ends the open entry: its data is complete, its local header patched.
    func endEntry() throws {
        guard var current = open else { throw failure("no entry to end") }
        open = nil
        if let deflater = current.deflater {
            try deflater.finish { try append($0) }
            current.entry.compressedSize = deflater.totalOut
        }
        current.entry.crc = current.crc.value
        let entry = current.entry
        try flush()
        // CRC and 32-bit sizes (or the ZIP64 marks), then the reserved ZIP64 field's two sizes.
        let needsZip64 = entry.size >= zip64Threshold || entry.compressedSize >= zip64Threshold
        var header = ByteWriter()
        header.u16(needsZip64 ? Self.zip64Version : entry.method.version)
        try patch(header.bytes, at: entry.headerOffset + 4)
        header = ByteWriter()
        header.u32(entry.crc)
        header.u32(needsZip64 ? 0xFFFF_FFFF : UInt32(entry.compressedSize))
        header.u32(needsZip64 ? 0xFFFF_FFFF : UInt32(entry.size))
        try patch(header.bytes, at: entry.headerOffset + 14)
        header = ByteWriter()
        header.u64(entry.size)
        header.u64(entry.compressedSize)
        try patch(header.bytes, at: entry.headerOffset + 30 + entry.name.count + 4)
        central.append(entry)
    }

    /// Writes a whole entry whose data is known: sizes and CRC go straight into its local header.
    func addEntry(name: String, method: Method, data: [UInt8]) throws {
        guard open == nil else { throw failure("entry \(name) added inside another entry") }
        let nameBytes = try checkedName(name)
        let stored = method == .deflated ? Deflater.compress(data) : data
        let entry = Entry(
            name: nameBytes, method: method, crc: CRC32.checksum(data), size: data.count,
            compressedSize: stored.count, headerOffset: offset)
        try writeLocalHeader(entry, zip64Extra: entry.size >= zip64Threshold || entry.compressedSize >= zip64Threshold)
        try stored.withUnsafeBytes { try append($0) }
        central.append(entry)
    }

    // MARK: Closing

    /// Writes the central directory and the end records, and closes the file.
    func close() throws {
        if let open { throw failure("entry \(String(decoding: open.entry.name, as: UTF8.self)) never ended") }
        let directoryOffset = offset
        for entry in central { try writeCentralRecord(entry) }
        let directorySize = offset - directoryOffset
        let count = central.count
        if count >= 0xFFFF || directoryOffset >= zip64Threshold || directorySize >= zip64Threshold {
            let recordOffset = offset
            var record = ByteWriter()
            record.u32(0x0606_4B50)
            record.u64(44)
            record.u16(Self.zip64Version)
            record.u16(Self.zip64Version)
            record.u32(0)
            record.u32(0)
            record.u64(count)
            record.u64(count)
            record.u64(directorySize)
            record.u64(directoryOffset)
            record.u32(0x0706_4B50)
            record.u32(0)
            record.u64(recordOffset)
            record.u32(1)
            try append(record.bytes)
        }
        var end = ByteWriter()
        end.u32(0x0605_4B50)
        end.u16(0)
        end.u16(0)
        end.u16(UInt16(min(count, 0xFFFF)))
        end.u16(UInt16(min(count, 0xFFFF)))
        end.u32(directorySize >= zip64Threshold ? 0xFFFF_FFFF : UInt32(directorySize))
        end.u32(directoryOffset >= zip64Threshold ? 0xFFFF_FFFF : UInt32(directoryOffset))
        end.u16(0)
        try append(end.bytes)
        try flush()
        let result = SystemCall.close(descriptor)
        descriptor = -1
        if result != 0 { throw SampleGeneratorError.cannotWrite(path, errno: errno) }
    }

    // MARK: Records

    private func writeLocalHeader(_ entry: Entry, zip64Extra: Bool) throws {
        let needsZip64 = entry.size >= zip64Threshold || entry.compressedSize >= zip64Threshold
        var h = ByteWriter()
        h.u32(0x0403_4B50)
        h.u16(zip64Extra ? Self.zip64Version : entry.method.version)
        h.u16(namesFlag)
        h.u16(entry.method.code)
        h.u16(modified.dosTime)
        h.u16(modified.dosDate)
        h.u32(entry.crc)
        h.u32(needsZip64 ? 0xFFFF_FFFF : UInt32(entry.compressedSize))
        h.u32(needsZip64 ? 0xFFFF_FFFF : UInt32(entry.size))
        h.u16(UInt16(entry.name.count))
        h.u16(zip64Extra ? 20 : 0)
        h.bytes += entry.name
        if zip64Extra {
            h.u16(0x0001)
            h.u16(16)
            h.u64(entry.size)
            h.u64(entry.compressedSize)
        }
        try append(h.bytes)
    }

    private func writeCentralRecord(_ entry: Entry) throws {
        // The ZIP64 field holds only the values that do not fit, in this order.
        var extra = ByteWriter()
        let bigSize = entry.size >= zip64Threshold
        let bigCompressed = entry.compressedSize >= zip64Threshold
        let bigOffset = entry.headerOffset >= zip64Threshold
        if bigSize { extra.u64(entry.size) }
        if bigCompressed { extra.u64(entry.compressedSize) }
        if bigOffset { extra.u64(entry.headerOffset) }
        let version = extra.bytes.isEmpty ? entry.method.version : Self.zip64Version
        var r = ByteWriter()
        r.u32(0x0201_4B50)
        r.u16(version)
        r.u16(version)
        r.u16(namesFlag)
        r.u16(entry.method.code)
        r.u16(modified.dosTime)
        r.u16(modified.dosDate)
        r.u32(entry.crc)
        r.u32(bigCompressed ? 0xFFFF_FFFF : UInt32(entry.compressedSize))
        r.u32(bigSize ? 0xFFFF_FFFF : UInt32(entry.size))
        r.u16(UInt16(entry.name.count))
        r.u16(extra.bytes.isEmpty ? 0 : UInt16(4 + extra.bytes.count))
        r.u16(0)
        r.u16(0)
        r.u16(0)
        r.u32(0)
        r.u32(bigOffset ? 0xFFFF_FFFF : UInt32(entry.headerOffset))
        r.bytes += entry.name
        if !extra.bytes.isEmpty {
            r.u16(0x0001)
            r.u16(UInt16(extra.bytes.count))
            r.bytes += extra.bytes
        }
        try append(r.bytes)
    }

    private func checkedName(_ name: String) throws -> [UInt8] {
        let bytes = gbkNames ? try Self.gb18030(name, path: path) : Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 0xFFFF else {
            throw failure("entry name \"\(name)\" is empty or too long")
        }
        guard !central.contains(where: { $0.name == bytes }) else { throw failure("entry \(name) written twice") }
        return bytes
    }

    private func failure(_ reason: String) -> SampleGeneratorError { .cannotWrite(path, reason: reason) }

    /// A name's GB18030 bytes.
    private static func gb18030(_ name: String, path: String) throws -> [UInt8] {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else {
            throw SampleGeneratorError.cannotWrite(path, reason: "本机的 iconv 不支持 GB18030 编码")
        }
        defer { iconv_close(cd) }
        var input = Array(name.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 4)
        var inLeft = input.count
        var outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok else { throw SampleGeneratorError.cannotWrite(path, reason: "名称「\(name)」无法转为 GB18030") }
        return output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
    }

    // MARK: File output

    private func append(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw failure("the archive is closed") }
        offset += bytes.count
        if pending.count + bytes.count > Self.pendingLimit {
            try flush()
            // A large piece goes straight to the file rather than through the buffer.
            if bytes.count >= Self.pendingLimit {
                try writeFully(bytes)
                return
            }
        }
        pending.append(contentsOf: bytes)
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        try pending.withUnsafeBytes { try writeFully($0) }
        pending.removeAll(keepingCapacity: true)
    }

    private func writeFully(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let n = SystemCall.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw SampleGeneratorError.cannotWrite(path, errno: errno) }
            done += n
        }
    }

    /// Overwrites bytes already written (the file's buffer is flushed first).
    private func patch(_ bytes: [UInt8], at position: Int) throws {
        let n = bytes.withUnsafeBytes { SystemCall.pwrite(descriptor, $0.baseAddress!, $0.count, off_t(position)) }
        guard n == bytes.count else { throw SampleGeneratorError.cannotWrite(path, errno: errno) }
    }
}

/// Little-endian fields of a zip record, gathered before the record is written.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u16(_ v: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: v))
        bytes.append(UInt8(truncatingIfNeeded: v >> 8))
    }

    mutating func u32(_ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
    }

    mutating func u64(_ v: Int) {
        for shift in stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: UInt64(v) >> UInt64(shift)))
        }
    }
}
