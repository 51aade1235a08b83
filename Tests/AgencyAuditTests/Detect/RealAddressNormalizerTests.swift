import Foundation
import Testing

@testable import AuditRecords

/// The normaliser on 200 real addresses (Fixtures/Addresses, see its README): typing variants of
/// one address must meet, and other rooms or buildings of the same place must stay apart.
@Suite struct RealAddressNormalizerTests {
    typealias Segments = [(label: String, text: String)]
    let normalizer = AddressNormalizer()

    static func addresses() throws -> [Segments] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Addresses/cpca-company-addresses.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                line.split(separator: "\t").dropFirst().map { field in
                    let parts = field.split(separator: "=", maxSplits: 1)
                    return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
                }
            }
    }

    static func joined(_ s: Segments, _ separator: String = "") -> String { s.map(\.text).joined(separator: separator) }

    static func fullWidth(_ s: String) -> String {
        var v = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let isAlnum =
                (0x30...0x39).contains(u.value) || (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value)
            v.append(isAlnum ? Unicode.Scalar(u.value + 0xFEE0)! : u)
        }
        return String(v)
    }

    /// Each kind of variant a buyer or a shop's system produces, or nil when it does not apply.
    static var variants: [(name: String, make: (Segments) -> String?)] {
        [
            (
                "province or city left out",
                { s in
                    s.contains { $0.label == "prov" || $0.label == "city" }
                        ? joined(
                            s.enumerated().filter { i, seg in
                                // (With a separator the corpus marks as redundant right after the part left out.)
                                let dropped = ["prov", "city"]
                                return !dropped.contains(seg.label)
                                    && !(seg.label == "redundant" && i > 0 && dropped.contains(s[i - 1].label))
                            }.map(\.element)) : nil
                }
            ),
            ("full-width digits and letters", { fullWidth(joined($0)) }),
            ("spaces between words", { joined($0, " ") }),
            (
                "室 typed or not",
                { s in
                    guard let r = s.lastIndex(where: { $0.label == "roomno" }) else { return nil }
                    var t = s
                    let room = t[r].text
                    if room.hasSuffix("室") {
                        t[r].text = String(room.dropLast())
                    } else if room.allSatisfy(\.isASCII) {
                        t[r].text = room + "室"
                    } else {
                        return nil
                    }
                    return joined(t)
                }
            ),
            ("(310012) appended", { joined($0) + "(310012)" }),
        ]
    }

    /// Another room (the last digit moved on) or another building (the building number's last digit).
    static func neighbour(_ s: Segments, label: String) -> String? {
        guard let r = s.lastIndex(where: { $0.label == label }),
            let d = s[r].text.lastIndex(where: { $0.isASCII && $0.isNumber })
        else { return nil }
        var t = s
        let digit = t[r].text[d].wholeNumberValue!
        t[r].text.replaceSubrange(d...d, with: String((digit + 1) % 10))
        return joined(t)
    }

    @Test func variantsMeetAndNeighboursStayApart() throws {
        let addresses = try Self.addresses()
        #expect(addresses.count >= 100)
        var met = 0
        var tried = 0
        var misses: [String] = []
        for s in addresses {
            let key = normalizer.key(Self.joined(s))
            for (name, make) in Self.variants {
                guard let v = make(s) else { continue }
                tried += 1
                if normalizer.key(v) == key {
                    met += 1
                } else {
                    misses.append("\(name): \(Self.joined(s)) | \(v) → \(normalizer.key(v)) ≠ \(key)")
                }
            }
        }
        var apart = 0
        var pairs = 0
        var merged: [String] = []
        for s in addresses {
            let key = normalizer.key(Self.joined(s))
            for label in ["roomno", "floorno", "houseno"] {
                guard let other = Self.neighbour(s, label: label) else { continue }
                pairs += 1
                if normalizer.key(other) != key { apart += 1 } else { merged.append(other) }
            }
        }
        let meetRate = Double(met) / Double(tried)
        let apartRate = Double(apart) / Double(pairs)
        print(
            "Real addresses (\(addresses.count)): variants meet \(met)/\(tried) = \(meetRate); neighbours apart \(apart)/\(pairs) = \(apartRate)"
        )
        if !misses.isEmpty { print("first misses: \(misses.prefix(5))") }
        // 2026-12: 0.97 (the misses: an address whose region the buyer pasted again after the
        // platform's (浙江省杭州市江干区杭州市江干区…), a county-level city (义乌市) taken for the prefecture
        // when the prefecture is left out, a prefecture without 市 before a place (金华义乌城北路)).
        #expect(meetRate >= 0.96, "\(misses.prefix(5))")
        #expect(apartRate == 1, "\(merged.prefix(5))")
    }
}
