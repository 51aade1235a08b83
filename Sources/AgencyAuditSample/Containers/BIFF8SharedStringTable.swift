/// The shared string table a BIFF8 writer builds: each distinct text once, in first-use order.
///
/// Written as an SST record and as many CONTINUE records as it takes at 8,224 bytes of data each.
/// A string that does not fit where it starts is cut between two characters and goes on after
/// the next CONTINUE's option-flags byte, as Excel writes it; its header never is. The EXTSST
/// record after it indexes every `bucketSize`-th string, as Excel expects.
struct BIFF8SharedStringTable {
    /// The most data a BIFF8 record holds.
    static let maxRecordData = 8224

    private(set) var strings: [String] = []
    private var indices: [String: UInt32] = [:]
    /// LABELSST records referring to the table (the SST's first count).
    private(set) var references = 0

    /// The index of `text`, added when new; counts one reference.
    mutating func reference(_ text: String) -> UInt32 {
        references += 1
        if let known = indices[text] { return known }
        let index = UInt32(strings.count)
        strings.append(text)
        indices[text] = index
        return index
    }

    /// Strings per EXTSST bucket: at least 8, at most 128 buckets.
    var bucketSize: Int { Swift.max(8, strings.count / 128 + 1) }

    /// The SST, its CONTINUE records and the EXTSST, whole records, for a stream in which the
    /// SST record starts at `streamOffset`.
    func records(at streamOffset: Int) -> [UInt8] {
        var datas: [[UInt8]] = []
        var current = LittleEndianBuffer()
        current.u32(UInt32(references))
        current.u32(UInt32(strings.count))
        var buckets: [(record: Int, offset: Int)] = []
        for (i, text) in strings.enumerated() {
            let units = Array(text.utf16)
            let compressed = units.allSatisfy { $0 < 0x100 }
            let width = compressed ? 1 : 2
            // The length and flags, and a first character, start in the same record.
            if current.count + 3 + (units.isEmpty ? 0 : width) > Self.maxRecordData {
                datas.append(current.bytes)
                current = LittleEndianBuffer()
            }
            if i % bucketSize == 0 { buckets.append((datas.count, current.count)) }
            current.u16(UInt16(units.count))
            current.u8(compressed ? 0 : 1)
            var k = 0
            while k < units.count {
                let room = (Self.maxRecordData - current.count) / width
                if room == 0 {
                    datas.append(current.bytes)
                    current = LittleEndianBuffer()
                    current.u8(compressed ? 0 : 1)
                    continue
                }
                let n = Swift.min(room, units.count - k)
                for u in units[k..<(k + n)] {
                    if compressed { current.u8(UInt8(u)) } else { current.u16(u) }
                }
                k += n
            }
        }
        datas.append(current.bytes)

        var out = LittleEndianBuffer()
        var recordStarts: [Int] = []
        for (j, data) in datas.enumerated() {
            recordStarts.append(streamOffset + out.count)
            out.u16(j == 0 ? 0x00FC : 0x003C)
            out.u16(UInt16(data.count))
            out.append(contentsOf: data)
        }
        // EXTSST: where each bucket's first string starts, in the stream and in its record.
        out.u16(0x00FF)
        out.u16(UInt16(2 + 8 * buckets.count))
        out.u16(UInt16(bucketSize))
        for b in buckets {
            out.u32(UInt32(recordStarts[b.record] + 4 + b.offset))
            out.u16(UInt16(4 + b.offset))
            out.u16(0)
        }
        return out.bytes
    }
}
