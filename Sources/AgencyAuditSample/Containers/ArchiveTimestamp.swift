/// The time written into an archive: the DOS date and time of every zip header, the dates of an
/// xlsx's `docProps/core.xml`.
///
/// Always given by the caller, never read from the clock, so the same content gives a
/// byte-identical archive.
struct ArchiveTimestamp: Sendable, Hashable {
    var year: Int, month: Int, day: Int
    var hour: Int, minute: Int, second: Int

    init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Bits 9–15 the year from 1980, 5–8 the month, 0–4 the day (years outside 1980–2107 are clamped).
    var dosDate: UInt16 {
        UInt16(min(max(year, 1980), 2107) - 1980) << 9 | UInt16(min(max(month, 1), 12)) << 5
            | UInt16(min(max(day, 1), 31))
    }

    /// Bits 11–15 the hour, 5–10 the minute, 0–4 the second halved (DOS keeps even seconds).
    var dosTime: UInt16 {
        UInt16(min(max(hour, 0), 23)) << 11 | UInt16(min(max(minute, 0), 59)) << 5 | UInt16(min(max(second, 0), 59) / 2)
    }

    /// `2025-09-30T10:00:00Z`, as docProps/core.xml writes its dates (W3CDTF, UTC).
    var w3cdtf: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))Z"
    }
}
