/// Median and median absolute deviation: a baseline that one surge day cannot drag along.
struct RobustBaseline {
    let median: Double
    /// MAD scaled by 1.4826, comparable to a standard deviation for normal data.
    let spread: Double

    init(_ values: [Double]) {
        let m = Self.median(values)
        median = m
        spread = 1.4826 * Self.median(values.map { abs($0 - m) })
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
