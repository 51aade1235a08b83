/// How the sample store ships, and the empty-parcel (空包) batch planted against it.
///
/// A store prints e-waybills (电子面单) from the block its carrier's branch (网点) allocates to it:
/// one day's parcels take numbers in sequence, with a few skipped (a misprint, another merchant of
/// the branch), and the next day continues further on. This store sends most parcels by 中通 and
/// some dearer ones by 顺丰. An empty-parcel service sells genuine numbers of its own blocks, so a
/// batch of its parcels runs consecutively across unrelated buyers, far from the store's run.
///
/// Number formats (inferred from carriers' public waybill formats, not from `shared/`): 中通 `7` +
/// 11 digits, 顺丰 `SF` + 13 digits, 圆通 `YT` + 13 digits, 韵达 13 digits from `43`, 京东 `JDV` + 12 digits.
struct WaybillCarrier {
    let name: String
    let prefix: String
    /// First number of the store's block (its own carriers) or of a service's block.
    let base: UInt64

    static let zto = WaybillCarrier(name: "中通快递", prefix: "", base: 731_204_880_000)
    static let sf = WaybillCarrier(name: "顺丰速运", prefix: "SF", base: 1_402_337_150_000)
    static let yto = WaybillCarrier(name: "圆通速递", prefix: "YT", base: 7_302_118_640_000)
    static let yunda = WaybillCarrier(name: "韵达快递", prefix: "", base: 4_312_665_070_000)
    static let jd = WaybillCarrier(name: "京东快递", prefix: "JDV", base: 21_007_304_000)

    func text(_ number: UInt64) -> String { prefix + String(number) }
}

/// The next e-waybill number per carrier and shipping day.
struct WaybillBook {
    var next: [Int: UInt64] = [:]
}

extension TaobaoStoreSimulation {
    /// Numbers one carrier's block moves on per day: more than a day's parcels, so days never overlap.
    var waybillDayStride: UInt64 { UInt64(max(4_000, spec.ordersPerDay * 8)) }

    /// Gives a shipped order the store's carrier and the next number of that day's run.
    /// Orders paid after 17:00 go out with the next day's run.
    mutating func storeWaybill(_ o: inout SampleOrder) {
        let carrier: WaybillCarrier =
            o.goodsCents >= 20_000 && rng.chance(0.6) ? .sf : .zto
        let t = o.paid ?? o.created
        let shipDay = t.day.ordinal + (t.second >= 17 * 3600 ? 1 : 0)
        o.carrier = carrier.name
        o.logistics = carrier.text(nextWaybill(carrier, day: shipDay))
    }

    /// The next number of `carrier`'s run on day `ordinal`: each day starts in its own stretch of
    /// the block; within it a number is now and then skipped.
    mutating func nextWaybill(_ carrier: WaybillCarrier, day ordinal: Int) -> UInt64 {
        let dayIndex = max(0, ordinal - day(0, 1).ordinal)
        let key = Int(carrier.base % 1_000_003) * 1_000 + dayIndex
        let start = carrier.base + UInt64(dayIndex) * waybillDayStride + UInt64(dayIndex * 37 % 101)
        var n = waybills.next[key] ?? start
        if rng.chance(0.1) { n += UInt64(rng.int(1...3)) }
        waybills.next[key] = n + 1
        return n
    }

    /// P30 (and P31 with three months): empty-parcel batches. P30: eight unrelated buyers of the
    /// 9.9 item within three hours, 交易成功, waybills of 韵达 (a carrier the store never uses) in
    /// sequence. P31: six buyers, waybills of the store's own 中通 but from a service's block far
    /// from the store's run. Hard negative: an afternoon the 中通 pickup was missed and ten
    /// ordinary orders went by 圆通 in one run.
    mutating func plantWaybillBatch() {
        var next = WaybillCarrier.yunda.base + UInt64(rng.int(100_000...900_000))
        for k in 0..<8 {
            var o = specialOrder(
                at: SampleTime(day: day(1, 17), second: 13 * 3600 + k * 1_300 + rng.int(0...400)), nick: nick(),
                name: personName(), phone: mobile(), address: address(), item: SampleCatalogue.cheapItem)
            o.carrier = WaybillCarrier.yunda.name
            o.logistics = String(next)
            next += k == 4 ? 2 : 1
            schedule(o, group: "P30")
        }
        orderPlants["P30"] = ("waybill-batch", 1, [day(1, 17).iso])
        plantShapes["P30"] = "waybill-batch"

        let backup = WaybillCarrier.yto
        var yt = backup.base + UInt64(rng.int(10_000...90_000))
        for k in 0..<10 {
            var o = specialOrder(
                at: SampleTime(day: day(1, 9), second: 11 * 3600 + k * 2_100 + rng.int(0...600)), nick: nick(),
                name: personName(), phone: mobile(), address: address(),
                item: rng.int(0...(SampleCatalogue.items.count - 2)))
            o.carrier = backup.name
            o.logistics = backup.text(yt)
            yt += 1
            schedule(o, group: "missed-pickup-backup-carrier")
        }

        guard months.count >= 3 else { return }
        var zto = WaybillCarrier.zto.base + 40_000_000 + UInt64(rng.int(0...1_000_000))
        for k in 0..<6 {
            var o = specialOrder(
                at: SampleTime(day: day(2, 24), second: 20 * 3600 + k * 1_500 + rng.int(0...300)), nick: nick(),
                name: personName(), phone: mobile(), address: address(), item: SampleCatalogue.cheapItem)
            o.carrier = WaybillCarrier.zto.name
            o.logistics = WaybillCarrier.zto.text(zto)
            zto += 1
            schedule(o, group: "P31")
        }
        orderPlants["P31"] = ("waybill-batch", 2, [day(2, 24).iso])
        plantShapes["P31"] = "waybill-batch-usual-carrier"
    }
}
