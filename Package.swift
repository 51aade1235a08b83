// swift-tools-version: 6.0
import PackageDescription

// The audit pipeline is one target per stage, each depending only on the stages below it, so the
// compiler keeps the order: a stage that imports one above it does not build (`.ci/run` builds with
// `--explicit-target-dependency-import-check error`, so an undeclared import fails too). Each
// target's folder has a README saying what its layer may hold; ARCHITECTURE.md walks a month
// through them.
let layerNotes = ["README.md"]

let package = Package(
    name: "AgencyAudit",
    // Mutex (Synchronization) needs macOS 15; on Linux it is there with the toolchain.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "agency-audit", targets: ["agency-audit"]),
        .library(name: "AgencyAudit", targets: ["AgencyAudit"]),
    ],
    targets: [
        .target(name: "ExportContainers", exclude: layerNotes),
        .target(name: "AuditRecords", exclude: layerNotes),
        .target(
            name: "AuditImport", dependencies: ["AuditRecords", "ExportContainers"], exclude: layerNotes,
            // iconv is in glibc on Linux, in its own library on macOS.
            linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        .target(name: "AuditMeasure", dependencies: ["AuditRecords", "AuditImport"], exclude: layerNotes),
        .target(name: "AuditDetect", dependencies: ["AuditRecords", "AuditMeasure"], exclude: layerNotes),
        .target(name: "AuditContract", dependencies: ["AuditRecords", "AuditMeasure"], exclude: layerNotes),
        .target(
            name: "AuditDiagnose", dependencies: ["AuditRecords", "AuditMeasure", "AuditDetect"], exclude: layerNotes),
        .target(
            name: "MonthlyAudit",
            dependencies: [
                "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect", "AuditContract", "AuditDiagnose",
            ], exclude: layerNotes),
        .target(
            name: "PeriodAudit",
            dependencies: [
                "AuditRecords", "AuditMeasure", "AuditDetect", "AuditContract", "AuditDiagnose", "MonthlyAudit",
            ],
            exclude: layerNotes),
        .target(
            name: "AuditReport",
            dependencies: [
                "ExportContainers", "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect", "AuditContract",
                "AuditDiagnose", "MonthlyAudit", "PeriodAudit",
            ], exclude: layerNotes),
        .target(
            name: "AgencyAudit",
            dependencies: [
                "AuditRecords", "AuditImport", "AuditMeasure", "AuditContract", "MonthlyAudit", "PeriodAudit",
                "AuditReport", "ExportContainers",
            ], exclude: layerNotes),
        .target(
            name: "AgencyAuditSample", exclude: layerNotes,
            linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        .target(
            name: "AgencyAuditEvaluation",
            dependencies: [
                "AgencyAudit", "AgencyAuditSample", "AuditRecords", "AuditDetect", "AuditDiagnose", "AuditReport",
                "MonthlyAudit",
            ],
            exclude: layerNotes),
        .target(
            name: "AgencyAuditCLI",
            dependencies: [
                "AgencyAudit", "AgencyAuditSample", "AgencyAuditEvaluation", "AuditRecords", "MonthlyAudit",
                "PeriodAudit", "AuditReport",
            ], exclude: layerNotes),
        .executableTarget(name: "agency-audit", dependencies: ["AgencyAuditCLI"]),
        // Fixtures are read from their paths (#filePath), not bundled as resources.
        .testTarget(
            name: "AgencyAuditTests",
            dependencies: [
                "AgencyAudit", "AgencyAuditSample", "AuditRecords", "AuditImport", "AuditMeasure", "AuditDetect",
                "AuditContract", "AuditDiagnose", "MonthlyAudit", "PeriodAudit", "AuditReport", "ExportContainers",
            ],
            exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "ExportContainersTests", dependencies: ["ExportContainers"], exclude: ["Fixtures"]),
        .testTarget(name: "AgencyAuditSampleTests", dependencies: ["AgencyAuditSample", "ExportContainers"]),
        .testTarget(name: "AgencyAuditEvaluationTests", dependencies: ["AgencyAuditEvaluation"]),
        // The help screens' snapshots are read from their paths (#filePath), like the golden reports.
        .testTarget(
            name: "AgencyAuditCLITests",
            dependencies: [
                "AgencyAuditCLI", "AgencyAuditSample", "AgencyAudit", "AuditContract", "AuditRecords", "PeriodAudit",
                "AuditReport",
            ],
            exclude: ["Snapshots"]),
    ]
)
