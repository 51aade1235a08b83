@testable import AgencyAuditSample

/// The generator's seeded random numbers, as a `RandomNumberGenerator` for property tests, so a
/// failing case can be replayed from its seed.
struct TestRandom: RandomNumberGenerator {
    private var source: SplitMix64
    init(seed: UInt64) { source = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { source.next() }
}
