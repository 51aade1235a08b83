import AuditRecords
import Foundation

/// Tells the English edition's own words from Chinese: any CJK character or full-width
/// punctuation in an English sentence built from ASCII data is a word left untranslated.
enum ChineseText {
    /// Whether `scalar` is a CJK character or CJK/full-width punctuation (「」，：；（）、。).
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }

    static func contains(_ text: String) -> Bool { text.unicodeScalars.contains(where: isChinese) }

    /// The English names the platform profiles give with their Chinese beside them, so a merchant
    /// finds the tool in the back office ("Sycm (生意参谋)"): the one place the English edition
    /// writes Chinese of its own.
    static let glossedNames: [String] = {
        let names = Platform.allCases.flatMap { platform -> [PlatformProfile.LocalizedName] in
            let p = platform.profile
            return [p.name, p.dataTool] + [p.marketPage, p.freeTrafficName].compactMap { $0 }
                + p.exports.values.map(\.name)
        }
        return Set(names.map(\.english).filter(contains)).sorted { $0.count > $1.count }
    }()

    /// The first Chinese character of `english` outside the glossed names and `allowed` (text
    /// taken from the exports), with what surrounds it; nil when there is none.
    static func untranslated(in english: String, allowing allowed: [String] = []) -> String? {
        var rest = english
        for name in glossedNames + allowed.filter({ !$0.isEmpty }).sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: name, with: " ")
        }
        let scalars = Array(rest.unicodeScalars)
        guard let i = scalars.firstIndex(where: isChinese) else { return nil }
        let around = scalars[max(0, i - 20)..<min(scalars.count, i + 20)]
        return String(String.UnicodeScalarView(around))
    }
}
