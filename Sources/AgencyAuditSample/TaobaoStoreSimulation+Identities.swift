/// The people, accounts, phones and addresses of the sample store's buyers, drawn from the seed.
extension TaobaoStoreSimulation {
    mutating func nextID() -> Int {
        orderCounter += 1
        return 3_812_004_976_000_000_000 + orderCounter * 104_729 + rng.int(0...999)
    }

    mutating func personName(surname: String? = nil) -> String {
        let s = surname ?? rng.pick(SampleCatalogue.surnames)
        return s + rng.pick(SampleCatalogue.givenChars) + (rng.chance(0.6) ? rng.pick(SampleCatalogue.givenChars) : "")
    }

    mutating func nick() -> String {
        switch rng.int(0...3) {
        case 0: return "tb_\(rng.int(1_000_000...9_999_999))"
        case 1: return rng.pick(SampleCatalogue.nickWords) + String(rng.int(1...999))
        case 2: return "\(rng.pick(["j", "x", "m", "z"]))***\(rng.int(0...9))"
        default: return "t_\(rng.int(10_000_000...99_999_999))"
        }
    }

    mutating func mobile() -> String {
        "1\(rng.pick(["3", "5", "8", "9"]))\(rng.int(0...9))\(rng.int(10_000_000...99_999_999))"
    }

    mutating func address() -> String {
        let p = rng.pick(SampleCatalogue.places)
        let road = rng.pick(p.roads)
        return
            "\(p.province) \(p.city) \(p.district) \(road)\(rng.int(1...999))号 \(rng.int(1...30))幢\(rng.int(1...6))单元\(rng.int(1...28))0\(rng.int(1...4))室(\(p.postcode))"
    }
}
