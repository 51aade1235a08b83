/// An amount of yuan held exactly in fen (cents), so sums over millions of orders stay exact.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible, AdditiveArithmetic {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Yuan held as a `Double` (an average, a metric's value, an amount typed in a file), to the
    /// nearest fen: the amount the report writes (`DisplayNumber.money(yuan:)`) is the one found.
    public init(roundingYuan yuan: Double) { self.init(cents: Int64((yuan * 100).rounded())) }

    public static let zero = Money(cents: 0)

    public var yuan: Double { Double(cents) / 100 }

    /// `1234.50` (no grouping, always two decimals, POSIX style).
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let a = cents.magnitude
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    public static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    public static func - (a: Money, b: Money) -> Money { Money(cents: a.cents - b.cents) }
    public static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
}
