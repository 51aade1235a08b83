/// One option a command takes, declared once: the parser, the usage line and the help screen all read it.
///
/// The shape is swift-argument-parser's (a name, a value's placeholder or its allowed values, and
/// a line of help), without depending on it: the tool takes no third-party packages.
struct CommandOption: Sendable, Hashable {
    /// How an option takes its value.
    enum Kind: Sendable, Hashable {
        /// No value: `--reveal-pii`.
        case flag
        /// One value, after a space or `=`: `--out DIR`.
        case value
        /// One value that may name several, separated by commas: `--month 2025-08,2025-09`.
        case list
    }

    /// The name as typed, with its dashes: `--month`.
    let name: String
    let kind: Kind
    /// What the value is, in capitals (`DIR`, `N`, `YYYY-MM`); empty for a flag.
    let placeholder: String
    /// The only values the option takes, in the order help lists them; empty when any value of
    /// the placeholder's shape will do. The command checks them with its own message.
    let allowedValues: [String]
    /// What the option does, in one sentence; the help screen wraps it.
    let help: String

    /// A flag: the option alone, without a value.
    init(flag name: String, help: String) {
        self.init(name: name, kind: .flag, placeholder: "", allowedValues: [], help: help)
    }

    /// An option that takes a value of the placeholder's shape, or a comma list of them.
    init(_ name: String, _ placeholder: String, kind: Kind = .value, help: String) {
        self.init(name: name, kind: kind, placeholder: placeholder, allowedValues: [], help: help)
    }

    /// An option that takes one of a fixed set of values.
    init(_ name: String, oneOf allowedValues: [String], help: String) {
        self.init(name: name, kind: .value, placeholder: "", allowedValues: allowedValues, help: help)
    }

    private init(name: String, kind: Kind, placeholder: String, allowedValues: [String], help: String) {
        self.name = name
        self.kind = kind
        self.placeholder = placeholder
        self.allowedValues = allowedValues
        self.help = help
    }

    /// Whether a value follows the name.
    var takesValue: Bool { kind != .flag }

    /// The option as the usage line and the options list show it: `--fail-on high|medium`,
    /// `--month YYYY-MM[,YYYY-MM…]`, `--out DIR`, `--clean`.
    var synopsis: String {
        switch kind {
        case .flag: return name
        case .value where !allowedValues.isEmpty: return "\(name) \(allowedValues.joined(separator: "|"))"
        case .value: return "\(name) \(placeholder)"
        case .list: return "\(name) \(placeholder)[,\(placeholder)…]"
        }
    }
}
