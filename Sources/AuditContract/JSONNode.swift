/// A JSON value as a file writes it, with the line and column where it starts.
///
/// contract.json is written by hand, so every error about a value should point at it: the
/// place travels with the value from the reader to the parser that finds it wrong.
struct JSONNode: Sendable, Equatable {
    var value: Value
    /// 1-based, as an editor numbers lines.
    var line: Int
    /// 1-based, in characters from the start of the line.
    var column: Int

    enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number and its text as written: `1e309` is kept as written, since no Double holds it
        /// (its `Double` is infinite).
        case number(Double, written: String)
        case string(String)
        case array([JSONNode])
        /// Members in the order written; no key is there twice (the reader refuses that).
        case object([JSONMember])
    }

    /// The member named `key` when this is an object that has one.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    /// The members when this is an object.
    var members: [JSONMember]? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// The elements when this is an array.
    var elements: [JSONNode]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    var isNull: Bool { value == .null }
}

/// One `"key": value` of a JSON object, with the line the key is written on.
struct JSONMember: Sendable, Equatable {
    var key: String
    var keyLine: Int
    var node: JSONNode
}
