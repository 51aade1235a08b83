import AuditRecords

/// Lengths of time as customer-service exports write them, in seconds: `7小时41分52秒`, `2分30秒`,
/// `30秒`, `1分5秒` (抖店 飞鸽), a bare number of seconds `12.5` (生意参谋's `（秒)` columns), the
/// same with a unit `12.5秒` / `12.5s`, and `00:01:05` / `01:05`.
public enum DurationCell {
    public static func seconds(_ raw: UnsafeBufferPointer<UInt8>) -> CellParse<Double> {
        let t = CellText.trimmed(raw)
        if CellText.isNull(t) { return .null }
        return seconds(String(decoding: t, as: UTF8.self))
    }

    /// The units, longest first (分钟 before 分).
    private static let units: [(String, Double)] = [
        ("小时", 3600), ("时", 3600), ("h", 3600), ("分钟", 60), ("min", 60), ("分", 60), ("m", 60), ("秒", 1),
        ("s", 1),
    ]

    static func seconds(_ text: String) -> CellParse<Double> {
        let s = text.filter { $0 != " " && $0 != "," }
        if s.isEmpty { return .null }
        if s.contains(":") { return clock(s) }
        var total = 0.0
        var rest = Substring(s)
        var lastUnit = Double.infinity
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !digits.isEmpty, let value = Double(digits) else { return .invalid(.notDuration) }
            rest = rest.dropFirst(digits.count)
            if rest.isEmpty {
                // A bare number is seconds; after a unit it is the next smaller unit (`1分5`).
                guard lastUnit == .infinity || lastUnit == 60 else { return .invalid(.notDuration) }
                total += value
                break
            }
            guard let (name, factor) = units.first(where: { rest.hasPrefix($0.0) }), factor < lastUnit else {
                return .invalid(.notDuration)
            }
            total += value * factor
            lastUnit = factor
            rest = rest.dropFirst(name.count)
        }
        return .value(total)
    }

    /// `01:05` (minutes and seconds) or `00:01:05`.
    private static func clock(_ s: String) -> CellParse<Double> {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }) else {
            return .invalid(.notDuration)
        }
        return .value(parts.reduce(0) { $0 * 60 + $1! })
    }
}
