/// Splits raw arguments into positionals, flags and valued options, rejecting what a command does not know.
struct ArgumentList {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// - Parameters:
    ///   - valued: options that take a value (`--month 2025-09` or `--month=2025-09`).
    ///   - switches: options without a value.
    init(_ args: [String], valued: Set<String>, switches: Set<String>) throws(UsageError) {
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
            if switches.contains(name) {
                if inline != nil { throw UsageError.valueNotAllowed(option: name) }
                flags.insert(name)
            } else if valued.contains(name) {
                if let inline {
                    options[name] = inline
                } else {
                    guard i < args.count, !args[i].hasPrefix("--") else { throw UsageError.missingValue(option: name) }
                    options[name] = args[i]
                    i += 1
                }
            } else {
                throw UsageError.unknownOption(name)
            }
        }
    }
}
