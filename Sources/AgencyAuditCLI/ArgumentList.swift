/// Splits raw arguments into positionals and the values of a command's declared options,
/// rejecting an option the command does not declare.
struct ArgumentList {
    private(set) var positionals: [String] = []
    /// Values by option name; an option given twice keeps its last value.
    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    private let declared: [String: CommandOption]

    /// - Parameters:
    ///   - options: the command's declared options: a flag takes no value, the others one value
    ///     (`--month 2025-09` or `--month=2025-09`).
    init(_ args: [String], options: [CommandOption]) throws(UsageError) {
        declared = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("-") || a == "-" {
                positionals.append(a)
                continue
            }
            if a == "--" {
                onlyPositionals = true
                continue
            }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            guard let option = declared[name] else { throw UsageError.unknownOption(name) }
            if !option.takesValue {
                if inline != nil { throw UsageError.valueNotAllowed(option: name) }
                flags.insert(name)
            } else if let inline {
                values[name] = inline
            } else {
                guard i < args.count, !args[i].hasPrefix("--") else { throw UsageError.missingValue(option: name) }
                values[name] = args[i]
                i += 1
            }
        }
    }

    /// The value given to `option`, or nil when it was not given.
    func value(of option: CommandOption) -> String? {
        assert(declared[option.name] == option, "\(option.name) is not among the command's declared options")
        return values[option.name]
    }

    /// Whether the flag `option` was given.
    func contains(_ option: CommandOption) -> Bool {
        assert(declared[option.name] == option, "\(option.name) is not among the command's declared options")
        return flags.contains(option.name)
    }
}
