import Foundation

/// The `agency-audit` executable `swift build` (and `swift test`, which builds every product)
/// put beside the test runner, for the tests that run it as a separate process, as a shell or
/// another machine would.
enum BuiltExecutable {
    struct NotFound: Error, CustomStringConvertible {
        var looked: [String]
        var description: String { "no agency-audit built beside the tests (looked in \(looked)); run swift build" }
    }

    /// The executable; throws when it was not built.
    static func url() throws -> URL {
        var folders: [URL] = []
        // Linux: the test runner is an executable in the build folder.
        let runner = URL(fileURLWithPath: "/proc/self/exe")
        if FileManager.default.fileExists(atPath: runner.path) {
            folders.append(runner.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // macOS: the tests are a bundle in the build folder.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("agency-audit")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(looked: folders.map(\.path))
    }

    /// What a process printed and how it ended.
    struct Ended {
        var code: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` in `folder`, waiting for it to end.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Ended {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting, so a full pipe cannot hold the process.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Ended(
            code: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
