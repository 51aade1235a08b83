// libFuzzer entry point for the import stage. Built by Tests/Fuzz/run.sh together with the
// library's sources into one module (not by SwiftPM), so it can check internal invariants.
//
// For every input it reads the container the bytes say (text, zip, xlsx, xls, HTML, JSON) as the
// workspace does, decodes, tokenises, recognises the header, parses the values and maps the
// rows, and traps (so libFuzzer keeps the input) when an invariant breaks:
// - the same records come out whatever the chunk size;
// - every data row is accounted for: read = accepted + rejected + skipped, one reject per rejected row;
// - every order read back from its row equals the compact record imported from it;
// - every cell parser returns a value, null or a reason, and never crashes.

import ExportContainers

@_cdecl("LLVMFuzzerTestOneInput")
public func importFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    checkChunkIndependence(bytes)
    checkAccounting(bytes)
    checkCellParsers(bytes)
    return 0
}

private func records(_ bytes: [UInt8], chunk: Int) -> [[String]]? {
    var reader = CSVReader(
        source: MemoryByteSource(bytes, maxChunk: chunk), chunkSize: max(16, chunk), maxRecordBytes: 1 << 16)
    var rows: [[String]] = []
    do {
        try reader.forEachRecord { rows.append($0.strings + [$0.defect.map { "\($0)" } ?? "", String($0.line)]) }
    } catch {
        return nil
    }
    return rows
}

private func checkChunkIndependence(_ bytes: [UInt8]) {
    let whole = records(bytes, chunk: 1 << 20)
    let small = records(bytes, chunk: 17)
    // A record longer than the limit may be caught in one reading and not the other; compare only complete readings.
    if let whole, let small, whole != small {
        fatalError("chunk size changed the records: \(whole.count) vs \(small.count)")
    }
}

private func checkAccounting(_ bytes: [UInt8]) {
    // Any container (the bytes decide): text, zip, xlsx, xls, HTML, JSON, with small limits.
    var importer = ExportFileImporter(spillDirectory: nil)
    importer.limits.freeInflatedSize = 1 << 16
    importer.limits.maxRatio = 100
    importer.limits.maxArchiveInflated = 4 << 20
    importer.limits.memoryLimit = 4 << 20
    for name in [
        "exports/2025-09/orders.csv", "exports/2025-09/店铺来源_2025-09-03_2025-09-03.xls",
        "exports/2025-09/计划报表_20250930_110330.zip",
    ] {
        let result = importer.read(file: name, bytes: MemoryBytes(bytes))
        for f in result.ignored
        where Language.allCases.contains(where: { IgnoredFileWording.reason(f, in: $0).isEmpty }) {
            fatalError("a file not read without a reason")
        }
        for imported in result.exports { check(imported) }
    }
    for name in [
        "exports/2025-09/orders.csv", "exports/2025-09/店铺来源_2025-09-03_2025-09-03.csv",
        "exports/2025-09/计划报表_20250930_110330.csv",
    ] {
        guard
            let imported = try? ExportImporter.read(MemoryByteSource(bytes, maxChunk: 29), file: name, chunkSize: 4096)
        else { continue }
        check(imported)
    }
}

private func check(_ imported: ImportedExport) {
    let c = imported.counts
    if c.read != c.accepted + c.rejected + c.skipped { fatalError("read \(c.read) ≠ accepted + rejected + skipped") }
    if c.rejected != imported.rejects.count {
        fatalError("rejected \(c.rejected) but \(imported.rejects.count) rejects listed")
    }
    let records =
        imported.orderRecords.count + imported.lineItems.count + imported.traffic.count + imported.ads.count
        + imported.refunds.count
    if records != c.accepted { fatalError("accepted \(c.accepted) but \(records) records") }
    // Every order read back from its row (CSV or sheet) is the row imported, with the keys the import computed.
    for (record, order) in zip(imported.orderRecords, imported.orders)
    where OrderRecord(order, position: record.position) != record {
        fatalError("order read back at \(record.location) differs from the imported record")
    }
    for r in imported.rejects where Language.allCases.contains(where: { RejectedRowWording.reason(r, in: $0).isEmpty })
    {
        fatalError("a reject without a reason")
    }
    _ = imported.rejects.map { $0.raw(masker: PIIMasker()) }
    auditWhole(imported)
}

/// Runs the rest of the pipeline on whatever was imported: detection, metrics, diagnosis, reports.
private func auditWhole(_ imported: ImportedExport) {
    let month = YearMonth(year: 2025, month: 9)
    let contract = Contract(
        storeName: "fuzz", limits: Contract.Limits(dailyAdSpend: Money(cents: 50_000), roiRedLine: 1.5),
        stages: [
            Contract.Stage(
                name: "s", from: month, to: month,
                targets: MetricKey.allCases.map { Contract.Target(metric: $0, value: 1) })
        ])
    let out = MonthlyAuditor.audit(month: month, contract: contract, imports: [imported], previous: nil, history: [])
    for renderer in StandardReports.all {
        for language in Language.allCases {
            _ = renderer.render(out.result, options: ReportOptions(language: language))
        }
    }
}

private func checkCellParsers(_ bytes: [UInt8]) {
    // Treat the input as one cell too (cells are where the messy text ends up).
    let cell = Array(bytes.prefix(256))
    cell.withUnsafeBufferPointer { b in
        _ = NumberCell.money(b)
        _ = NumberCell.integer(b)
        _ = NumberCell.rate(b)
        _ = DateCell.time(b)
        _ = CellText.string(b)
    }
    let text = String(decoding: cell, as: UTF8.self)
    _ = AddressNormalizer().key(text)
    _ = cell.withUnsafeBufferPointer { OrderKeys.phoneKey($0) }
    _ = AddressNormalizer().hashKey(text)
    _ = SequentialAccountsRule.numberedAccount(text)
    _ = SamePhoneClusterRule.visibleDigits(text)
    _ = PIIMasker().address(text)
    _ = PIIMasker().scrubPhones(text)
}
