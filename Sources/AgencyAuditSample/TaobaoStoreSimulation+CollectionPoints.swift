extension TaobaoStoreSimulation {
    /// Issue 12, families 1 and 2: brushing to one door typed partly with `#`, and brushing through
    /// a parcel locker; with the hard negatives beside them (a campus station's busy day with the
    /// store's best-seller at its usual share, neighbours in different buildings of one estate).
    mutating func plantCollectionPoints() {
        // P20: six accounts, the 9.9 item, within three hours, to one flat typed three ways (284#,
        // 284号, 284号院; 3#楼, 3栋, 3号楼): two orders per spelling, so no spelling alone makes a crowd.
        let variants = [
            "陕西省 西安市 碑林区 友谊东路284# 3#楼2单元501", "西安市碑林区友谊东路284号3栋2单元501室",
            "碑林区 友谊东路284号院 3号楼 2单元 501",
        ]
        for k in 0..<6 {
            let o = specialOrder(
                at: SampleTime(day: day(1, 17), second: 15 * 3600 + k * 1_500 + rng.int(0...400)), nick: nick(),
                name: personName(), phone: mobile(), address: variants[k % variants.count],
                item: SampleCatalogue.cheapItem)
            schedule(o, group: "P20")
        }
        orderPlants["P20"] = ("same-address-cluster", 1, [day(1, 17).iso])
        plantShapes["P20"] = "address-suffix-variants"

        // P21: ten names and phones buying the 9.9 item at one parcel locker within three hours.
        let locker = "广东省 深圳市 南山区 科苑路15号 科兴科学园 丰巢快递柜(518057)"
        for k in 0..<10 {
            let o = specialOrder(
                at: SampleTime(day: day(1, 20), second: 19 * 3600 + k * 1_000 + rng.int(0...300)), nick: nick(),
                name: personName(), phone: mobile(), address: locker, item: SampleCatalogue.cheapItem)
            schedule(o, group: "P21")
        }
        orderPlants["P21"] = ("same-address-cluster", 1, [day(1, 20).iso])
        plantShapes["P21"] = "collection-point-burst"

        // Hard negative: a campus station's busy day: thirty students, items as the store sells
        // them (the best-seller at its usual share), amounts as paid, from morning to night.
        let station = "北京市 海淀区 颐和园路5号 北京大学 菜鸟驿站(100871)"
        let weights = SampleCatalogue.items.map(\.weight)
        for k in 0..<30 {
            let o = specialOrder(
                at: SampleTime(day: day(1, 16), second: 9 * 3600 + k * 1_560 + rng.int(0...900)), nick: nick(),
                name: personName(), phone: mobile(), address: station, item: rng.weighted(weights))
            schedule(o, group: "campus-station-busy-day")
        }
        // Hard negative: neighbours in six buildings of one estate, flat 501 each, one evening.
        for k in 0..<6 {
            let suffix = ["号楼", "栋", "#", "幢", "#楼", "座"][k]
            let o = specialOrder(
                at: SampleTime(day: day(1, 12), second: 20 * 3600 + k * 600 + rng.int(0...300)), nick: nick(),
                name: personName(), phone: mobile(), address: "陕西省 西安市 碑林区 友谊东路284号 \(k + 1)\(suffix)2单元501室",
                item: rng.int(0...(SampleCatalogue.items.count - 2)))
            schedule(o, group: "neighbour-buildings")
        }
    }
}
