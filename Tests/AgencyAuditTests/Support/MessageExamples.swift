import AuditDiagnose
import AuditImport
import AuditMeasure
import AuditRecords
import ExportContainers

@testable import AuditContract
@testable import MonthlyAudit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One example of every case of every message the stages return as data, with ASCII values only,
/// so that any Chinese in their English wording is the wording's own (`EveryCase`).
enum MessageExamples {
    static let month = YearMonth(year: 2025, month: 8)
    static func day(_ d: Int) -> CalendarDay { CalendarDay(year: 2025, month: 8, day: d)! }
    static let file = "exports/2025-08/orders.csv"

    // MARK: The month

    static let monthWarnings = EveryCase.chain(MonthWarning.noStage(month)) { warning in
        switch warning {
        case .noStage: return .exportNotRead(.traffic, platform: .douyin)
        case .exportNotRead: return .exportMissing(.ads)
        case .exportMissing: return .exportUnusable(.orders, files: ["a.xlsx", "b.xlsx"])
        case .exportUnusable: return .unreadableFiles(count: 2)
        case .unreadableFiles: return .exportFromOtherPlatform(.pinduoduo, contract: .taobao)
        case .exportFromOtherPlatform: return .contractPlatformAbsent(contract: .jd, exports: [.taobao, .pinduoduo])
        case .contractPlatformAbsent: return .ordersWithoutTime(count: 12)
        case .ordersWithoutTime: return .noBuyerAccounts(rule: .sequentialAccounts, platforms: [.pinduoduo])
        case .noBuyerAccounts:
            return .keylessOrders(field: .phone, orders: 40, of: 100, rules: [.samePhoneCluster, .linkedOrders])
        case .keylessOrders: return .refundsExportMissing(.jd)
        case .refundsExportMissing:
            return .unknownStatuses([.init(status: "on hold", count: 3), .init(status: "", count: 1)])
        case .unknownStatuses:
            return .unmappedSources(platform: .taobao, sources: [.init(source: "partner site", visitors: 120)])
        case .unmappedSources: return .rowsOutsideMonth(count: 5, month: month)
        case .rowsOutsideMonth:
            return .adPeriodTotalsOnly(
                platform: .jd, from: month.firstDay, to: month.lastDay, rules: [.spendOverLimit, .roiBelowRedLine])
        case .adPeriodTotalsOnly:
            return .trafficPlatformUnclear(files: ["exports/2025-09/traffic.csv"], platforms: [.taobao, .pinduoduo])
        case .trafficPlatformUnclear: return .ordersNotReadBack(count: 2)
        case .ordersNotReadBack: return .identicalDuplicates(count: 3)
        case .identicalDuplicates: return .rulesSkippedForIncompleteOrders([.ordersBuyersMismatch])
        case .rulesSkippedForIncompleteOrders: return nil
        }
    }

    /// Other values of the cases whose wording branches on them.
    static let monthWarningVariants: [MonthWarning] =
        MonthWarning.KeyField.allCases.map {
            .keylessOrders(field: $0, orders: 100, of: 100, rules: [.sameAddressCluster])
        }
        + Platform.allCases.flatMap { p in ExportKind.allCases.map { MonthWarning.exportNotRead($0, platform: p) } }
        + Platform.allCases.map { .refundsExportMissing($0) }

    // MARK: Import

    static let importNotes = EveryCase.chain(ImportNote.tabSeparated(fileExtension: "xls")) { note in
        switch note {
        case .tabSeparated: return .replacedBytes(count: 3, encoding: .utf8)
        case .replacedBytes: return .headerOnly
        case .headerOnly: return .breakdownSheet(sheet: "By carrier", of: "All sources", rows: 870)
        case .breakdownSheet: return .sheetsNotRecognised(["Notes", "Chart"])
        case .sheetsNotRecognised: return .subOrderRowsMerged(count: 4)
        case .subOrderRowsMerged: return .lineItemsWithoutOrder(count: 2)
        case .lineItemsWithoutOrder: return .refundsWithoutPaidOrder(count: 1)
        case .refundsWithoutPaidOrder: return .refundsCapped(count: 1)
        case .refundsCapped: return .itemIDsLost(count: 2)
        case .itemIDsLost: return nil
        }
    }

    static let importNoteVariants: [ImportNote] = [
        .replacedBytes(count: 3, encoding: .gb18030), .replacedBytes(count: 1, encoding: .utf16LE),
        .sheetsNotRecognised(["Notes"]),
    ]

    static let noHeaders = EveryCase.chain(IgnoredFile.NoHeader.text(rows: 30)) { place in
        switch place {
        case .text: return .sheets(rows: 30)
        case .sheets: return .noTable
        case .noTable: return .noSheet
        case .noSheet: return nil
        }
    }

    static let ignoredReasons = EveryCase.chain(IgnoredFile.Reason.error(.emptyFile(file: file))) { reason in
        switch reason {
        case .error: return .noHeader(.text(rows: 30))
        case .noHeader: return .refundsHeaderNotRecognised
        case .refundsHeaderNotRecognised: return .emptyFile
        case .emptyFile: return .emptyArchive
        case .emptyArchive: return .officeDocument
        case .officeDocument: return .merchantFileAsWorkbook(expected: "approvals.csv")
        case .merchantFileAsWorkbook: return .hiddenSheet(kind: .orders, rows: 12)
        case .hiddenSheet: return .linkLeadsNowhere(target: "../gone")
        case .linkLeadsNowhere: return .linkOutsideStore(target: "/elsewhere/exports")
        case .linkOutsideStore: return nil
        }
    }

    static let ignoredReasonVariants: [IgnoredFile.Reason] =
        noHeaders.map { .noHeader($0) } + [.hiddenSheet(kind: nil, rows: 0)]

    static let rejectReasons = EveryCase.chain(RejectReason.empty(.orderID)) { reason in
        switch reason {
        case .empty: return .invalidCell(.notMoney, found: "abc")
        case .invalidCell: return .implausibleQuantity(100_000, .orders)
        case .implausibleQuantity: return .negativeAmount(Money(cents: -500))
        case .negativeAmount: return .absurdAmount(Money(cents: 900_000_000_000))
        case .absurdAmount: return .idInScientificNotation("3.81E+18")
        case .idInScientificNotation: return .tooLong(limitBytes: 1 << 20)
        case .tooLong: return .unterminatedQuote
        case .unterminatedQuote: return .fieldCount(found: 12, header: 10, lines: 1)
        case .fieldCount: return nil
        }
    }

    static let rejectReasonVariants: [RejectReason] =
        [.empty(nil), .implausibleQuantity(0, .lineItems), .tooLong(limitBytes: 4096)]
        + [.fieldCount(found: 3, header: 10, lines: 4)]
        + RejectReason.RequiredValue.allCases.map { .empty($0) }
        + CellProblem.allCases.map { .invalidCell($0, found: "12,34") }

    static let readFailures = EveryCase.chain(ImportError.ReadFailure.system(.errno(EACCES))) { failure in
        switch failure {
        case .system: return .container(.truncated(.spillFileRead))
        case .container: return nil
        }
    }

    static let importErrors = EveryCase.chain(ImportError.unreadable(file: file, reason: .system(.errno(EACCES)))) {
        error in
        switch error {
        case .unreadable: return .unsupportedEncoding("EBCDIC")
        case .unsupportedEncoding: return .emptyFile(file: file)
        case .emptyFile:
            return .missingColumn(
                file: file, line: 1, kind: .orders, column: "order id", acceptedNames: ["order id", "order no"],
                found: ["id", "amount"])
        case .missingColumn: return .duplicateColumn(file: file, line: 1, column: "amount")
        case .duplicateColumn: return .undatedFile(file: file, kind: .traffic)
        case .undatedFile: return .container(file: file, .encrypted)
        case .container: return .backOfficeErrorPage(file: file, message: "session expired")
        case .backOfficeErrorPage: return .passwordProtected(file: "exports/2025-08/orders.zip")
        case .passwordProtected: return .nestedTooDeep(file: "exports/2025-08/deep.zip", limit: 3)
        case .nestedTooDeep: return .inFile("exports/2025-08/a.zip", .emptyFile(file: "b.csv"))
        case .inFile: return nil
        }
    }

    static let importErrorVariants: [ImportError] =
        readFailures.map { .unreadable(file: file, reason: $0) } + [
            .inFile("exports/2025-08/a.zip", .unsupportedEncoding("EBCDIC")),
            .backOfficeErrorPage(file: file, message: ""),
        ]

    // MARK: Containers and the system

    static let truncations = EveryCase.chain(ContainerError.Truncation.spillFileRead) { t in
        switch t {
        case .spillFileRead: return .zipTooShort
        case .zipTooShort: return .zipDirectoryNotFound
        case .zipDirectoryNotFound: return .zipDirectoryPastEnd
        case .zipDirectoryPastEnd: return .zip64RecordPastEnd
        case .zip64RecordPastEnd: return .zipEntryHeader(entry: "orders.csv")
        case .zipEntryHeader: return .zipEntryDataPastEnd(entry: "orders.csv")
        case .zipEntryDataPastEnd: return .zipEntryDataCut(entry: "orders.csv")
        case .zipEntryDataCut: return .deflateEndsEarly
        case .deflateEndsEarly: return .compoundFileHeaderShort
        case .compoundFileHeaderShort: return .fatSectorCountPastFile
        case .fatSectorCountPastFile: return .sectorPastEnd(.fat)
        case .sectorPastEnd: return .streamLargerThanFile(stream: "Workbook")
        case .streamLargerThanFile: return .streamSectorPastEnd(stream: "Workbook")
        case .streamSectorPastEnd: return .xmlPartShort
        case .xmlPartShort: return .xmlEndsInElement
        case .xmlEndsInElement: return .xmlEndsInTag
        case .xmlEndsInTag: return nil
        }
    }

    static let corruptions = EveryCase.chain(ContainerError.Corruption.zipDirectoryEntryInvalid(index: 2)) { c in
        switch c {
        case .zipDirectoryEntryInvalid: return .zipDirectoryEntryPastDirectory(index: 2)
        case .zipDirectoryEntryPastDirectory: return .zip64SizesMissing(index: 2)
        case .zip64SizesMissing: return .zipEntryOutsideFile(entry: "orders.csv")
        case .zipEntryOutsideFile: return .zipEntryHeaderMisplaced(entry: "orders.csv")
        case .zipEntryHeaderMisplaced: return .zipEntriesOverlap("a.csv", "b.csv")
        case .zipEntriesOverlap: return .zipEntryLargerThanAnnounced(entry: "orders.csv", announced: 1024)
        case .zipEntryLargerThanAnnounced:
            return .zipEntrySizeMismatch(entry: "orders.csv", produced: 10, announced: 12)
        case .zipEntrySizeMismatch: return .zipEntryChecksumMismatch(entry: "orders.csv")
        case .zipEntryChecksumMismatch: return .zipStoredSizesDiffer(entry: "orders.csv")
        case .zipStoredSizesDiffer: return .zip64LocatorMissing
        case .zip64LocatorMissing: return .zip64RecordOutsideFile
        case .zip64RecordOutsideFile: return .zip64RecordInvalid
        case .zip64RecordInvalid: return .zip64DirectoryPastFile
        case .zip64DirectoryPastFile: return .zipDirectoryOutsideFile
        case .zipDirectoryOutsideFile: return .deflate(.invalidDistance)
        case .deflate: return .notCompoundFile
        case .notCompoundFile: return .byteOrderMark
        case .byteOrderMark: return .sectorSize
        case .sectorSize: return .miniSectorSize
        case .miniSectorSize: return .rootMissing
        case .rootMissing: return .difatChainShort
        case .difatChainShort: return .chainLoops(.fat)
        case .chainLoops: return .chainBroken(.miniFAT)
        case .chainBroken: return .sectorNumberPastTable(.directory)
        case .sectorNumberPastTable: return .streamLargerThanChain(stream: "Workbook")
        case .streamLargerThanChain: return .streamLargerThanMiniChain(stream: "Workbook")
        case .streamLargerThanMiniChain: return .miniSectorOutsideMiniStream
        case .miniSectorOutsideMiniStream: return .miniStreamLargerThanChain
        case .miniStreamLargerThanChain: return .xmlElementTooLarge(limitBytes: 16 << 20)
        case .xmlElementTooLarge: return .workbookPartMissing(path: "xl/workbook.xml")
        case .workbookPartMissing: return .sheetWithoutPart(sheet: "Sheet1", relationship: "rId3")
        case .sheetWithoutPart: return .sheetPartMissing(sheet: "Sheet1", part: "xl/worksheets/sheet9.xml")
        case .sheetPartMissing: return .workbookStreamMissing
        case .workbookStreamMissing: return .bofMissing
        case .bofMissing: return .sheetMissing(index: 1)
        case .sheetMissing: return .rowPositionOutsideStream
        case .rowPositionOutsideStream: return .sheetStartOutsideStream
        case .sheetStartOutsideStream: return .sheetStartNotBOF
        case .sheetStartNotBOF: return nil
        }
    }

    static let unsupportedFormats = EveryCase.chain(
        ContainerError.UnsupportedFormat.compressionMethod(entry: "orders.csv", method: 14)
    ) { u in
        switch u {
        case .compressionMethod: return .multiVolumeZip
        case .multiVolumeZip: return .biff2to4
        case .biff2to4: return .biff5
        case .biff5: return nil
        }
    }

    static let exceededLimits = EveryCase.chain(
        ContainerError.ExceededLimit.zipEntryCount(count: 70_000, limit: 65_535)
    ) { l in
        switch l {
        case .zipEntryCount: return .entryInMemory(entry: "orders.csv", limit: 64 << 20)
        case .entryInMemory: return .inflateRatio(entry: "zeros.csv", ratio: 1000)
        case .inflateRatio: return .partSize(entry: "xl/sharedStrings.xml", limit: 1 << 30)
        case .partSize: return .archiveInflated(limit: 16 << 30)
        case .archiveInflated: return .deflateOutput(limit: 4096)
        case .deflateOutput: return .directoryEntries(limit: 100_000)
        case .directoryEntries: return .markupSize(limit: 64 << 20)
        case .markupSize: return .spillFileNotCreated(directory: "/tmp", .errno(ENOSPC))
        case .spillFileNotCreated: return .spillFileWrite(.errno(EIO))
        case .spillFileWrite: return nil
        }
    }

    static let containerErrors = EveryCase.chain(ContainerError.truncated(.zipTooShort)) { e in
        switch e {
        case .truncated: return .corrupt(.bofMissing)
        case .corrupt: return .encrypted
        case .encrypted: return .unsupported(.biff5)
        case .unsupported: return .limitExceeded(.markupSize(limit: 64 << 20))
        case .limitExceeded: return .refused(.doctype)
        case .refused: return nil
        }
    }

    /// Every value the sub-enums give a container error, wrapped in the case that carries it.
    static let everyContainerError: [ContainerError] =
        containerErrors + truncations.map { .truncated($0) } + corruptions.map { .corrupt($0) }
        + ContainerError.DeflateDefect.allCases.map { .corrupt(.deflate($0)) }
        + CompoundFileStructure.allCases.flatMap { [.corrupt(.chainLoops($0)), .truncated(.sectorPastEnd($0))] }
        + unsupportedFormats.map { .unsupported($0) } + exceededLimits.map { .limitExceeded($0) }
        + ContainerError.Refusal.allCases.map { .refused($0) }

    static let systemFailures = EveryCase.chain(SystemFailure.errno(ENOENT)) { f in
        switch f {
        case .errno: return .invalidFileName
        case .invalidFileName: return .fileError(code: 512)
        case .fileError: return .other("disk on fire")
        case .other: return nil
        }
    }

    /// The codes worded by name, and one that is not.
    static let errnoCodes: [Int32] = [
        ENOENT, EACCES, EPERM, ENOSPC, EDQUOT, EROFS, EISDIR, ENOTDIR, EEXIST, ENOTEMPTY, EMFILE, ENFILE,
        ENAMETOOLONG, ELOOP, EFBIG, ENOMEM, EBUSY, ETXTBSY, EIO, EXDEV, 9999,
    ]

    // MARK: The contract

    static let found = EveryCase.chain(ContractError.Found.null) { f in
        switch f {
        case .null: return .text("5000")
        case .text: return .boolean(true)
        case .boolean: return .number("3")
        case .number: return .list
        case .list: return .object
        case .object: return nil
        }
    }

    static let contractProblems = EveryCase.chain(ContractError.Problem.invalidJSON(line: 3, column: 7)) { p in
        switch p {
        case .invalidJSON: return .unfinishedJSON
        case .unfinishedJSON: return .notUTF8(line: 2, byte: 0xB6)
        case .notUTF8: return .duplicateKey(firstLine: 4, secondLine: 9)
        case .duplicateKey: return .expectedObject(found: .list)
        case .expectedObject: return .unknownField(known: ["store", "fees", "stages"])
        case .unknownField: return .missingText
        case .missingText: return .expectedText(found: .number("3"))
        case .expectedText: return .missingNumber
        case .missingNumber: return .expectedNumber(found: .text("5000"))
        case .expectedNumber: return .numberTooLarge(found: "1e+30")
        case .numberTooLarge: return .negativeAmount(found: "-5")
        case .negativeAmount: return .missingMonth
        case .missingMonth: return .expectedMonth(found: .text("July"))
        case .expectedMonth: return .unknownPlatform(found: "ebay", known: ["taobao", "pinduoduo", "jd", "douyin"])
        case .unknownPlatform: return .expectedList(found: .object)
        case .expectedList: return .missingStages
        case .missingStages: return .noStages
        case .noStages: return .expectedShare(found: "3", examplePercent: 3)
        case .expectedShare: return .tierAfterOpenEndedTier
        case .tierAfterOpenEndedTier: return .tierNotAbovePrevious(previous: "100000", found: "50000")
        case .tierNotAbovePrevious: return .expectedWholeDays(found: "0.5")
        case .expectedWholeDays: return .expectedPositiveROI(found: "0")
        case .expectedPositiveROI: return .stageEndsBeforeStart(from: "2025-09", to: "2025-08")
        case .stageEndsBeforeStart: return .stagesOverlap(other: 0, from: "2025-07", to: "2025-08")
        case .stagesOverlap: return .expectedTargets(found: .list)
        case .expectedTargets: return .unknownMetric(known: ["orders", "gmv"])
        case .unknownMetric: return .expectedPositiveTarget(found: "0")
        case .expectedPositiveTarget: return .expectedBoolean(found: .text("yes"))
        case .expectedBoolean: return .unknownChoice(found: "\"monthz\"", known: ["monthsBelow", "stagesMissed"])
        case .unknownChoice: return .conflictsWith(path: "settlement.deductInProportion")
        case .conflictsWith: return .groundNotInContract(ground: "monthsBelowRedLine")
        case .groundNotInContract: return .repeatsEntry(other: 0)
        case .repeatsEntry: return .expectedDay(found: .text("2025-9-40"))
        case .expectedDay: return .expectedRating(found: "7")
        case .expectedRating: return .expectedGrowth(found: "-1")
        case .expectedGrowth: return .expectedBaseline(found: .text("June"))
        case .expectedBaseline: return .missingItems
        case .missingItems: return .itemsOnStoreMetric(metric: "gmv")
        case .itemsOnStoreMetric: return .expectedItemID(found: .null)
        case .expectedItemID: return .repeatedItem(other: 0)
        case .repeatedItem: return nil
        }
    }

    static let contractErrors: [ContractError] =
        contractProblems.map { ContractError(path: "stages[1].targets.orders", problem: $0, line: 9) }
        + found.map { ContractError(path: "fees.monthlyBase", problem: .expectedNumber(found: $0)) }
        + [
            ContractError(path: "", problem: .invalidJSON(line: nil, column: nil)),
            ContractError(path: "", problem: .duplicateKey(firstLine: 4, secondLine: 4)),
            ContractError(path: "settlement.commission", problem: .expectedShare(found: "45", examplePercent: 45)),
            ContractError(path: "settlement.flatDeduction.share", problem: .missingNumber),
            ContractError(path: "termination.refunds[1].ground", problem: .repeatsEntry(other: 0), line: 12),
            ContractError(path: "limits.monthlyAdBudget.shareOfSalesTarget", problem: .missingNumber),
        ]

    // MARK: Settlement and termination

    static let dataGaps = EveryCase.chain(
        DataGap.rejectedOrderRows(
            rejected: 5, paidRows: 100, rows: [RowLocation(file: file, line: 7), RowLocation(file: file, line: 9)])
    ) { gap in
        switch gap {
        case .rejectedOrderRows: return .unreadableExports(kind: .orders, files: ["a.xlsx"])
        case .unreadableExports:
            return .otherMonthsExport(file: "exports/2025-08/july.xlsx", kind: .orders, months: [month], rows: 100)
        case .otherMonthsExport: return .partialMonth(kind: .traffic, first: day(1), last: day(20), daysInMonth: 31)
        case .partialMonth: return .conflictingCopies(kind: .orders, records: 2, files: ["a.xlsx", "b.xlsx"])
        case .conflictingCopies: return nil
        }
    }

    static let dataGapVariants: [DataGap] =
        [
            .rejectedOrderRows(rejected: 1, paidRows: 1, rows: [RowLocation(file: file, line: 2)]),
            .unreadableExports(kind: nil, files: ["mystery.xlsx"]),
        ] + ExportKind.allCases.map { .conflictingCopies(kind: $0, records: 2, files: ["a.xlsx", "b.xlsx"]) }

    static let withholdingReasons = EveryCase.chain(
        Settlement.WithholdingReason.unmeasuredTargets(metrics: [.visitors])
    ) { reason in
        switch reason {
        case .unmeasuredTargets: return .noUsableExport
        case .noUsableExport: return .commissionWithoutSales
        case .commissionWithoutSales:
            return .incompleteData(.partialMonth(kind: .orders, first: day(1), last: day(9), daysInMonth: 31))
        case .incompleteData: return .unusableManualFigures(file: "exports/2025-08/manual.csv", lines: [2, 4])
        case .unusableManualFigures: return .baselineMonth(contractStarts: month)
        case .baselineMonth: return .baselineMissing(metrics: [.naturalVisitors, .gmv], months: [month])
        case .baselineMissing: return nil
        }
    }

    static let withholdingVariants: [Settlement.WithholdingReason] =
        [
            .unmeasuredTargets(metrics: [.orders, .gmv]),
            .unmeasuredTargets(metrics: [.visitors, .naturalTrafficShare]),
        ]
        + dataGaps.map { .incompleteData($0) }

    static let monthsBelow: [TerminationCheck.MonthAttainment] = [
        .init(month: YearMonth(year: 2025, month: 7), attainment: 0.7), .init(month: month, attainment: nil),
    ]

    static let grounds = EveryCase.chain(TerminationCheck.Ground.fakeOrders(groups: 2, orders: 14)) { ground in
        switch ground {
        case .fakeOrders: return .trialMissed(stage: "Trial", months: [month])
        case .trialMissed: return .consecutiveMonthsBelow(months: monthsBelow, threshold: 0.8)
        case .consecutiveMonthsBelow: return .consecutiveMonthsBelowRedLine(months: monthsBelow, redLine: 0.6)
        case .consecutiveMonthsBelowRedLine: return .consecutiveStagesMissed(stages: ["Stage 1", "Stage 2"])
        case .consecutiveStagesMissed: return nil
        }
    }

    static let terminationWarnings = EveryCase.chain(
        TerminationCheck.Warning.monthsBelow(months: Array(monthsBelow.prefix(1)), threshold: 0.8, monthsNeeded: 2)
    ) { warning in
        switch warning {
        case .monthsBelow: return nil
        }
    }

    // MARK: Diagnosis

    static let executionFindings = EveryCase.chain(ThreeStepDiagnosis.ExecutionFinding.spendOverLimit(days: 2)) {
        finding in
        switch finding {
        case .spendOverLimit: return .roiBelowRedLine(runs: 1, days: 3)
        case .roiBelowRedLine: return .suspectedFakeOrders(groups: 2, orders: 14)
        case .suspectedFakeOrders: return .daysWithoutSpend(days: (3...9).map(day))
        case .daysWithoutSpend: return .snapshotPriceChangesWithoutApproval(changes: 2, items: 1)
        case .snapshotPriceChangesWithoutApproval: return .noBreachFound
        case .noBreachFound:
            return .customerService(
                CustomerServiceCheck(
                    store: .init(firstResponseSeconds: 95, averageResponseSeconds: 155, inquiryConversion: 0.147),
                    peer: .init(firstResponseSeconds: 22, averageResponseSeconds: 38, inquiryConversion: 0.24),
                    limitSeconds: 30, files: ["exports/2025-08/cs/report.xlsx"]))
        case .customerService: return .customerServiceDownloadMissing(platform: .taobao, typedInLateReplies: 3)
        case .customerServiceDownloadMissing:
            return .activityWeeks(
                ActivityWeeks(
                    weeks: ActivityWeeks.weeks(of: YearMonth(year: 2025, month: 9)).map {
                        .init(
                            number: $0.number, first: $0.first, last: $0.last,
                            activities: [1, 4].contains($0.number) ? ["Autumn launch"] : [], items: 2)
                    }, required: true, files: ["exports/2025-09/activities.xlsx"]))
        case .activityWeeks: return .activityDownloadMissing(platform: .taobao, weeklyRequired: true)
        case .activityDownloadMissing:
            return .promotionSpend(
                PromotionSpend(
                    spend: Money(cents: 1_200_000), sales: Money(cents: 1_440_000),
                    previousSpend: Money(cents: 1_000_000),
                    previousSales: Money(cents: 1_300_000), redLine: 1.5,
                    campaigns: [
                        .init(name: "Dresses keywords", spend: Money(cents: 800_000), sales: Money(cents: 900_000))
                    ]))
        case .promotionSpend: return nil
        }
    }

    static let cooperationFindings = EveryCase.chain(
        ThreeStepDiagnosis.CooperationFinding.unitPriceChanged(
            item: "Cotton T-shirt, relaxed fit, everyday top", lowest: Money(cents: 4900), lowestOn: day(20),
            highest: Money(cents: 5900), highestOn: day(1), change: 59.0 / 49 - 1)
    ) { finding in
        switch finding {
        case .unitPriceChanged: return .noPriceChangeSeen
        case .noPriceChangeSeen:
            return .stockOut(
                StockOut(
                    item: "Linen shirt", first: day(10), last: day(13), usualDailyOrders: 6,
                    usualDailySales: Money(cents: 90_000), expectedOrders: 24))
        case .stockOut:
            return .itemStopped(
                ItemStopped(
                    item: "Linen shirt", lastSale: day(20), daysWithout: 10, usualDailyOrders: 5, expectedOrders: 50))
        case .itemStopped:
            return .stockOutsBehindTarget(StockOutImpact(target: .gmv, gap: 18_000, lost: 11_000, items: 3, days: 4))
        case .stockOutsBehindTarget:
            return .stockOutRefunds(
                StockOutRefunds(
                    item: "Linen shirt", days: [day(10), day(11)], requests: 4, amount: Money(cents: 39_600)))
        case .stockOutRefunds:
            return .itemTakenDown(ItemTakenDown(item: "Wool coat", itemIDKey: 61, from: day(20), salesFalling: true))
        case .itemTakenDown:
            return .snapshotStockZero(SnapshotStockZero(itemIDKey: 61, itemID: "61", title: "", days: [day(13)]))
        case .snapshotStockZero:
            return .snapshotPriceChange(
                SnapshotPriceChange(
                    itemIDKey: 62, itemID: "62", title: "Pleated skirt", before: Money(cents: 13_900),
                    beforeDay: day(5), after: Money(cents: 15_900), day: day(13), standing: .withinLimit))
        case .snapshotPriceChange: return .secondSnapshotNeeded(day: day(5))
        case .secondSnapshotNeeded: return nil
        }
    }

    static let marketFindings = EveryCase.chain(
        ThreeStepDiagnosis.MarketFinding.visitorsChanged(visitorsChange: 0.1, naturalVisitorsChange: -0.05)
    ) { finding in
        switch finding {
        case .visitorsChanged: return .noCategoryData
        case .noCategoryData:
            return .peerTier(
                PeerTierComparison(
                    target: .orders, previousMonth: YearMonth(year: 2025, month: 8),
                    changes: [.init(metric: .visitors, store: -0.2, peer: -0.18)], reading: .market,
                    files: ["a.xlsx", "b.xlsx"]))
        case .peerTier: return .peerTierPreviousMonthMissing(month: YearMonth(year: 2025, month: 8), platform: .taobao)
        case .peerTierPreviousMonthMissing: return .peerTierDownloadMissing(platform: .pinduoduo)
        case .peerTierDownloadMissing: return nil
        }
    }

    /// The platforms a market finding is worded for: each alone, and a store on two.
    static let platformSets: [[Platform]] = Platform.allCases.map { [$0] } + [[.taobao, .pinduoduo]]

    static let targetReasons = EveryCase.chain(TargetFinding.Reason.missingData(export: .traffic)) { reason in
        switch reason {
        case .missingData: return .ordersChanged(ordersChange: 0.08, visitorsChange: -0.02, conversionChange: 0.1)
        case .ordersChanged:
            return .salesChanged(
                salesChange: -0.1, visitorsChange: -0.05, conversionChange: -0.03, orderValueChange: -0.02)
        case .salesChanged: return .gapMainlyFrom(factor: .traffic)
        case .gapMainlyFrom:
            return .biggestSourceDrop(
                source: TrafficSource(group: "free", name: "search"), visitors: 400, previousVisitors: 600)
        case .biggestSourceDrop:
            return .visitorsNeeded(
                conversion: 0.025, averageOrderValue: Money(cents: 17_412), neededVisitors: 70_000, visitors: 65_000)
        case .visitorsNeeded: return .gapNotSplit(orders: 120, averageOrderValue: Money(cents: 9900))
        case .gapNotSplit:
            return .includesSuspectedFakeOrders(orders: 3, valueExcludingThem: 1800, attainmentExcludingThem: 0.9)
        case .includesSuspectedFakeOrders: return .searchVisitorsPerDay(perDay: 612.3, firstHalf: 650, secondHalf: 580)
        case .searchVisitorsPerDay: return .previousSearchVisitorsPerDay(perDay: 500)
        case .previousSearchVisitorsPerDay:
            return .trafficMix(naturalVisitors: 37_697, visitors: 67_040, paidVisitors: 19_012)
        case .trafficMix: return .payingBuyers(buyers: 1_500, visitors: 67_040)
        case .payingBuyers: return .trafficSurges(sourceDays: 2)
        case .trafficSurges: return .adSpendAndSales(spend: Money(cents: 1_045_809), sales: Money(cents: 3_319_749))
        case .adSpendAndSales:
            return .worstCampaign(name: "sleeves-new-buyers (30002)", roi: 2.74, spend: Money(cents: 249_301))
        case .worstCampaign: return .daysBelowROIRedLine(days: 3)
        case .daysBelowROIRedLine: return .daysOverSpendLimit(days: 1)
        case .daysOverSpendLimit: return .refunds(amount: Money(cents: 958_585), shareOfSales: 0.0329)
        case .refunds: return .visitorsChanged(change: 0.023)
        case .visitorsChanged:
            return .itemUnitsChanged(units: 4, comparedUnits: 2, month: YearMonth(year: 2025, month: 8))
        case .itemUnitsChanged:
            return .itemOrdersAndPrice(
                orders: 2, averagePrice: Money(cents: 2125), comparedOrders: 1,
                comparedAveragePrice: Money(cents: 1000),
                month: YearMonth(year: 2025, month: 8))
        case .itemOrdersAndPrice:
            return .itemPriceChanged(
                before: Money(cents: 2000), after: Money(cents: 2500), day: day(5))
        case .itemPriceChanged:
            return .itemSoldNothing(
                first: day(10), last: day(14))
        case .itemSoldNothing:
            return .itemUnitsInSuspectedFakeOrders(
                units: 2, of: 5, valueExcludingThem: 3, attainmentExcludingThem: 0.75)
        case .itemUnitsInSuspectedFakeOrders: return .targetMet
        case .targetMet: return .targetMissed
        case .targetMissed: return nil
        }
    }

    static let targetReasonVariants: [TargetFinding.Reason] =
        GapDecomposition.Factor.allCases.map { .gapMainlyFrom(factor: $0) }
        + ExportKind.allCases.map { .missingData(export: $0) }
        + [
            .gapNotSplit(orders: 0, averageOrderValue: nil),
            .includesSuspectedFakeOrders(orders: 1, valueExcludingThem: 9, attainmentExcludingThem: nil),
            .itemOrdersAndPrice(
                orders: 0, averagePrice: nil, comparedOrders: nil, comparedAveragePrice: nil, month: nil),
            .itemUnitsChanged(units: 3, comparedUnits: 0, month: YearMonth(year: 2025, month: 8)),
            .itemUnitsInSuspectedFakeOrders(units: 1, of: 1, valueExcludingThem: nil, attainmentExcludingThem: nil),
        ]

    static let targetActions = EveryCase.chain(TargetFinding.Action.completeExport(export: .traffic)) { action in
        switch action {
        case .completeExport: return .improve(factor: .traffic)
        case .improve: return .explainSuspectedFakeOrders
        case .explainSuspectedFakeOrders: return .keepSearchOptimisation
        case .keepSearchOptimisation: return .improveSearchRanking
        case .improveSearchRanking: return .keepGrowingNaturalTraffic
        case .keepGrowingNaturalTraffic: return .reducePaidTrafficReliance
        case .reducePaidTrafficReliance: return .keepDetailPageAndService
        case .keepDetailPageAndService: return .improveDetailPageAndScreenTraffic
        case .improveDetailPageAndScreenTraffic: return .keepBidding
        case .keepBidding: return .cutLowROIBids
        case .cutLowROIBids: return .investigateRefunds
        case .investigateRefunds: return .keepAsIs
        case .keepAsIs: return .keepItemInStock
        case .keepItemInStock: return .checkItemPriceChange
        case .checkItemPriceChange: return .keepCurrentApproach
        case .keepCurrentApproach: return .requestImprovementPlan
        case .requestImprovementPlan: return nil
        }
    }

    static let targetActionVariants: [TargetFinding.Action] =
        GapDecomposition.Factor.allCases.map { .improve(factor: $0) }
        + ExportKind.allCases.map { .completeExport(export: $0) }
}
