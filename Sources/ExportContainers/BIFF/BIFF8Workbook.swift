// Placeholder with the agreed interface; replaced by the real reader from the `biff` branch.
public final class BIFF8Workbook: WorkbookReader {
    public let sheets: [SheetInfo] = []
    public init(_ compoundFile: CompoundFile) throws { throw ContainerError.unsupported("BIFF8") }
    public func forEachRow(inSheet index: Int, from position: Int?, _ body: (SheetRow) throws -> Bool) throws {}
}
