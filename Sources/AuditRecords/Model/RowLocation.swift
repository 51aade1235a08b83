import Foundation
import Synchronization

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
final class FileNames: Sendable {
    static let shared = FileNames()
    private struct Names {
        var list: [String] = []
        var numbers: [String: UInt32] = [:]
    }
    private let names = Mutex(Names())

    func number(of name: String) -> UInt32 {
        names.withLock { n in
            if let number = n.numbers[name] { return number }
            let number = UInt32(n.list.count)
            n.list.append(name)
            n.numbers[name] = number
            return number
        }
    }

    func name(_ number: UInt32) -> String { names.withLock { $0.list[Int(number)] } }
}
