import AuditContract
import AuditImport
import AuditRecords
import ExportContainers

/// A reason the audit cannot run on a store folder, as data; the command line words it.
public enum WorkspaceError: Error, Sendable, Equatable {
    case storeNotFound(String)
    case contractMissing(String)
    case noExports(String)
    case monthNotFound(YearMonth, available: [YearMonth])
    case contract(ContractError)
    case input(ImportError)
    /// A report could not be written, for the system's `reason`.
    case cannotWrite(path: String, reason: SystemFailure)
    case outputInsideExports(String)
    /// The report folder is the store folder itself, where contract.json and exports/ live.
    case outputIsStoreFolder(String)
    /// The report folder (or a month folder in it) is an existing file.
    case outputIsAFile(String)
    /// The notice of termination (`--terminate-on`, else `termination.noticeGivenOn`) is dated before
    /// the contract's first stage begins: there is no contract yet to end, nor days served to pay.
    case noticeBeforeContract(given: CalendarDay, contractStarts: CalendarDay)
    /// The store's traffic-sources.csv cannot be used: the line and what is wrong.
    case trafficSources(TrafficSourcesProblem)

    /// What is wrong with a traffic-sources.csv.
    public enum TrafficSourcesProblem: Sendable, Equatable {
        case notUTF8
        /// A line (numbered from 1) without three cells: how many it has, and the line as written.
        case columns(line: Int, found: Int, text: String)
        case unknownPlatform(line: Int, word: String)
        case emptySource(line: Int)
        case unknownCategory(line: Int, word: String)
    }
}
