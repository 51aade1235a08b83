/// A workbook read sheet by sheet, row by row: an xlsx package, a BIFF8 `.xls`, an HTML table.
public protocol WorkbookReader: Sendable {
    /// The sheets in the order the workbook lists them (tabs left to right).
    var sheets: [SheetInfo] { get }

    /// Calls `body` with each row of sheet `index` in order, starting with the row at `position`
    /// (a `SheetRow.position` this reader handed out before) or at the sheet's start when nil.
    /// `body` returns false to stop early. Rows without any cell may be skipped.
    func forEachRow(inSheet index: Int, from position: Int?, _ body: (SheetRow) throws -> Bool) throws
}

/// A sheet's name and whether the workbook hides it.
public struct SheetInfo: Sendable, Hashable {
    public var name: String
    public var isHidden: Bool

    public init(name: String, isHidden: Bool = false) {
        self.name = name
        self.isHidden = isHidden
    }
}
