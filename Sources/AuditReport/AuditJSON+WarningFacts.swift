import AuditImport
import AuditRecords
import MonthlyAudit

extension AuditJSON {
    /// A month warning as data: its `kind` and figures, beside the sentence in `warnings`.
    func fact(_ warning: MonthWarning) -> JSONValue {
        func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
        func rules(_ list: [RuleID]) -> JSONValue { strings(list.map(\.rawValue)) }
        func platforms(_ list: [Platform]) -> JSONValue { strings(list.map(\.rawValue)) }
        switch warning {
        case .noStage(let month):
            return Self.object(kind: "noStage", ("month", .string(month.description)))
        case .exportNotRead(let kind, let platform):
            return Self.object(
                kind: "exportNotRead", ("exportKind", .string(kind.rawValue)), ("platform", .string(platform.rawValue)))
        case .exportMissing(let kind):
            return Self.object(kind: "exportMissing", ("exportKind", .string(kind.rawValue)))
        case .exportUnusable(let kind, let files):
            return Self.object(
                kind: "exportUnusable", ("exportKind", .string(kind.rawValue)), ("files", strings(files)))
        case .unreadableFiles(let count):
            return Self.object(kind: "unreadableFiles", ("files", .int(count)))
        case .exportFromOtherPlatform(let platform, let contract):
            return Self.object(
                kind: "exportFromOtherPlatform", ("platform", .string(platform.rawValue)),
                ("contractPlatform", .string(contract.rawValue)))
        case .contractPlatformAbsent(let contract, let exports):
            return Self.object(
                kind: "contractPlatformAbsent", ("contractPlatform", .string(contract.rawValue)),
                ("exportPlatforms", platforms(exports)))
        case .ordersWithoutTime(let count):
            return Self.object(kind: "ordersWithoutTime", ("orders", .int(count)))
        case .noBuyerAccounts(let rule, let list):
            return Self.object(
                kind: "noBuyerAccounts", ("rule", .string(rule.rawValue)), ("platforms", platforms(list)))
        case .keylessOrders(let field, let orders, let total, let list):
            return Self.object(
                kind: "keylessOrders", ("field", .string(field.rawValue)), ("orders", .int(orders)),
                ("paidOrders", .int(total)), ("rules", rules(list)))
        case .refundsExportMissing(let platform):
            return Self.object(kind: "refundsExportMissing", ("platform", .string(platform.rawValue)))
        case .unknownStatuses(let statuses):
            return Self.object(
                kind: "unknownStatuses",
                (
                    "statuses",
                    .array(statuses.map { .object([("status", .string($0.status)), ("count", .int($0.count))]) })
                ))
        case .unmappedSources(let platform, let sources):
            return Self.object(
                kind: "unmappedSources", ("platform", .string(platform.rawValue)),
                (
                    "sources",
                    .array(sources.map { .object([("source", .string($0.source)), ("visitors", .int($0.visitors))]) })
                ))
        case .rowsOutsideMonth(let count, let month):
            return Self.object(kind: "rowsOutsideMonth", ("rows", .int(count)), ("month", .string(month.description)))
        case .trafficPlatformUnclear(let files, let platforms):
            return Self.object(
                kind: "trafficPlatformUnclear", ("files", .array(files.map { .string($0) })),
                ("platforms", .array(platforms.map { .string($0.rawValue) })))
        case .adPeriodTotalsOnly(let platform, let from, let to, let rules):
            return Self.object(
                kind: "adPeriodTotalsOnly", ("platform", .string(platform.rawValue)),
                ("from", .string(from.description)),
                ("to", .string(to.description)), ("rules", .array(rules.map { .string($0.rawValue) })))
        case .ordersNotReadBack(let count):
            return Self.object(kind: "ordersNotReadBack", ("orders", .int(count)))
        case .identicalDuplicates(let count):
            return Self.object(kind: "identicalDuplicates", ("orders", .int(count)))
        case .rulesSkippedForIncompleteOrders(let list):
            return Self.object(kind: "rulesSkippedForIncompleteOrders", ("rules", rules(list)))
        }
    }
}

extension AuditJSON {
    /// How an export was read, as data: its `kind` and figures, beside the sentence in `notes`.
    func fact(_ note: ImportNote) -> JSONValue {
        switch note {
        case .tabSeparated(let ext): return Self.object(kind: "tabSeparated", ("fileExtension", .string(ext)))
        case .replacedBytes(let count, let encoding):
            return Self.object(kind: "replacedBytes", ("bytes", .int(count)), ("encoding", .string(encoding.rawValue)))
        case .headerOnly: return Self.object(kind: "headerOnly")
        case .breakdownSheet(let sheet, let of, let rows):
            return Self.object(
                kind: "breakdownSheet", ("sheet", .string(sheet)), ("of", .string(of)), ("rows", .int(rows)))
        case .sheetsNotRecognised(let sheets):
            return Self.object(kind: "sheetsNotRecognised", ("sheets", .array(sheets.map { .string($0) })))
        case .subOrderRowsMerged(let count): return Self.object(kind: "subOrderRowsMerged", ("rows", .int(count)))
        case .lineItemsWithoutOrder(let count): return Self.object(kind: "lineItemsWithoutOrder", ("rows", .int(count)))
        case .refundsWithoutPaidOrder(let count):
            return Self.object(kind: "refundsWithoutPaidOrder", ("serviceOrders", .int(count)))
        case .refundsCapped(let count): return Self.object(kind: "refundsCapped", ("serviceOrders", .int(count)))
        case .itemIDsLost(let count): return Self.object(kind: "itemIDsLost", ("rows", .int(count)))
        }
    }
}

extension AuditJSON {
    /// Why a file was not read, as data, beside the sentence in `ignoredFiles[].reason` (the
    /// reasons an import error carries as words are in the report's language).
    func fact(_ reason: IgnoredFile.Reason, in language: Language) -> JSONValue {
        switch reason {
        case .error(let error): return Self.object(kind: "error", ("error", fact(error, in: language)))
        case .noHeader(.text(let rows)): return Self.object(kind: "noHeader", ("searchedRows", .int(rows)))
        case .noHeader(.sheets(let rows)):
            return Self.object(kind: "noHeader", ("searchedRows", .int(rows)), ("everySheet", .bool(true)))
        case .noHeader(.noTable): return Self.object(kind: "noTable")
        case .noHeader(.noSheet): return Self.object(kind: "noSheet")
        case .refundsHeaderNotRecognised: return Self.object(kind: "refundsHeaderNotRecognised")
        case .emptyFile: return Self.object(kind: "emptyFile")
        case .emptyArchive: return Self.object(kind: "emptyArchive")
        case .officeDocument: return Self.object(kind: "officeDocument")
        case .merchantFileAsWorkbook(let expected):
            return Self.object(kind: "merchantFileAsWorkbook", ("expected", .string(expected)))
        case .hiddenSheet(let kind, let rows):
            return Self.object(kind: "hiddenSheet", ("exportKind", .optional(kind?.rawValue)), ("rows", .int(rows)))
        case .linkLeadsNowhere(let target): return Self.object(kind: "linkLeadsNowhere", ("target", .string(target)))
        case .linkOutsideStore(let target): return Self.object(kind: "linkOutsideStore", ("target", .string(target)))
        }
    }

    /// An import error as data: its case and the figures it names.
    func fact(_ error: ImportError, in language: Language) -> JSONValue {
        switch error {
        case .unreadable(let file, let reason):
            return Self.object(
                kind: "unreadable", ("file", .string(file)),
                ("reason", .string(ImportErrorWording.reason(reason, in: language))))
        case .unsupportedEncoding(let name):
            return Self.object(kind: "unsupportedEncoding", ("encoding", .string(name)))
        case .emptyFile(let file): return Self.object(kind: "emptyFile", ("file", .string(file)))
        case .missingColumn(let file, let line, let kind, let column, let accepted, let found):
            return Self.object(
                kind: "missingColumn", ("file", .string(file)), ("line", .int(line)),
                ("exportKind", .string(kind.rawValue)),
                ("column", .string(column)), ("acceptedNames", .array(accepted.map { .string($0) })),
                ("found", .array(found.map { .string($0) })))
        case .duplicateColumn(let file, let line, let column):
            return Self.object(
                kind: "duplicateColumn", ("file", .string(file)), ("line", .int(line)), ("column", .string(column)))
        case .undatedFile(let file, let kind):
            return Self.object(kind: "undatedFile", ("file", .string(file)), ("exportKind", .string(kind.rawValue)))
        case .container(let file, let error):
            return Self.object(
                kind: "container", ("file", .string(file)),
                ("problem", .string(ContainerErrorWording.sentence(error, in: language))))
        case .backOfficeErrorPage(let file, let message):
            return Self.object(kind: "backOfficeErrorPage", ("file", .string(file)), ("message", .string(message)))
        case .passwordProtected(let file): return Self.object(kind: "passwordProtected", ("file", .string(file)))
        case .nestedTooDeep(let file, let limit):
            return Self.object(kind: "nestedTooDeep", ("file", .string(file)), ("limit", .int(limit)))
        case .inFile(_, let inner): return fact(inner, in: language)
        }
    }
}
