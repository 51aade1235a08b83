import Foundation
import Testing

@testable import AgencyAuditCLI

/// Each command's declared options against what the tool does with them: its parser accepts
/// exactly those names and reads every one, and its help, the top-level usage lines and README
/// show every one.
@Suite struct CommandDeclarationTests {
    static let commands = CommandLineTool.subcommands.map { $0.declaration.name }

    /// A value of each placeholder's shape, other than the default, so an option that is read changes the command.
    static let examples = [
        "YYYY-MM": "2025-08", "N": "2", "DIR": "elsewhere", "SECONDS": "30", "YYYY-MM-DD": "2025-09-10",
    ]

    /// Names no command declares, besides every command's own: typos and the short forms the tool has not.
    static let undeclared = ["--bogus", "--month-", "--MONTH", "-m", "--help-me"]

    static func subcommand(_ name: String) throws -> any Subcommand.Type {
        try #require(CommandLineTool.subcommand(named: name))
    }

    /// The command's one positional argument, when it takes one.
    static func positionals(_ declaration: CommandDeclaration) -> [String] {
        declaration.argument == nil ? [] : ["folder"]
    }

    static func parse(_ type: any Subcommand.Type, _ arguments: [String]) -> Result<any Subcommand, UsageError> {
        do {
            return .success(try type.init(arguments))
        } catch {
            return .failure(error)
        }
    }

    static func same<C: Subcommand>(_ a: C, _ b: any Subcommand) -> Bool { (b as? C) == a }

    static func example(_ option: CommandOption) throws -> String {
        if let value = option.allowedValues.last { return value }
        return try #require(examples[option.placeholder], "no example value for \(option.placeholder)")
    }

    /// The `[--name …]` options of a usage line, in order.
    static func bracketedNames(_ usage: String) -> [String] {
        usage.matches(of: /\[(--[a-z0-9-]+)/).map { String($0.output.1) }
    }

    /// The top-level help's usage lines, without their indent.
    static func topLevelUsageLines() -> [String] {
        let help = CLIStoreHarness.run(["--help"]).stdout
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "Usage:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.map { String($0.dropFirst(2)) }
    }

    @Test(arguments: commands)
    func everyDeclaredOptionIsInItsHelpAndTheTopLevelUsage(command: String) throws {
        let declaration = try Self.subcommand(command).declaration
        let names = declaration.options.map(\.name)
        #expect(Set(names).count == names.count, "a name declared twice")
        #expect(names.allSatisfy { $0.hasPrefix("--") && $0 != "--help" }, "\(names)")

        let help = CLIStoreHarness.run([command, "--help"]).stdout
        let lines = help.split(separator: "\n")
        let usage = String(try #require(lines.first))
        #expect(usage.hasPrefix("Usage: agency-audit \(command)" + (declaration.argument.map { " " + $0 } ?? "")))
        let topLevel = try #require(Self.topLevelUsageLines().first { $0.hasPrefix("agency-audit \(command) ") })
        // The usage lines show exactly the declared options, in the declared order.
        #expect(Self.bracketedNames(usage) == names)
        #expect(Self.bracketedNames(topLevel) == names)
        #expect("Usage: " + topLevel == usage)
        for option in declaration.options {
            // The options list has a line for it, and its values or placeholder are shown.
            #expect(lines.contains { $0.hasPrefix("  \(option.name)") }, "\(command) \(option.name)")
            for shown in option.allowedValues + (option.placeholder.isEmpty ? [] : [option.placeholder]) {
                #expect(
                    usage.contains("\(option.name) ") && usage.contains(shown), "\(command) \(option.name) \(shown)")
            }
            #expect(!option.help.isEmpty)
        }
        #expect(lines.contains { $0.hasPrefix("  -h, --help") })
    }

    /// Every declared name is accepted and read (it changes the parsed command, or is refused for
    /// want of another option), and every other name is an unknown option.
    @Test(arguments: commands)
    func theParserAcceptsExactlyTheDeclaredNames(command: String) throws {
        let type = try Self.subcommand(command)
        let declaration = type.declaration
        let positionals = Self.positionals(declaration)
        let base = try Self.parse(type, positionals).get()
        let everyName = Set(
            CommandLineTool.subcommands.flatMap { $0.declaration.options.map(\.name) } + Self.undeclared)
        for name in everyName.sorted() {
            guard let option = declaration.option(named: name) else {
                #expect(throws: UsageError.unknownOption(name)) { try Self.parse(type, positionals + [name]).get() }
                continue
            }
            let arguments = positionals + [name] + (option.takesValue ? [try Self.example(option)] : [])
            switch Self.parse(type, arguments) {
            case .success(let parsed):
                let unchanged = Self.same(parsed, base)
                #expect(!unchanged, "\(arguments) changes nothing: the command does not read it")
            case .failure(.conflict):
                break  // read, and refused without the option it goes with (`--utf8-orders`)
            case .failure(let error):
                Issue.record("\(arguments): \(error.message)")
            }
        }
    }

    static let optionsWithAllowedValues: [(command: String, option: String)] = CommandLineTool.subcommands.flatMap {
        type in type.declaration.options.filter { !$0.allowedValues.isEmpty }.map { (type.declaration.name, $0.name) }
    }

    /// An option's allowed values are what its command takes: each one parses, anything else is an invalid value.
    @Test(arguments: optionsWithAllowedValues)
    func everyAllowedValueIsTakenAndNoOther(command: String, option name: String) throws {
        let type = try Self.subcommand(command)
        let positionals = Self.positionals(type.declaration)
        let option = try #require(type.declaration.option(named: name))
        for value in option.allowedValues {
            #expect(throws: Never.self) { try Self.parse(type, positionals + [name, value]).get() }
        }
        for value in ["bogus", "", option.allowedValues[0].uppercased()] {
            #expect {
                try Self.parse(type, positionals + ["\(name)=\(value)"]).get()
            } throws: { error in
                guard case .invalidValue(name, _, value) = error as? UsageError else { return false }
                return true
            }
        }
    }

    /// README's command summary is the usage the tool prints, line for line.
    @Test func theREADMECommandsAreTheUsageLinesOfTheHelp() throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.firstRange(of: "## Commands\n\n```\n"))
        let end = try #require(readme[section.upperBound...].firstRange(of: "\n```"))
        let block = readme[section.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
        #expect(block == Self.topLevelUsageLines())
    }
}
