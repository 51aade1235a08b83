import AgencyAuditSample
import Foundation

@testable import AgencyAuditCLI

/// One test's store folder, written by the generator into a temporary folder of its own, the
/// command line run on it, and its reports read back.
///
/// `withStore` makes the folder and removes it when the test's body returns or throws, so tests
/// running side by side share nothing and leave nothing behind. The store is `<root>/store`, the
/// reports `<root>/reports`; JSON is read with Foundation only, so a test shares no code with the
/// generator or the renderers it checks.
struct CLIStoreHarness {
    /// What one run of the tool printed and returned.
    struct Run {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    /// A step of the harness that did not do what the test needs (a store not written, a report missing).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The test's own temporary folder.
    let root: URL
    /// The store folder the commands run on.
    var store: URL { root.appendingPathComponent("store") }
    /// Where `audit` writes its reports.
    var reports: URL { root.appendingPathComponent("reports") }

    /// Runs `body` with an empty temporary folder of its own, removed afterwards.
    static func withStore<R>(_ body: (CLIStoreHarness) throws -> R) throws -> R {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agency-audit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        return try body(CLIStoreHarness(root: root))
    }

    /// Runs `body` with a store written by `agency-audit sample <store> <arguments>` and audited by
    /// `agency-audit audit <store> --out <reports>`; the audit's run is handed over as it is.
    static func withAuditedSample<R>(_ arguments: [String], _ body: (CLIStoreHarness, Run) throws -> R) throws -> R {
        try withStore { harness in
            try harness.sample(arguments)
            return try body(harness, harness.audit())
        }
    }

    /// Runs the tool as the executable does, capturing what it prints.
    static func run(_ arguments: [String]) -> Run {
        var stdout = ""
        var stderr = ""
        let code = CommandLineTool.run(arguments, output: &stdout, errors: &stderr)
        return Run(code: code, stdout: stdout, stderr: stderr)
    }

    /// Runs the tool, as `CLIStoreHarness.run` does, from a test that holds a harness.
    func run(_ arguments: [String]) -> Run { Self.run(arguments) }

    /// `agency-audit sample <folder> <arguments>`, into the store folder unless told another;
    /// throws when the command fails.
    func sample(_ arguments: [String], into folder: URL? = nil) throws {
        let made = run(["sample", (folder ?? store).path] + arguments)
        guard made.code == 0 else {
            throw Failure(description: "sample \(arguments): exit \(made.code): \(made.stderr)")
        }
    }

    /// The generator called directly, for a spec the command line does not offer.
    @discardableResult
    func generate(_ spec: SampleStoreSpec) throws -> SampleStoreSummary {
        try SampleStoreGenerator.write(spec, to: store)
    }

    /// `agency-audit audit <store> --out <reports> <arguments>`.
    func audit(_ arguments: [String] = []) -> Run {
        run(["audit", store.path, "--out", reports.path] + arguments)
    }

    /// A file of the store folder (or of another store the test wrote), as JSON: `expected.json`, `contract.json`.
    func storeJSON(_ name: String, in folder: URL? = nil) throws -> [String: Any] {
        try Self.object(Data(contentsOf: (folder ?? store).appendingPathComponent(name)), name)
    }

    /// `expected.json`'s months, in order: what the generator wrote and the audit must find.
    func expectedMonths(in folder: URL? = nil) throws -> [[String: Any]] {
        guard let months = try storeJSON("expected.json", in: folder)["months"] as? [[String: Any]] else {
            throw Failure(description: "expected.json has no months")
        }
        return months
    }

    /// The bytes of the report file `name` of `month`.
    func reportFile(_ name: String, month: String) throws -> Data {
        try Data(contentsOf: reports.appendingPathComponent("\(month)/\(name)"))
    }

    /// `report.md` of `month`.
    func report(month: String) throws -> String {
        String(decoding: try reportFile("report.md", month: month), as: UTF8.self)
    }

    /// `audit.json` of `month`.
    func auditJSON(month: String) throws -> [String: Any] {
        try Self.object(reportFile("audit.json", month: month), "\(month)/audit.json")
    }

    /// How many rows of one input file were read, accepted, rejected and skipped.
    struct RowCount: Equatable, CustomStringConvertible {
        var read: Int
        var accepted: Int
        var rejected: Int
        var skipped: Int

        /// Every row read is accepted, rejected or skipped.
        var addsUp: Bool { read == accepted + rejected + skipped }
        var description: String { "read \(read), accepted \(accepted), rejected \(rejected), skipped \(skipped)" }

        /// The counts of a `rows` object (audit.json's `inputs[].rows`, expected.json's `files[].rows`).
        init(_ rows: [String: Any], _ name: String) throws {
            func count(_ key: String) throws -> Int {
                guard let value = rows[key] as? Int else { throw Failure(description: "\(name): no row count \(key)") }
                return value
            }
            (read, accepted, rejected, skipped) =
                (try count("read"), try count("accepted"), try count("rejected"), try count("skipped"))
        }
    }

    /// One file expected.json lists for a month, beside the audit's input of the same name.
    struct AccountedFile {
        /// The file, as expected.json names it.
        var name: String
        /// expected.json's entry for the file (its kind, encoding, rows).
        var listed: [String: Any]
        /// audit.json's input for the file.
        var input: [String: Any]
        /// The audit's row counts.
        var rows: RowCount
        /// The counts the generator wrote.
        var expected: RowCount
    }

    /// Each file of an expected.json month with the audit's input for it; throws when the audit has
    /// no input of that name, or either side has no row counts.
    static func accountedFiles(audit: [String: Any], expected month: [String: Any]) throws -> [AccountedFile] {
        guard let inputs = audit["inputs"] as? [[String: Any]], let files = month["files"] as? [[String: Any]] else {
            throw Failure(description: "audit.json has no inputs or expected.json no files")
        }
        return try files.map { file in
            let name = file["file"] as? String ?? ""
            guard let input = inputs.first(where: { $0["file"] as? String == name }) else {
                throw Failure(description: "audit.json has no input \(name)")
            }
            return AccountedFile(
                name: name, listed: file, input: input,
                rows: try RowCount(input["rows"] as? [String: Any] ?? [:], "audit.json \(name)"),
                expected: try RowCount(file["rows"] as? [String: Any] ?? [:], "expected.json \(name)"))
        }
    }

    /// `data` as a JSON object; `name` says which file it was when it is not one.
    static func object(_ data: Data, _ name: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "\(name) is not a JSON object")
        }
        return object
    }
}
