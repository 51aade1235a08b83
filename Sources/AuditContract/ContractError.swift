/// A contract.json that cannot be used, with the JSON path of the offending field.
public struct ContractError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `stages[1].targets.orderz`.
    public var path: String
    public var message: String
    public var file: String

    public init(file: String = "contract.json", path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `contract.json: stages[1].targets.orderz: unknown metric (known: orders, gmv, …)`.
    public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }
}
