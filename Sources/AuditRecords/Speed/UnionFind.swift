/// Disjoint sets over rows `0..<count`: union by size and path compression (path halving), so a
/// month's worth of unions and finds costs about linear time.
///
/// Parents and sizes are `Int32` (a month's orders are far fewer than 2³¹): 8 bytes per row, no
/// allocation per set.
public struct UnionFind {
    @usableFromInline var parent: [Int32]
    @usableFromInline var size: [Int32]

    public init(count: Int) {
        precondition(count < Int(Int32.max), "rows fit in 32 bits")
        parent = (0..<Int32(count)).map { $0 }
        size = [Int32](repeating: 1, count: count)
    }

    public var count: Int { parent.count }

    /// The representative of `x`'s set; halves the path on the way.
    @inlinable
    public mutating func find(_ x: Int) -> Int {
        var x = Int32(x)
        while parent[Int(x)] != x {
            let grand = parent[Int(parent[Int(x)])]
            parent[Int(x)] = grand
            x = grand
        }
        return Int(x)
    }

    /// Joins the sets of `a` and `b`; true when they were apart.
    @discardableResult
    @inlinable
    public mutating func union(_ a: Int, _ b: Int) -> Bool {
        var ra = find(a)
        var rb = find(b)
        guard ra != rb else { return false }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        assert(parent[ra] == Int32(ra), "a root is its own parent")
        assert(size[ra] <= Int32(count), "a set is no bigger than the rows")
        return true
    }

    /// How many rows share `x`'s set.
    public mutating func setSize(_ x: Int) -> Int { Int(size[find(x)]) }

    /// The sets of at least `minSize` rows among `rows` (each row once), members in the order
    /// given, sets in the order of their first member: results never depend on the union order.
    public mutating func components(of rows: [Int], minSize: Int) -> [[Int]] {
        // Number each big-enough root on first sight; rows of small sets are skipped.
        var groupOfRoot = [Int32](repeating: -1, count: count)
        var groups: [[Int]] = []
        for r in rows {
            let root = find(r)
            guard size[root] >= minSize else { continue }
            if groupOfRoot[root] >= 0 {
                groups[Int(groupOfRoot[root])].append(r)
            } else {
                groupOfRoot[root] = Int32(groups.count)
                groups.append([r])
            }
        }
        // (Only rows in `rows` count: a set reaching minSize through other rows may come out smaller.)
        let result = groups.filter { $0.count >= minSize }
        assert(Set(result.flatMap { $0 }).count == result.reduce(0) { $0 + $1.count }, "every row in one set")
        return result
    }
}
