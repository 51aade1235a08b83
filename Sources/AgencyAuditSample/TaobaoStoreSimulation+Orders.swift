/// One order of the sample store: a legitimate one drawn from the catalogue, or a planted or
/// hard-negative one with a given identity, scheduled for its day.
extension TaobaoStoreSimulation {
    /// A legitimate order created at `time`.
    mutating func legitOrder(at time: SampleTime, monthEnd: SampleDay) -> SampleOrder {
        let weights = SampleCatalogue.items.map(\.weight)
        let item = SampleCatalogue.items[rng.weighted(weights)]
        let qty = rng.chance(0.08) ? 2 : 1
        let goods = listCents(item.title, catalogue: item.cents, on: time.day) * qty
        var paid = goods
        if goods > 3000, rng.chance(0.2) { paid -= rng.chance(0.5) ? 500 : 1000 }
        let masked = rng.chance(0.1)
        let phone = mobile()
        var o = SampleOrder(
            id: nextID(), nick: nick(),
            alipay: masked ? "a***@163.com" : String(phone.prefix(3)) + "****" + String(phone.suffix(4)),
            goodsCents: goods, paidCents: paid, status: "交易成功", name: personName(), address: address(),
            phoneCell: masked ? String(phone.prefix(3)) + "****" + String(phone.suffix(4)) : "'" + phone,
            created: time, paid: time.adding(rng.int(5...300)), itemTitle: item.title, quantity: qty)
        if rng.chance(0.03) { o.note = rng.pick(SampleCatalogue.notes) }
        let r = rng.unit()
        if r < 0.02 {
            o.status = "等待买家付款"
            o.paid = nil
        } else if r < 0.06 {
            o.status = "交易关闭"
            o.paid = nil
            o.closeReason = "买家不想买了"
        } else if r < 0.09 {
            o.status = "交易关闭"
            o.closeReason = "退款"
            o.refundCents = paid
        } else {
            if r < 0.10 { o.refundCents = min(paid / 2, 2000) }  // a partial refund: always less than paid
            let daysLeft = monthEnd.ordinal - time.day.ordinal
            if daysLeft <= 1 {
                o.status = rng.chance(0.5) ? "买家已付款，等待卖家发货" : "卖家已发货，等待买家确认"
            } else if daysLeft <= 5, rng.chance(0.3) {
                o.status = "卖家已发货，等待买家确认"
            }
        }
        if o.paid != nil, o.status != "买家已付款，等待卖家发货" { shipped(&o) }
        return o
    }

    mutating func shipped(_ o: inout SampleOrder) { storeWaybill(&o) }

    /// A planted or hard-negative order with a given identity.
    mutating func specialOrder(
        at rawTime: SampleTime, nick: String, name: String, phone: String, address: String, item: Int,
        paidDelay: Int = 20
    ) -> SampleOrder {
        let time = SampleTime(day: rawTime.day, second: 0).adding(rawTime.second)
        let it = SampleCatalogue.items[item]
        let cents = listCents(it.title, catalogue: it.cents, on: time.day)
        var o = SampleOrder(
            id: nextID(), nick: nick, alipay: String(phone.prefix(3)) + "****" + String(phone.suffix(4)),
            goodsCents: cents, paidCents: cents, status: "交易成功", name: name, address: address,
            phoneCell: "'" + phone, created: time, paid: time.adding(paidDelay), itemTitle: it.title, quantity: 1)
        shipped(&o)
        return o
    }

    mutating func schedule(_ o: SampleOrder, group: String) {
        scheduled[o.created.day.iso, default: []].append((o, group))
    }
}
