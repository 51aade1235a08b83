import Testing

@testable import AuditRecords

/// The sieves and the counting table against plain dictionaries, on keys shaped like the real
/// ones (sequential phone numbers, hashed ids); their invariants (`assert`) run in these tests too.
@Suite struct SieveAndTableTests {
    static func keys(_ n: Int, distinct: Int, seed: UInt64) -> [UInt64] {
        var random = TestRandom(seed: seed)
        return (0..<n).map { _ in 13_900_000_000 + UInt64.random(in: 0..<UInt64(distinct), using: &random) }
    }

    static func exactCounts(_ keys: [UInt64]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for k in keys { counts[k, default: 0] += 1 }
        return counts
    }

    @Test(arguments: [(20_000, 15_000), (5_000, 50), (1, 1)])
    func twoBitCountersNeverCountLessThanAKeysOccurrencesAndStopAtThree(n: Int, distinct: Int) {
        let keys = Self.keys(n, distinct: distinct, seed: UInt64(n))
        var counters = TwoBitCounters(keys: n, slotsPerKey: 4)
        for k in keys { counters.add(k) }
        let exact = Self.exactCounts(keys)
        #expect(exact.allSatisfy { counters.count($0.key) >= min($0.value, 3) })
        #expect(exact.allSatisfy { counters.count($0.key) <= 3 })
        // A sieve that said "maybe" to everything would be useless: with four slots per key most
        // keys seen once keep a count of one.
        let once = exact.filter { $0.value == 1 }
        if once.count > 1_000 { #expect(once.filter { counters.count($0.key) == 1 }.count * 10 > once.count * 7) }
    }

    @Test func byteCountersCountPastThreeAndStopAt255() {
        let keys = Self.keys(30_000, distinct: 100, seed: 7)
        var counters = ByteCounters(keys: keys.count, slotsPerKey: 4)
        for k in keys { counters.add(k) }
        #expect(Self.exactCounts(keys).allSatisfy { counters.count($0.key) >= min($0.value, 255) })
        var one = ByteCounters(keys: 1, slotsPerKey: 1)
        for _ in 0..<300 { one.add(42) }
        #expect(one.count(42) == 255)
    }

    @Test func countTableAgreesWithADictionaryAcrossGrowth() {
        var random = TestRandom(seed: 3)
        var table = CountTable()
        var expected: [CountKey: Int] = [:]
        for _ in 0..<20_000 {
            let key = CountKey(UInt64.random(in: 0..<300, using: &random), UInt64.random(in: 0..<20, using: &random), 7)
            table.add(key)
            expected[key, default: 0] += 1
        }
        let entries = table.entries
        #expect(entries.count == expected.count)
        #expect(entries.allSatisfy { expected[$0.key] == $0.count })
    }

    @Test func combiningKeysKeepsOrderAndEqualPartsApart() {
        #expect(KeyHash.combine(1, 2) != KeyHash.combine(2, 1))
        #expect(KeyHash.combine(5, 5) != 0)
        #expect(KeyHash.combine(0, 0) != KeyHash.combine(0, 1))
        // Slots of sequential keys spread over the table (phone numbers differ in their low digits).
        let slots = Set((0..<1_000).map { KeyHash.slot(13_900_000_000 + UInt64($0), bits: 12) })
        #expect(slots.count > 800)
    }
}
