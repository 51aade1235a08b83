import Testing

@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords

/// 看市场 against the peer tier: growth compared with growth, on figures worked out by hand.
@Suite struct PeerTierComparisonTests {
    typealias Reading = PeerTierComparison.Reading

    @Test(arguments: [
        (-0.20, -0.18, Reading.market),  // 0.80 / 0.82 − 1 = −2.4%: with the market
        (-0.10, -0.20, .market),  // the store fell less than its peers
        (-0.30, -0.10, .marketAndStore),  // 0.70 / 0.90 − 1 = −22%: the store fell further
        (-0.20, 0.0, .store),  // 同行持平
        (-0.20, 0.04, .store),  // peers within the flat band
        (-0.20, 0.15, .store),  // peers up
        (-0.04, -0.20, .noFall),
        (0.10, 0.05, .noFall),
    ])
    func readings(_ store: Double, _ peer: Double, _ expected: Reading) {
        #expect(Reading(store: store, peer: peer) == expected)
    }

    @Test func noPeerFigureIsSaid() {
        #expect(Reading(store: -0.3, peer: nil) == .noPeerFigure)
    }

    static func record(_ day: CalendarDay, visitors: Double, peer: Double, conversion: Double, peerConversion: Double)
        -> ShopOverviewRecord
    {
        ShopOverviewRecord(
            day: day,
            figures: [
                .init(metric: .visitors, store: visitors, peerAverage: peer, peerTop: nil),
                .init(metric: .conversion, store: conversion, peerAverage: peerConversion, peerTop: nil),
                .init(
                    metric: .payingBuyers, store: visitors * conversion, peerAverage: peer * peerConversion,
                    peerTop: nil),
            ], exportedAt: nil, location: RowLocation(file: "f.xlsx", line: 2))
    }

    @Test func aMonthIsReducedToDailyMeansAndComparedWithTheMonthBefore() throws {
        let july = YearMonth(year: 2025, month: 7)
        let august = YearMonth(year: 2025, month: 8)
        // July: two days of 1,000 and 1,200 visitors (mean 1,100), peers 2,000; conversion 2% both days.
        let before = try #require(
            PeerTierMonth(
                [
                    Self.record(july.firstDay, visitors: 1000, peer: 2000, conversion: 0.02, peerConversion: 0.03),
                    Self.record(july.lastDay, visitors: 1200, peer: 2000, conversion: 0.02, peerConversion: 0.03),
                ], month: july))
        #expect(before.days == 2)
        #expect(
            before.figures[.visitors]
                == PeerTierMonth.Means(store: 1100, peerAverage: 2000, peerTop: nil, storeDays: 2, peerDays: 2))
        // August, one day: 880 visitors (−20%), peers 1,640 (−18%), conversion unchanged.
        let after = try #require(
            PeerTierMonth(
                [Self.record(august.firstDay, visitors: 880, peer: 1640, conversion: 0.02, peerConversion: 0.03)],
                month: august))
        let c = try #require(PeerTierComparison(target: .orders, current: after, previous: before))
        #expect(c.changes.map(\.metric) == [.payingBuyers, .visitors, .conversion])
        #expect(abs(c.changes[1].store - -0.2) < 1e-12)
        #expect(abs(c.changes[1].peer! - -0.18) < 1e-12)
        #expect(c.reading == .market)
        #expect(c.previousMonth == july)
        #expect(PeerTierComparison(target: .adROI, current: after, previous: before) == nil)
    }
}
