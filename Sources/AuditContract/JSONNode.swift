/// A JSON value as a file writes it, with the line and column where it starts.
///
/// contract.json is written by hand, so every error about a value should point at it: the
/// place travels with the value from the reader to the parser that finds it wrong.
package struct JSONNode: Sendable, Equatable {
    package var value: Value
    /// 1-based, as an editor numbers lines.
    package var line: Int
    /// 1-based, in characters from the start of the line.
    package var column: Int

    package enum Value: Sendable, Equatable {
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
    package subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    /// The members when this is an object.
    package var members: [JSONMember]? {
        guard case .object(let members) = value else { return nil }
        return members
    }

    /// The elements when this is an array.
    package var elements: [JSONNode]? {
        guard case .array(let elements) = value else { return nil }
        return elements
    }

    package var isNull: Bool { value == .null }
}

/// One `"key": value` of a JSON object, with the line the key is written on.
package struct JSONMember: Sendable, Equatable {
    package var key: String
    package var keyLine: Int
    package var node: JSONNode
}
