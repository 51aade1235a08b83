import AuditRecords

/// What the agency reported for a month, read from the month folder's `agency-claims.csv`: the
/// claims it could use and the lines it could not.
///
/// The file is the merchant's, typed from the agency's slides (or saved from Excel): two columns,
/// `metric,claimed`, a header line and `#` comment lines optional, further columns (a note)
/// ignored. It is read by the export readers' `CSVReader`, so UTF-8 with or without BOM, GBK and
/// UTF-16 text all work, and tab-separated text too. Reading is a pure function of the bytes; the
/// workspace finds the file by its name and hands them over.
public struct AgencyClaims: Sendable, Hashable {
    /// The name the file is recognised by in a month folder, in any letter case.
    public static let fileName = "agency-claims.csv"

    /// The claims files read, relative to the store folder; empty when the month has none.
    public var files: [String] = []
    /// The claims, in the order read; one per metric (per metric and item for a per-item one).
    public var claims: [AgencyClaim] = []
    /// The lines (or files) that could not be used, in the order read.
    public var problems: [ClaimProblem] = []
    /// The file each of `claims` came from.
    private var claimFiles: [String] = []

    public init() {}

    /// True for a file the audit reads as the agency's claims rather than as an export.
    public static func isClaimsFile(_ path: String) -> Bool {
        MerchantFileName.names(path, fileName)
    }

    /// The claims of one file's bytes.
    public static func parse(_ bytes: [UInt8], file: String) -> AgencyClaims {
        var claims = AgencyClaims()
        claims.read(bytes, file: file)
        return claims
    }

    /// Adds one file's claims; a metric claimed in an earlier line or file keeps its first claim.
    public mutating func read(_ bytes: [UInt8], file: String) {
        files.append(file)
        let records: [(line: Int, cells: [String])]
        do {
            records = try Self.records(bytes)
        } catch let error as ImportError {
            problems.append(ClaimProblem(file: file, line: 0, column: 0, reason: .unreadable(.inFile(file, error))))
            return
        } catch {
            problems.append(
                ClaimProblem(file: file, line: 0, column: 0, reason: .unreadable(.unreadable(file: file, cause: error)))
            )
            return
        }
        var first = true
        for (line, cells) in records {
            let name = cells.first ?? ""
            let value = Self.value(cells)
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) || name.hasPrefix("#") { continue }
            defer { first = false }
            if first, ClaimMetricName.isHeader(name) { continue }
            let named = ClaimMetricName.item(named: name)
            guard let metric = named?.metric ?? ClaimMetricName.metric(named: name) else {
                let reason: ClaimProblem.Reason =
                    ClaimMetricName.itemWithoutID(name).map { .itemWithoutID($0) }
                    ?? .unknownMetric(found: ClaimText.shown(name))
                problems.append(ClaimProblem(file: file, line: line, column: 1, reason: reason))
                continue
            }
            let item = named.map { TargetItem(id: $0.item) }
            if let earlier = claims.firstIndex(where: { $0.metric == metric && $0.item?.id == item?.id }) {
                // A second copy of the file (`agency-claims (1).csv`) claiming the same figure changes nothing.
                if claimFiles[earlier] != file, case .success(let v) = ClaimValue.parse(value, unit: metric.unit),
                    v == claims[earlier].claimed
                {
                    continue
                }
                problems.append(
                    ClaimProblem(
                        file: file, line: line, column: 1,
                        reason: .repeatedMetric(metric, firstFile: claimFiles[earlier], firstLine: claims[earlier].line)
                    ))
                continue
            }
            switch ClaimValue.parse(value, unit: metric.unit) {
            case .success(let v):
                claims.append(AgencyClaim(metric: metric, claimed: v, line: line, item: item))
                claimFiles.append(file)
            case .failure(let failure):
                let shown = ClaimText.shown(value)
                let reason: ClaimProblem.Reason
                switch failure {
                case .empty: reason = .emptyValue(metric)
                case .notANumber: reason = .notANumber(found: shown, metric: metric)
                case .shareWithoutPercent: reason = .shareWithoutPercent(found: shown, metric: metric)
                }
                problems.append(ClaimProblem(file: file, line: line, column: 2, reason: reason))
            }
        }
    }

    /// The second cell, or with the cells after it that continue its digits: a figure typed with
    /// thousands separators in Notepad (`GMV,¥270,000`) spans cells, and read alone it would be a
    /// thousand times too small. Only groups of exactly three digits are taken in, so a note
    /// column stays a note, and the whole is checked as any figure is.
    static func value(_ cells: [String]) -> String {
        guard cells.count > 1 else { return "" }
        var value = cells[1]
        for cell in cells.dropFirst(2) {
            let digits = cell.prefix { $0.isASCII && $0.isNumber }
            guard value.last?.isASCII == true, value.last?.isNumber == true, digits.count == 3 else { break }
            value += "," + cell
        }
        return value
    }

    /// Adds a claims file whose bytes could not be read.
    public mutating func unreadable(file: String, error: ImportError) {
        files.append(file)
        problems.append(ClaimProblem(file: file, line: 0, column: 0, reason: .unreadable(error)))
    }

    /// Every record of the file as trimmed text with its line; read again with tabs when no line
    /// has a comma but one has a tab (Excel's "Unicode text" is tab-separated UTF-16).
    static func records(_ bytes: [UInt8]) throws -> [(line: Int, cells: [String])] {
        func read(delimiter: UInt8?) throws -> [(line: Int, cells: [String])] {
            var reader = CSVReader(source: MemoryByteSource(bytes), delimiter: delimiter)
            var out: [(line: Int, cells: [String])] = []
            try reader.forEachRecord { record in
                let cells = (0..<record.count).map { i in
                    record.withField(i) { String(decoding: CellText.trimmed($0), as: UTF8.self) }
                }
                out.append((record.line, cells))
            }
            return out
        }
        let records = try read(delimiter: nil)
        if records.allSatisfy({ $0.cells.count <= 1 }),
            records.contains(where: { $0.cells.first?.contains("\t") == true })
        {
            return try read(delimiter: UInt8(ascii: "\t"))
        }
        return records
    }
}
