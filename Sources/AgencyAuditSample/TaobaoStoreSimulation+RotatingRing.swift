/// Family 4 of issue 12, rings: a studio rotating pools of addresses, phones and accounts, and
/// the look-alikes a ring detector must leave alone.
extension TaobaoStoreSimulation {
    /// P40 (month 2, the 17th–18th): twelve orders of the 9.9 item within about thirty hours over six
    /// addresses, six phones and six accounts, each used exactly twice and paired differently, so no
    /// address or phone reaches the cluster rules' three orders, yet every order is linked to
    /// three others. Hard negatives: a family with two homes and two phones buying varied items
    /// over weeks, and colleagues on different floors of one office tower buying one item the same day.
    mutating func plantRotatingRing() {
        let addresses = (0..<6).map { _ in address() }
        let phones = (0..<6).map { _ in mobile() }
        let accounts = (0..<6).map { _ in "tb_\(rng.int(1_000_000...9_999_999))" }
        for k in 0..<12 {
            // Address pairs (0,1)(2,3)…, phone pairs (1,2)(3,4)…(11,0), account pairs (0,6)(1,7)…: a web.
            let o = specialOrder(
                at: SampleTime(day: day(1, 17), second: 10 * 3600 + k * 9_000 + rng.int(0...900)),
                nick: accounts[k * 5 % 6], name: personName(), phone: phones[(k + 1) / 2 % 6],
                address: addresses[k / 2], item: SampleCatalogue.cheapItem)
            schedule(o, group: "P40")
        }
        orderPlants["P40"] = ("linked-orders", 1, [day(1, 17).iso, day(1, 18).iso])
        plantShapes["P40"] = "rotating-ring"

        // Hard negative: a family with two homes (a flat in town, the parents' house) and two
        // phones, four members buying varied items every few days over the month.
        let homes = [address(), address()]
        let familyPhones = [mobile(), mobile()]
        let members = (0..<4).map { _ in (nick(), personName(surname: "林")) }
        for (k, d) in [2, 6, 10, 13, 17, 21, 25, 28].enumerated() {
            let m = members[k % 4]
            schedule(
                specialOrder(
                    at: SampleTime(day: day(1, d), second: 20 * 3600 + rng.int(0...3000)), nick: m.0, name: m.1,
                    phone: familyPhones[k / 2 % 2], address: homes[k % 2],
                    item: rng.int(0...(SampleCatalogue.items.count - 2))),
                group: "two-home-family")
        }
        // Hard negative: colleagues on different floors of one tower, the same cheap item the
        // same afternoon (a team-wide recommendation), each with their own room, phone and account.
        for k in 0..<8 {
            let floor = 8 + k * 3
            let tower = "上海 上海市 浦东新区 陆家嘴环路1000号 恒生银行大厦\(floor)楼\(floor)0\(1 + k % 4)室(200120)"
            schedule(
                specialOrder(
                    at: SampleTime(day: day(1, 16), second: 14 * 3600 + k * 600 + rng.int(0...300)), nick: nick(),
                    name: personName(), phone: mobile(), address: tower, item: SampleCatalogue.cheapItem),
                group: "office-tower-colleagues")
        }
    }
}
