/// The bounds a zip archive is read within, against hostile files: bombs, deep nesting, huge entries.
///
/// The defaults fit real exports (an order sheet of a few GB inflates at about 10:1); tests set
/// small values so a bomb test stays fast in a debug build.
public struct ZipLimits: Sendable {
    /// An entry may inflate to this size whatever its ratio…
    public var freeInflatedSize: Int = 64 << 20
    /// …and beyond it stops once its output passes this many times its compressed size.
    public var maxRatio: Int = 1000
    /// All entries of one archive together (nested archives included) stop here.
    public var maxArchiveInflated: Int = 16 << 30
    /// Archives inside archives are opened to this depth (an export zipped twice is depth 2).
    public var maxNesting: Int = 2
    /// An inflated entry is kept in memory up to this size, else written to a spill file.
    public var memoryLimit: Int = 64 << 20
    /// Entries an archive may list.
    public var maxEntries: Int = 65_536

    public init() {}
}

/// What one archive (with the archives inside it) has inflated so far, against `ZipLimits.maxArchiveInflated`.
public struct InflateBudget: Sendable {
    public let limits: ZipLimits
    public private(set) var inflated = 0

    public init(limits: ZipLimits = ZipLimits()) { self.limits = limits }

    mutating func spend(_ bytes: Int) throws {
        inflated += bytes
        if inflated > limits.maxArchiveInflated {
            throw ContainerError.limitExceeded(.archiveInflated(limit: limits.maxArchiveInflated))
        }
    }
}
