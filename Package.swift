// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "AgencyAudit",
    products: [
        .executable(name: "agency-audit", targets: ["agency-audit"]),
        .library(name: "AgencyAudit", targets: ["AgencyAudit"]),
    ],
    targets: [
        // The containers exports come in, read into rows of text: zip (with our own inflate), xlsx,
        // OLE2 compound files and BIFF8 .xls, HTML tables. Knows nothing of orders or platforms.
        .target(name: "ExportContainers"),
        // The whole audit pipeline: import, detect, measure, contract, diagnose, report, workspace.
        .target(name: "AgencyAudit", dependencies: ["ExportContainers"]),
        // The sample-store generator: writes workspaces in the platforms' own export shapes,
        // with planted anomalies and the expected figures. Independent of the pipeline on purpose,
        // so the expected values are computed apart from the code they check.
        .target(name: "AgencyAuditSample"),
        // Scores detection on generated stores against their ground truth (precision, recall).
        .target(name: "AgencyAuditEvaluation", dependencies: ["AgencyAudit", "AgencyAuditSample"]),
        // Subcommands, argument parsing, help and exit codes.
        .target(name: "AgencyAuditCLI", dependencies: ["AgencyAudit", "AgencyAuditSample", "AgencyAuditEvaluation"]),
        .executableTarget(name: "agency-audit", dependencies: ["AgencyAuditCLI"]),
        // Fixtures are read from their paths (#filePath), not bundled as resources.
        .testTarget(name: "AgencyAuditTests", dependencies: ["AgencyAudit", "AgencyAuditSample"], exclude: ["Fixtures"]),
        .testTarget(name: "ExportContainersTests", dependencies: ["ExportContainers"], exclude: ["Fixtures"]),
        .testTarget(name: "AgencyAuditSampleTests", dependencies: ["AgencyAuditSample", "ExportContainers"]),
        .testTarget(name: "AgencyAuditEvaluationTests", dependencies: ["AgencyAuditEvaluation"]),
        .testTarget(name: "AgencyAuditCLITests", dependencies: ["AgencyAuditCLI", "AgencyAuditSample"]),
    ]
)
