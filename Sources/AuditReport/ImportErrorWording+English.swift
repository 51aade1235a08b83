import AuditImport
import AuditRecords
import ExportContainers

extension ImportErrorWording {
    static func english(_ error: ImportError) -> String {
        switch error {
        case .unreadable(let file, let reason):
            return "\(file): cannot be read (\(self.reason(reason, in: .english)))"
        case .unsupportedEncoding(let name):
            return "unsupported file encoding \(name); save the file as a UTF-8 or GBK CSV"
        case .emptyFile(let file):
            return "\(file): the file is empty"
        case .missingColumn(let file, let line, let kind, let column, let accepted, let found):
            return "\(file):\(line): the \(kind.name(in: .english)) lacks the required column “\(column)” (accepted "
                + "names: \(accepted.joined(separator: ", ")); the header has: \(found.joined(separator: ", ")))"
        case .duplicateColumn(let file, let line, let column):
            return "\(file):\(line): “\(column)” appears more than once in the header, so which column to use cannot "
                + "be told"
        case .undatedFile(let file, let kind):
            return "\(file): the \(kind.name(in: .english)) has no date column, and neither its file name nor its "
                + "title lines hold a single date (such as 2025-07-01_2025-07-01); download it day by day, or export "
                + "the report with its date column"
        case .container(let file, let error):
            return "\(file): \(ContainerErrorWording.sentence(error, in: .english))"
        case .backOfficeErrorPage(let file, let message):
            return "\(file): this is an error page from the back office, not a report"
                + (message.isEmpty ? "" : " (\(message))") + ": log in to the back office again and download it again"
        case .passwordProtected(let file):
            return "\(file): password-protected (a JD encrypted export): unzip it with the password from the text "
                + "message and put the unzipped files here"
        case .nestedTooDeep(let file, let limit):
            return "\(file): archives nested more than \(limit) deep, not read: unzip them and put the files here"
        case .inFile(let file, let inner):
            if case .unsupportedEncoding = inner { return "\(file): \(english(inner))" }
            return english(inner)
        }
    }
}
