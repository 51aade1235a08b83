/// Whether Excel shows a sheet's tab: for workbooks that hide a sheet of rows, as someone editing
/// an export might, to check that the audit does not count them.
enum SheetState: String, Sendable, Hashable {
    case visible
    /// Hidden from the tabs; "Unhide" in Excel's menu shows it again.
    case hidden
    /// Hidden so that only VBA can show it again.
    case veryHidden

    /// BOUNDSHEET's hsState byte.
    var biff8Value: UInt8 {
        switch self {
        case .visible: return 0
        case .hidden: return 1
        case .veryHidden: return 2
        }
    }
}
