@testable import ExportContainers

extension SheetRowBuilder {
    /// A whole cell at once.
    mutating func addCell(column: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        beginCell(column: column)
        append(bytes)
        endCell()
    }
}
