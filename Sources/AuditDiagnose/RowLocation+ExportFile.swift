import AuditRecords

extension RowLocation {
    /// The export's file without the sheet a row of a workbook is located by (`a.xlsx[Sheet1]` → `a.xlsx`):
    /// the file a merchant looks for.
    var exportFile: String {
        let name = file
        guard name.hasSuffix("]"), let open = name.lastIndex(of: "[") else { return name }
        return String(name[..<open])
    }
}
