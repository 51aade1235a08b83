/// Where a record came from: the input file (relative to the store folder) and its physical line.
public struct RowLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: RowLocation, b: RowLocation) -> Bool { (a.file, a.line) < (b.file, b.line) }
}
