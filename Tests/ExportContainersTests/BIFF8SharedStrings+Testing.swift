@testable import ExportContainers

extension BIFF8SharedStrings {
    /// String `index`.
    func string(_ index: Int) -> String { withString(index) { String(decoding: $0, as: UTF8.self) } }
}
