/// What is wrong with a cell that holds something other than the value its column needs.
public enum CellProblem: Sendable, Hashable, CaseIterable {
    /// Not an amount (`¥1,234.50`).
    case notMoney
    /// An amount with more than six decimals.
    case moneyTooPrecise
    /// An amount too large to be one.
    case moneyTooLarge
    /// Not a whole number (a count such as 访客数).
    case notInteger
    /// A count too large to be one.
    case integerTooLarge
    /// Not a number (a ratio such as ROI).
    case notNumber
    /// A comma that is not a thousands separator in its place (`12,34`, `1,2345.00`).
    case misplacedComma
    /// Not a date and time (`2025-08-01 10:00:00`).
    case notDateTime
    /// A time whose seconds are impossible.
    case badSeconds
    /// Not a date (`2025-08-01`).
    case notDate
    /// Not a length of time (`7小时41分52秒`, `30秒`, `12.5`).
    case notDuration
}
