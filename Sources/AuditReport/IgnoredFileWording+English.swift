import AuditImport
import AuditRecords

extension IgnoredFileWording {
    static func english(_ f: IgnoredFile) -> String {
        switch f.reason {
        case .error(let error):
            return ImportErrorWording.sentence(error, in: .english)
        case .noHeader(.text(let rows)):
            return "no header of an order, traffic or promotion report recognised in the first \(rows) rows"
        case .noHeader(.sheets(let rows)):
            return
                "no header of an order, traffic or promotion report recognised in the first \(rows) rows of any sheet"
        case .noHeader(.noTable):
            return "the web page holds no table"
        case .noHeader(.noSheet):
            return "the workbook holds no sheet"
        case .refundsHeaderNotRecognised:
            return "the header of this JD after-sale details file was not recognised (it should have the service order "
                + "number, order number and refund amount columns): its refunds are not counted in the refund amount "
                + "and refund rate"
        case .emptyFile:
            return "empty file"
        case .emptyArchive:
            return "the archive holds no files"
        case .officeDocument:
            return "an Office document (not an Excel workbook): not read"
        case .merchantFileAsWorkbook(let expected):
            return "this looks like \(expected) saved as an Excel workbook: such files are read as text only, so "
                + "nothing in it was used; save it from Excel as “CSV UTF-8 (Comma delimited)” named \(expected) and audit again"
        case .hiddenSheet(let kind?, let rows):
            return
                "a hidden sheet (\(kind.name(in: .english)), \(English.count(rows, "row", "rows"))): the platforms' exports never hide "
                + "sheets, so check where it came from; if it must be counted, unhide it and audit again"
        case .hiddenSheet(nil, _):
            return "a hidden sheet"
        case .linkLeadsNowhere(let target):
            return "a link to a file or folder that does not exist (\(target)): not read"
        case .linkOutsideStore(let target):
            return "a link to a folder outside the store folder (\(target)): not read; copy the exports in it into "
                + "this month's folder"
        }
    }
}
