import Testing

@testable import AuditRecords

@Suite struct KeyGroupsTests {
    @Test func keepsGroupsOfTheMinimumSizeInOrderOfFirstRow() {
        let keys: [UInt64?] = [7, 3, nil, 7, 3, 9, 7, 3, 0, 0, 0, 1]
        let groups = KeyGroups.groups(rows: keys.count, minSize: 3) { keys[$0] }
        // 0 and 1 share a slot by design (0 marks an empty one); nil rows are left out.
        #expect(groups == [[0, 3, 6], [1, 4, 7], [8, 9, 10, 11]])
    }

    @Test func agreesWithADictionaryOnManyKeys() {
        // Phone-like keys: sequential numbers, which a naive low-bits table would pile up.
        let rows = 50_000
        let key: (Int) -> UInt64? = { i in i % 13 == 0 ? nil : 13_900_000_000 + UInt64((i * 7) % 9_000) }
        var expected: [UInt64: [Int]] = [:]
        for i in 0..<rows { if let k = key(i) { expected[k, default: []].append(i) } }
        let wanted = expected.values.filter { $0.count >= 5 }.sorted { $0[0] < $1[0] }
        #expect(KeyGroups.groups(rows: rows, minSize: 5, key: key) == wanted)
        #expect(KeyGroups.groups(rows: 0, minSize: 1) { _ in 1 }.isEmpty)
    }

    @Test func hashIndexFindsWhatWasInsertedAndGrows() {
        var index = HashIndex(expected: 4)
        for i in 0..<10_000 { index.insert(StableHash.of("id\(i)"), i) }
        #expect(index.count == 10_000)
        #expect((0..<10_000).allSatisfy { (i: Int) in index.value(for: StableHash.of("id\(i)")) == i })
        #expect(index.value(for: StableHash.of("id10000")) == nil)
        index.insert(StableHash.of("id5"), -1)
        #expect(index.value(for: StableHash.of("id5")) == -1)
        #expect(index.count == 10_000)
    }

    @Test func textPoolSharesEqualTextsAndKeepsDifferentOnesApart() {
        var pool = TextPool()
        let a = Fixtures.withCell("法式碎花连衣裙") { pool.string(for: $0) }
        let b = Fixtures.withCell("法式碎花连衣裙") { pool.string(for: $0) }
        let c = Fixtures.withCell("针织开衫") { pool.string(for: $0) }
        #expect(a == "法式碎花连衣裙" && b == a && c == "针织开衫")
        // More distinct texts than the pool keeps: all still come back right.
        for i in 0..<20_000 {
            let s = "商品\(i)"
            #expect(Fixtures.withCell(s) { pool.string(for: $0) } == s)
        }
        #expect(Fixtures.withCell("") { pool.string(for: $0) } == "")
        // The pool's hash is the item key an order built by hand gets, for every tail length.
        for title in ["", "a", "T恤", "法式碎花连衣裙", "2025秋季新款法式复古碎花连衣裙女收腰显瘦长裙"] {
            let entry = Fixtures.withCell(title) { pool.entry(for: $0) }
            let order = Order(
                id: "1", paidAmount: .zero, paidAt: nil, itemTitle: title, location: RowLocation(file: "f", line: 1))
            #expect(entry.hash == order.itemKey)
        }
        let keys = Set(["a", "aa", "a\u{0}", "abcdefgh", "abcdefghi", "abcdefgh\u{0}"].map(StableHash.words))
        #expect(keys.count == 6)
    }
}
