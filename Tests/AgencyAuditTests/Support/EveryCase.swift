/// One example of every case of an enum whose cases carry values, so `CaseIterable` cannot list
/// them.
///
/// The examples are walked as a chain: `next` is an exhaustive `switch` that answers, for each
/// case, the example of the case declared after it (nil after the last). A new case does not
/// compile until its arm is written, and the arm before it leads to it in declaration order.
enum EveryCase {
    /// `first`, then what `next` answers for each, until it answers nil.
    static func chain<Value>(_ first: Value, next: (Value) -> Value?) -> [Value] {
        var list = [first]
        while let following = next(list[list.count - 1]) {
            list.append(following)
            precondition(list.count < 1000, "the chain loops")
        }
        return list
    }

    /// The case's name without its values (`zipEntryHeader` for `.zipEntryHeader(entry: "a")`), so
    /// a test can tell that a chain names each case once.
    static func name(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, let label = mirror.children.first?.label else {
            return String(describing: value)
        }
        return label
    }
}
