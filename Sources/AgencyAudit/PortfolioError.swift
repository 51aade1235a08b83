import ExportContainers

/// A reason `agency-audit portfolio` cannot run at all, as data; the command line words it. A
/// store that cannot be audited is no such reason: it is listed among the portfolio's failures.
public enum PortfolioError: Error, Sendable, Equatable {
    /// The folder of store folders (or of collected reports, for `--from-json`) is not there.
    case folderNotFound(String)
    /// The folder holds no sub-folder to take for a store.
    case noStoreFolders(String)
    /// The report folder is the folder of stores, or inside it: it would be taken for a store.
    case outputInsideStores(String)
    /// The report folder is an existing file.
    case outputIsAFile(String)
    /// portfolio.csv could not be written, for the system's `reason`.
    case cannotWrite(path: String, reason: SystemFailure)
}
