import AuditDetect
import AuditRecords
import Testing

@testable import AuditReport

/// The short per-order lines of suspicious-orders.csv, from facts built by hand.
@Suite struct IndicatorWordingTests {
    static let wording = AnomalyWording(masker: PIIMasker())
    static func time(_ d: Int, _ h: Int, _ m: Int) -> LocalTime {
        LocalTime(day: CalendarDay(year: 2025, month: 8, day: d)!, hour: h, minute: m, second: 0)
    }
    static let window = Fact(.timeRange, .timeRange(time(17, 13, 0), time(17, 15, 36)))

    @Test func aWaybillBatchNamesTheOrdersOwnNumberAndTheRun() {
        let a = Anomaly(
            rule: .waybillBatch, severity: .high, dates: [], orderIDs: ["1"],
            facts: [
                Self.window, Fact(.orders, .count(8)), Fact(.firstWaybill, .text("4312665378385")),
                Fact(.lastWaybill, .text("4312665378393")), Fact(.carrier, .text("韵达快递")),
                Fact(.carrierMonthOrders, .count(8)),
            ])
        let order = Order(
            id: "1", paidAmount: Money(cents: 990), paidAt: Self.time(17, 13, 5), logisticsNumber: "4312665378387",
            location: RowLocation(file: "orders.csv", line: 2))
        #expect(
            Self.wording.indicator(a, order: order)
                == "【连号运单批量发货·高】运单号 4312665378387 是 8 个相邻运单号之一（4312665378385–4312665378393，韵达快递，本月该物流共 8 单），2.6 小时内"
        )
        #expect(Self.wording.indicator(a, order: nil).hasPrefix("【连号运单批量发货·高】8 个相邻运单号之一"))
    }

    @Test func aRingSaysWhichKeysTieItAndMasksNothingPersonal() {
        let a = Anomaly(
            rule: .linkedOrders, severity: .medium, dates: [], orderIDs: ["1"],
            facts: [
                Self.window, Fact(.orders, .count(12)), Fact(.distinctReceivers, .count(12)),
                Fact(.sharedAddresses, .count(6)), Fact(.sharedPhones, .count(0)), Fact(.sharedAccounts, .count(6)),
                Fact(.sharedAccountStems, .count(0)),
            ])
        #expect(
            Self.wording.indicator(a, order: nil)
                == "【关联订单团伙·中】与另外 11 单经共用的 6 个地址、6 个账号 串成一团、12 个收货人，2.6 小时内")
    }

    @Test func aPhoneClusterShowsThePhoneMasked() {
        let a = Anomaly(
            rule: .samePhoneCluster, severity: .medium, dates: [], orderIDs: ["1"],
            facts: [
                Fact(.maskedPhone, .personal(.phone, "13788888899")), Self.window, Fact(.orders, .count(5)),
                Fact(.distinctReceivers, .count(5)), Fact(.distinctAddresses, .count(5)),
            ])
        #expect(
            Self.wording.indicator(a, order: nil)
                == "【同手机号多单·中】同一手机号 137****8899 共 5 单、5 个收货人、5 个地址，2.6 小时内")
    }

    @Test func spansReadInMinutesHoursOrDays() {
        #expect(AnomalyWording.span(59) == "1 分钟")
        #expect(AnomalyWording.span(95 * 60) == "1.6 小时")
        #expect(AnomalyWording.span(3 * 86400) == "3.0 天")
    }
}
