/// How long each stage of one month's audit took, for the benchmark. Never written into reports,
/// which stay byte-identical run after run.
public struct StageTimings: Sendable {
    public var readAndDecode: Duration = .zero
    /// Splitting records and turning cells into typed values (import time less reading and decoding).
    public var tokeniseAndType: Duration = .zero
    public var assemble: Duration = .zero
    public var detect: Duration = .zero
    /// Metrics, breakdowns, diagnosis and settlement.
    public var measure: Duration = .zero
    /// Rendering and writing the report files.
    public var report: Duration = .zero
    public var inputBytes = 0
    public var rows = 0
    /// Import time by what the files were (`csv`, `xlsx`, `xls`, `zip`, …), included in the stages above.
    public var importByFormat: [String: Duration] = [:]

    public init() {}

    public var total: Duration { readAndDecode + tokeniseAndType + assemble + detect + measure + report }

    /// (stage name, duration) in pipeline order.
    public var stages: [(String, Duration)] {
        [
            ("read+decode", readAndDecode), ("tokenise+type", tokeniseAndType), ("assemble", assemble),
            ("detect", detect), ("measure", measure), ("report", report),
        ]
    }
}
