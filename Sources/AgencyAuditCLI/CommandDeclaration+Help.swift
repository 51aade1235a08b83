extension CommandDeclaration {
    /// `-h, --help`: taken by the tool before the command's parser, so it is in no command's table,
    /// but every options list ends with it.
    static let helpRow = (label: "-h, --help", help: "show this help")

    /// The command's help screen: its usage line, its overview, its options, its epilogue.
    var help: String {
        var sections = ["Usage: \(usage)"]
        if !overview.isEmpty { sections.append(HelpLayout.paragraphs(overview)) }
        let rows = options.map { (label: $0.synopsis, help: $0.help) } + [Self.helpRow]
        sections.append("Options:\n" + HelpLayout.list(rows))
        if !epilogue.isEmpty { sections.append(HelpLayout.paragraphs(epilogue)) }
        return sections.joined(separator: "\n\n")
    }
}
