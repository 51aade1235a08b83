import AgencyAudit
import AuditRecords
import AuditReport

extension ConsoleWording {
    static func english(_ e: WorkspaceError) -> String {
        switch e {
        case .storeNotFound(let p): return "store folder \(p) not found"
        case .contractMissing(let p): return "\(p) holds no contract.json (the contract file; its format is in README)"
        case .noExports(let p): return "\(p) has no exports/<YYYY-MM>/ month folders: nothing to audit"
        case .monthNotFound(let m, let available):
            return
                "exports/ has no folder for \(m) (there are: \(available.map(\.description).joined(separator: ", ")))"
        case .contract(let e): return ContractErrorWording.sentence(e, in: .english)
        case .input(let e): return ImportErrorWording.sentence(e, in: .english)
        case .cannotWrite(let path, let reason):
            return "cannot write the report \(path): \(SystemFailureWording.reason(reason, in: .english))"
        case .trafficSources(let problem): return englishTrafficSources(problem)
        case .outputInsideExports(let p):
            return "the report folder \(p) lies inside exports/ (or links there): reports cannot be written into the "
                + "exports folder; choose another --out. Nothing was written"
        case .outputIsStoreFolder(let p):
            return "the report folder \(p) is the store folder itself (or links to it): choose another --out (the "
                + "default is Reports/<store folder name>). Nothing was written"
        case .outputIsAFile(let p):
            return "the report folder \(p) is an existing file, not a folder: choose another --out, or move the file "
                + "away. Nothing was written"
        case .noticeBeforeContract(let given, let first):
            return "the notice of termination on \(given) comes before the contract starts (\(first)): there is no "
                + "contract to end yet, nor days served; check --terminate-on or contract.json's "
                + "termination.noticeGivenOn. Nothing was written"
        }
    }

    static func englishTrafficSources(_ problem: WorkspaceError.TrafficSourcesProblem) -> String {
        let file = "traffic-sources.csv"
        switch problem {
        case .notUTF8:
            return "\(file) is not UTF-8 text: save it from Excel as “CSV UTF-8 (Comma delimited)”"
        case .columns(let line, let found, let text):
            return "\(file) line \(line): expected 3 columns (platform,source,category), found \(found): \(text)"
        case .unknownPlatform(let line, let word):
            return "\(file) line \(line): unknown platform \"\(word)\" (known: "
                + Platform.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .emptySource(let line):
            return "\(file) line \(line): the source is empty"
        case .unknownCategory(let line, let word):
            return "\(file) line \(line): unknown category \"\(word)\" (known: "
                + TrafficCategory.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        }
    }
}
