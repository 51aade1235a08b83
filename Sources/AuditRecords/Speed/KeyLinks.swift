/// Links rows that share a key of any of several kinds (an address, a phone, an account) into
/// connected components, in linear time: each kind is grouped once (`KeyGroups`) and each group's
/// rows are joined in a `UnionFind`.
///
/// A key shared by more than `maxShare` rows links none of them: a campus station, a company's
/// front desk or a popular account prefix would otherwise merge a thousand strangers.
package enum KeyLinks {
    /// What linking found: the sets, which kinds linked each row (bit `kind`), and how many
    /// rows each linking key joined (for links per order).
    package struct Result {
        package var sets: UnionFind
        /// Bit k set: the row's key of kind k is shared with another row (and by at most `maxShare`).
        package var linkedKinds: [UInt8]
    }

    /// - Parameters:
    ///   - kinds: how many key kinds (at most 8); `key(row, kind)` is nil when the row has no
    ///     usable key of that kind. Asked twice per row and kind: it must be cheap.
    ///   - maxShare: a key on more rows than this links none of them.
    @inlinable
    package static func link(rows: Int, kinds: Int, maxShare: Int, key: (Int, Int) -> UInt64?) -> Result {
        precondition(kinds <= 8, "kinds fit in a byte")
        var result = Result(sets: UnionFind(count: rows), linkedKinds: [UInt8](repeating: 0, count: rows))
        for kind in 0..<kinds {
            for group in KeyGroups.groups(rows: rows, minSize: 2, key: { key($0, kind) }) where group.count <= maxShare
            {
                for r in group {
                    result.sets.union(group[0], r)
                    result.linkedKinds[r] |= 1 << UInt8(kind)
                }
            }
        }
        return result
    }
}
