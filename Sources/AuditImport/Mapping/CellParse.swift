/// The outcome of reading one typed value out of a cell.
public enum CellParse<Value: Sendable>: Sendable {
    case value(Value)
    /// The cell is empty or a placeholder (`-`).
    case null
    /// The cell holds something that is not a `Value`.
    case invalid(CellProblem)
}

extension CellParse: Equatable where Value: Equatable {}
