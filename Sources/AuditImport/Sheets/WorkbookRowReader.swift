import AuditRecords
import ExportContainers

/// Reads chosen rows of a workbook again, by sheet and position: the full orders behind the
/// records a finding names, parsed by the same code that imported them.
///
/// A sheet stored in place is read again from the file; a deflated one from its inflated copy
/// (memory or spill file); the shared strings stay in memory with the workbook.
final class WorkbookRowReader: OrderDetailSource {
    private let workbook: any WorkbookReader
    private let header: HeaderMatch

    init(workbook: any WorkbookReader, header: HeaderMatch) {
        self.workbook = workbook
        self.header = header
    }

    func orders(_ records: [OrderRecord]) -> [Order?] {
        var result = [Order?](repeating: nil, count: records.count)
        var mapper = OrderRowMapper()
        var converter = SheetRecords()
        defer { converter.deallocate() }
        let header = self.header
        // In position order, so a sheet is read forwards.
        for k in records.indices.sorted(by: { records[$0].position < records[$1].position }) {
            let (sheet, row) = SheetRecords.split(position: records[k].position)
            guard sheet < workbook.sheets.count else { continue }
            try? workbook.forEachRow(inSheet: sheet, from: row) { sheetRow in
                guard sheetRow.position == row else { return false }
                converter.withRecord(sheetRow, sheet: sheet) { record in
                    // Only the row imported at this place: its id must match.
                    if let order = try? mapper.order(
                        FieldReader(record: record, header: header), location: records[k].location),
                        order.idKey == records[k].idKey
                    {
                        result[k] = order
                    }
                }
                return false
            }
        }
        return result
    }
}
