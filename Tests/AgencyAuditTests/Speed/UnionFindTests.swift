import Testing

@testable import AuditRecords

@Suite struct UnionFindTests {
    /// Random unions checked against a naive grouping: relabel every member of the absorbed group.
    @Test func agreesWithNaiveGrouping() {
        var random = TestRandom(seed: 12)
        let n = 2_000
        var sets = UnionFind(count: n)
        var label = Array(0..<n)
        for _ in 0..<1_500 {
            let a = Int.random(in: 0..<n, using: &random)
            let b = Int.random(in: 0..<n, using: &random)
            let joined = sets.union(a, b)
            #expect(joined == (label[a] != label[b]))
            let (from, to) = (label[b], label[a])
            if from != to { for i in 0..<n where label[i] == from { label[i] = to } }
        }
        for _ in 0..<3_000 {
            let a = Int.random(in: 0..<n, using: &random)
            let b = Int.random(in: 0..<n, using: &random)
            #expect((sets.find(a) == sets.find(b)) == (label[a] == label[b]))
        }
        var naive: [Int: [Int]] = [:]
        for i in 0..<n { naive[label[i], default: []].append(i) }
        let expected = naive.values.filter { $0.count >= 3 }.sorted { $0[0] < $1[0] }
        #expect(sets.components(of: Array(0..<n), minSize: 3) == expected)
        #expect((0..<n).allSatisfy { sets.setSize($0) == naive[label[$0]]!.count })
    }

    @Test func linksRowsSharingAnyKindOfKeyButNotThroughACrowdedKey() {
        // Rows 0–1 share kind 0, 1–2 kind 1: one set. Rows 3…27 share one kind-0 key (25 > 20):
        // no link. Row 28 has no key.
        let keys: [[UInt64?]] =
            [[1, 7], [1, 8], [2, 8]] + (3..<28).map { [99, 100 + UInt64($0)] } + [[nil, nil]]
        var links = KeyLinks.link(rows: keys.count, kinds: 2, maxShare: 20) { keys[$0][$1] }
        #expect(links.sets.components(of: Array(keys.indices), minSize: 2) == [[0, 1, 2]])
        #expect(links.linkedKinds[0] == 1 && links.linkedKinds[1] == 3 && links.linkedKinds[2] == 2)
        #expect(links.linkedKinds[3...].allSatisfy { $0 == 0 })
    }

    /// A kind that asks for three rows per key links pairs on its other kinds only.
    struct BlockKeys: RowKeys {
        let keys: [[UInt64?]]
        func key(_ row: Int, kind: Int) -> UInt64? { keys[row][kind] }
        func minShare(kind: Int) -> Int { kind == 1 ? 3 : 2 }
    }

    @Test func aKindNeedingThreeRowsLeavesPairsUnlinked() {
        // Rows 0–1 share only a kind-1 key (two rows: not enough); rows 2–4 share one (three: linked);
        // rows 5–6 share a kind-0 key (two rows are enough for kind 0).
        let keys: [[UInt64?]] = [[10, 7], [11, 7], [12, 8], [13, 8], [14, 8], [15, 9], [15, nil]]
        var links = KeyLinks.link(rows: keys.count, kinds: 2, maxShare: 20, keys: BlockKeys(keys: keys))
        #expect(links.sets.components(of: Array(keys.indices), minSize: 2) == [[2, 3, 4], [5, 6]])
        #expect(links.linkedKinds == [0, 0, 2, 2, 2, 1, 1])
    }
}
