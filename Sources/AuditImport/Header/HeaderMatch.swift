import AuditRecords

/// A header row recognised as one kind of export, with the index of each column the audit reads.
///
/// A class: every data row is read through it, and sharing one reference costs less per row than
/// copying (and reference counting) its arrays.
final class HeaderMatch: Sendable {
    let schema: ExportSchema
    let platform: Platform
    /// Index in the row of each column key (by the key's raw value); nil when absent.
    let indices: [Int?]
    let headerNames: [String]
    /// The first header name's UTF-8: every row's first cell is compared with it (a repeated header).
    let firstName: [UInt8]
    let line: Int

    init(schema: ExportSchema, platform: Platform, indices: [Int?], headerNames: [String], line: Int) {
        self.schema = schema
        self.platform = platform
        self.indices = indices
        self.headerNames = headerNames
        firstName = Array((headerNames.first ?? "").utf8)
        self.line = line
    }

    func index(_ key: ColumnKey) -> Int? { indices[key.rawValue] }

    /// Columns with buyer names, phones and addresses, masked wherever a row is shown.
    var personalColumns: [Int: PersonalField] {
        let kinds: [(ColumnKey, PersonalField)] = [
            (.buyer, .account), (.receiverName, .name), (.address, .address), (.mobile, .phone), (.telephone, .phone),
        ]
        var result: [Int: PersonalField] = [:]
        for (key, kind) in kinds { if let i = index(key) { result[i] = kind } }
        return result
    }

    /// Tries every schema against a row; returns the match, nil if the row is no header, or throws
    /// when the row is clearly a header of a known kind that lacks a required column.
    static func match(_ names: [String], line: Int, file: String) throws(ImportError) -> HeaderMatch? {
        let present = Set(names)
        // Score each schema by how many of its required columns are present.
        var best: (ExportSchema, Int)?
        for schema in ExportSchema.all where schema.excludedBy.isDisjoint(with: present) {
            let required = schema.columns.filter(\.required)
            let hits = required.filter { $0.names.contains(where: present.contains) }.count
            if hits == required.count {
                return try build(schema, names, line: line, file: file)
            }
            if hits > (best?.1 ?? 0) { best = (schema, hits) }
        }
        // Most required columns there: a header with a column missing, not a title line.
        if let (schema, hits) = best, hits >= 2, names.filter({ !$0.isEmpty }).count >= 4 {
            let missing = schema.columns.first { $0.required && !$0.names.contains(where: present.contains) }!
            throw .missingColumn(
                file: file, line: line, kind: schema.kind, column: missing.names[0],
                acceptedNames: missing.names, found: names.filter { !$0.isEmpty })
        }
        return nil
    }

    private static func build(_ schema: ExportSchema, _ names: [String], line: Int, file: String) throws(ImportError)
        -> HeaderMatch
    {
        var indices = [Int?](repeating: nil, count: ColumnKey.allCases.count)
        for column in schema.columns {
            // Prefer the first alias that is present (the list is in order of preference).
            for alias in column.names {
                let positions = names.indices.filter { names[$0] == alias }
                if positions.count > 1 { throw .duplicateColumn(file: file, line: line, column: alias) }
                if let p = positions.first {
                    indices[column.key.rawValue] = p
                    break
                }
            }
        }
        return HeaderMatch(
            schema: schema, platform: platform(of: schema.kind, names: Set(names)),
            indices: indices, headerNames: names, line: line)
    }

    /// Tells the platform from columns only one platform writes (each platform's header markers
    /// in its profile row).
    static func platform(of kind: ExportKind, names: Set<String>) -> Platform {
        PlatformProfile.platform(of: kind, headerNames: names)
    }
}
