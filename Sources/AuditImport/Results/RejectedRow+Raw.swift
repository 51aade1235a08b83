import AuditRecords
import Foundation

/// The rejected row as rejects.csv shows it: the fields as read, joined again with commas, with
/// buyers' names, accounts, phones and addresses masked.
extension RejectedRow {
    /// The row as comma-separated text, personal fields masked unless the masker reveals them.
    ///
    /// A row as wide as its header is masked by column, and any other cell that is a phone number
    /// as a whole or holds an 11-digit one is masked too. A row of another width (an unquoted
    /// comma, a cut line, a quote left open) is masked by what its cells look like
    /// (`PIIMasker.maskByLook`), each personal column's kind also applied to every cell it may
    /// have moved to.
    /// - Parameter omitted: what stands for a cell left out (one spanning lines in a shifted row,
    ///   which may hold anything): the report's words.
    public func raw(masker: PIIMasker, omitted: String = "…") -> String {
        let shown: [String]
        if masker.reveal {
            shown = fields
        } else if let shift = shift {
            shown = masker.maskByLook(fields, near: kindsAfter(shift: shift)).map { $0 ?? omitted }
        } else {
            shown = fields.enumerated().map { i, f in
                if let kind = personalFields[i] { return masker.mask(f, as: kind) }
                return PIIMasker.phoneDigits(in: f).map(masker.phone) ?? masker.scrubPhones(f)
            }
        }
        return shown.map { f in
            f.contains(",") || f.contains("\"") ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",")
    }

    /// How many fields the row has more (or, negative, fewer) than its header; nil when as many
    /// or unknown. Empty fields after the header's last column (a trailing comma) do not count:
    /// the columns before them are where they belong.
    var shift: Int? {
        guard let width = headerWidth else { return nil }
        var count = fields.count
        while count > width, fields[count - 1].allSatisfy(\.isWhitespace) { count -= 1 }
        return count == width ? nil : count - width
    }

    /// Each personal column's kind on every cell it may have moved to: a shift of +1 puts column
    /// 5's value in cell 5 or 6, depending on where the extra comma was.
    func kindsAfter(shift: Int) -> [Int: PersonalField] {
        var kinds: [Int: PersonalField] = [:]
        for (column, kind) in personalFields.sorted(by: { $0.key < $1.key }) {
            for i in (column + min(shift, 0))...(column + max(shift, 0)) where fields.indices.contains(i) {
                // Where two columns may meet, the kind whose mask hides more.
                if let other = kinds[i], other.maskRank >= kind.maskRank { continue }
                kinds[i] = kind
            }
        }
        return kinds
    }
}

extension PersonalField {
    /// How much of a value its mask hides: an address (all but the district) most, an account least.
    fileprivate var maskRank: Int {
        switch self {
        case .account: return 0
        case .name: return 1
        case .phone: return 2
        case .address: return 3
        }
    }
}
