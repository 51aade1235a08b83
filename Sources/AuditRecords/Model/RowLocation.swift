import Foundation

/// Where a record came from: the input file (relative to the store folder) and its physical line.
///
/// Every order carries one, so the file is kept as a number into a process-wide list of file
/// names: eight bytes and no reference counting per row instead of a `String`.
public struct RowLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's number in the process-wide list of file names.
    private(set) var fileNumber: UInt32
    public var line: Int

    public var file: String {
        get { FileNames.shared.name(fileNumber) }
        set { fileNumber = FileNames.shared.number(of: newValue) }
    }

    public init(file: String, line: Int) {
        fileNumber = FileNames.shared.number(of: file)
        self.line = line
    }

    init(fileNumber: UInt32, line: Int) {
        self.fileNumber = fileNumber
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: RowLocation, b: RowLocation) -> Bool {
        a.fileNumber == b.fileNumber ? a.line < b.line : (a.file, a.line) < (b.file, b.line)
    }
}

/// The file names rows have come from, each stored once for the life of the process.
final class FileNames: @unchecked Sendable {
    static let shared = FileNames()
    private let lock = NSLock()
    private var names: [String] = []
    private var numbers: [String: UInt32] = [:]

    func number(of name: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let n = numbers[name] { return n }
        let n = UInt32(names.count)
        names.append(name)
        numbers[name] = n
        return n
    }

    func name(_ number: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return names[Int(number)]
    }
}
