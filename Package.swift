// swift-tools-version: 6.0
import PackageDescription

// The audit pipeline is one target per stage, each depending only on the stages below it, so the
// compiler keeps the order: a stage that imports one above it does not build (`.ci/run` builds with
// `--explicit-target-dependency-import-check error`, so an undeclared import fails too).
//
//   ExportContainers                 bytes of zip, xlsx, OLE2/BIFF8, HTML → rows of text
//   AuditRecords                     records, keys, money, dates, contract terms, masking, hash tables
//   AuditImport                      exports → typed records, every row accounted for
//   AuditMeasure                     one month assembled (duplicates, line items) and its metrics
//   AuditDetect                      the rules that find faked or limit-breaking figures
//   AuditContract, AuditDiagnose     settlement and termination; why a target was missed (read findings)
//   MonthlyAudit                     the stages run in order for one month
//   AuditReport                      results → report.md, audit.json, csv (pure: no files)
//   AgencyAudit                      the store folder on disk: find exports, write reports
//   AgencyAuditCLI, agency-audit     the command line
let package = Package(
    name: "AgencyAudit",
    // Mutex (Synchronization) needs macOS 15; on Linux it is there with the toolchain.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "agency-audit", targets: ["agency-audit"]),
        .library(name: "AgencyAudit", targets: ["AgencyAudit"]),
    ],
    targets: [
        // The containers exports come in, read into rows of text: zip (with our own inflate), xlsx,
        // OLE2 compound files and BIFF8 .xls, HTML tables. Knows nothing of orders or platforms.
        .target(name: "ExportContainers"),
        .target(name: "AuditRecords"),
        .target(
            name: "AuditImport", dependencies: ["AuditRecords", "ExportContainers"],
            // iconv is in glibc on Linux, in its own library on macOS.
            linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        .target(name: "AuditMeasure", dependencies: ["AuditRecords", "AuditImport"]),
        .target(name: "AuditDetect", dependencies: ["AuditRecords", "AuditMeasure"]),
        .target(name: "AuditContract", dependencies: ["AuditRecords", "AuditMeasure"]),
        .target(name: "AuditDiagnose", dependencies: ["AuditRecords", "AuditMeasure", "AuditDetect"]),
        .target(
            name: "MonthlyAudit",
            dependencies: [
                "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect", "AuditContract", "AuditDiagnose",
            ]),
        .target(
            name: "AuditReport",
            dependencies: [
                "ExportContainers", "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect", "AuditContract",
                "AuditDiagnose", "MonthlyAudit",
            ]),
        .target(
            name: "AgencyAudit",
            dependencies: [
                "AuditRecords", "AuditImport", "AuditMeasure", "AuditContract", "MonthlyAudit", "AuditReport",
                "ExportContainers",
            ]),
        // The sample-store generator: writes workspaces in the platforms' own export shapes,
        // with planted anomalies and the expected figures. Independent of the pipeline on purpose,
        // so the expected values are computed apart from the code they check.
        .target(name: "AgencyAuditSample", linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        // Scores detection on generated stores against their ground truth (precision, recall).
        .target(
            name: "AgencyAuditEvaluation",
            dependencies: ["AgencyAudit", "AgencyAuditSample", "AuditRecords", "AuditDetect", "AuditReport"]),
        // Subcommands, argument parsing, help and exit codes.
        .target(
            name: "AgencyAuditCLI",
            dependencies: [
                "AgencyAudit", "AgencyAuditSample", "AgencyAuditEvaluation", "AuditRecords", "MonthlyAudit",
                "AuditReport",
            ]),
        .executableTarget(name: "agency-audit", dependencies: ["AgencyAuditCLI"]),
        // Fixtures are read from their paths (#filePath), not bundled as resources.
        .testTarget(
            name: "AgencyAuditTests",
            dependencies: [
                "AgencyAudit", "AgencyAuditSample", "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect",
                "AuditContract", "AuditDiagnose", "MonthlyAudit", "AuditReport", "ExportContainers",
            ],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "ExportContainersTests", dependencies: ["ExportContainers"], exclude: ["Fixtures"]),
        .testTarget(name: "AgencyAuditSampleTests", dependencies: ["AgencyAuditSample", "ExportContainers"]),
        .testTarget(name: "AgencyAuditEvaluationTests", dependencies: ["AgencyAuditEvaluation"]),
        // The help screens' snapshots are read from their paths (#filePath), like the golden reports.
        .testTarget(
            name: "AgencyAuditCLITests", dependencies: ["AgencyAuditCLI", "AgencyAuditSample", "AgencyAudit"],
            exclude: ["Snapshots"]),
    ]
)
