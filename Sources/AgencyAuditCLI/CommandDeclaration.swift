/// A command as the user sees it: its name, its argument, its options and the prose of its help.
///
/// Declared once per command (`AuditCommand+Declaration.swift`, …); the parser takes its options
/// from here, and its usage line and help screen, and the top-level help's usage lines, are
/// generated from it, so the help cannot offer an option the parser refuses or leave one out.
struct CommandDeclaration: Sendable {
    /// `audit`, as typed after `agency-audit`.
    let name: String
    /// The positional argument as the usage line shows it (`<store-folder>`); nil when there is none.
    let argument: String?
    /// What the command does, in a line of the top-level help's command list.
    let abstract: String
    /// Paragraphs between the usage line and the options; a paragraph that starts with two spaces
    /// is an example, printed as it is, the others are wrapped.
    let overview: [String]
    /// The options, in the order the usage line and the options list show them.
    let options: [CommandOption]
    /// Paragraphs after the options list, as `overview`.
    let epilogue: [String]

    /// `agency-audit audit <store-folder> [--month YYYY-MM[,YYYY-MM…]] …`: one line, whatever its
    /// length, so it can be copied into a shell or a README as it is.
    var usage: String {
        (["\(CommandLineTool.name) \(name)"] + (argument.map { [$0] } ?? []) + options.map { "[\($0.synopsis)]" })
            .joined(separator: " ")
    }

    /// The declared option named `name`, if any.
    func option(named name: String) -> CommandOption? { options.first { $0.name == name } }
}
