import AuditRecords

/// Fixed, locale-free number wording for reports and evidence: the same figures always read the same.
public enum DisplayNumber {
    /// `¥1,234.50`.
    public static func money(_ m: Money) -> String { "¥" + grouped(m.description) }

    /// `¥1,234.50` from yuan.
    public static func money(yuan: Double) -> String { money(Money(roundingYuan: yuan)) }

    /// `12,345`.
    public static func count(_ n: Int) -> String { grouped(String(n)) }

    /// `3.25%` (0.0325 with 2 decimals).
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        fixed(share * 100, decimals: decimals) + "%"
    }

    /// `+12.5%` / `-3.0%`: a change.
    public static func signedPercent(_ change: Double, decimals: Int = 1) -> String {
        (change >= 0 ? "+" : "") + percent(change, decimals: decimals)
    }

    /// `1:3.25`: ROI as the contracts write it.
    public static func roi(_ r: Double) -> String { "1:" + fixed(r, decimals: 2) }

    /// `612.6` with a fixed number of decimals, rounded half away from zero.
    public static func fixed(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "-" }
        // Beyond what Int64 holds at this scale, fall back to Swift's own (deterministic) shortest form.
        guard abs(v) < 9e15 / max(1, pow10(decimals)) else { return String(v) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        let negative = v < 0 && scaled > 0
        let whole = Int64(scaled / scale)
        let frac = Int64(scaled) - whole * Int64(scale)
        var s = (negative ? "-" : "") + String(whole)
        if decimals > 0 {
            let f = String(frac)
            s += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return s
    }

    static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<n { p *= 10 }
        return p
    }

    /// Inserts thousands separators into the integer part of a plain decimal string.
    static func grouped(_ plain: String) -> String {
        var sign = ""
        var body = Substring(plain)
        if body.hasPrefix("-") {
            sign = "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = Array(parts[0])
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return sign + out + (parts.count > 1 ? "." + parts[1] : "")
    }
}
