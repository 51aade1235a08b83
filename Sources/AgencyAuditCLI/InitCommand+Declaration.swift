import AuditRecords

extension InitCommand {
    /// The options `init` takes, each declared once for the parser and the help.
    enum Option {
        static let platform = CommandOption(
            "--platform", oneOf: Platform.allCases.map(\.rawValue),
            help: "the store's platform (default taobao): 拼多多 and 抖店 stores get no traffic targets, since their "
                + "traffic export is not read")
        static let month = CommandOption(
            "--month", "YYYY-MM", help: "the contract's first month, whose exports folder is made (default: this month)"
        )
    }

    static let declaration = CommandDeclaration(
        name: "init", argument: "<store-folder>",
        abstract: "write a new store folder: exports/<YYYY-MM>/ and a contract.json with every clause to edit",
        overview: [
            "Makes the store folder's skeleton: exports/<YYYY-MM>/ for the contract's first month, and a contract.json "
                + "with every clause the audit reads filled with the values merchants' contracts write most often "
                + "(staged targets, fees and margin, promotion limits and budget, termination and refund, deductions, "
                + "service standards). Edit the figures; README's contract table gives each field's meaning beside the "
                + "contract wording it encodes. Nothing already there is overwritten.",
            "  agency-audit init 我的店铺 --platform pinduoduo",
        ],
        options: [Option.platform, Option.month],
        epilogue: [])
}
