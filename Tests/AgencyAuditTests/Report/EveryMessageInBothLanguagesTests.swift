import AuditContract
import AuditDetect
import AuditMeasure
import AuditRecords
import ExportContainers
import MonthlyAudit
import Testing

@testable import AuditDiagnose
@testable import AuditImport
@testable import AuditReport

/// Every case of every fact, reason and message the stages return is worded in both languages:
/// never empty, and the English edition holds no Chinese of its own. The examples carry ASCII
/// values only (`MessageExamples`, `AnomalyExamples`), so any Chinese in an English sentence is a
/// word the wording left untranslated; the one exception is the tools' names the platform
/// profiles give with their Chinese beside them ("Sycm (生意参谋)").
@Suite struct EveryMessageInBothLanguagesTests {
    /// One message in both languages: each non-empty, the English without Chinese; `translated`
    /// is false for what is shown as the data has it in either language (an unknown system error).
    static func check(
        _ what: Any, translated: Bool = true, sourceLocation: SourceLocation = #_sourceLocation,
        _ words: (Language) -> String
    ) {
        let chinese = words(.chinese)
        let english = words(.english)
        #expect(
            !chinese.trimmingPrefix(while: \.isWhitespace).isEmpty, "\(what): no Chinese",
            sourceLocation: sourceLocation)
        #expect(
            !english.trimmingPrefix(while: \.isWhitespace).isEmpty, "\(what): no English",
            sourceLocation: sourceLocation)
        if translated {
            #expect(
                ChineseText.contains(chinese), "\(what): the Chinese edition says «\(chinese)»",
                sourceLocation: sourceLocation)
        }
        if let left = ChineseText.untranslated(in: english) {
            Issue.record("\(what): Chinese in the English «\(english)» near «\(left)»", sourceLocation: sourceLocation)
        }
    }

    /// Each chain names each case of its enum once: an arm that repeats a case instead of leading to
    /// the next would leave that next case out.
    @Test func eachChainNamesEveryCaseOnce() {
        let chains: [(String, [String])] = [
            ("MonthWarning", MessageExamples.monthWarnings.map(EveryCase.name)),
            ("ImportNote", MessageExamples.importNotes.map(EveryCase.name)),
            ("IgnoredFile.NoHeader", MessageExamples.noHeaders.map(EveryCase.name)),
            ("IgnoredFile.Reason", MessageExamples.ignoredReasons.map(EveryCase.name)),
            ("RejectReason", MessageExamples.rejectReasons.map(EveryCase.name)),
            ("ImportError.ReadFailure", MessageExamples.readFailures.map(EveryCase.name)),
            ("ImportError", MessageExamples.importErrors.map(EveryCase.name)),
            ("ContainerError.Truncation", MessageExamples.truncations.map(EveryCase.name)),
            ("ContainerError.Corruption", MessageExamples.corruptions.map(EveryCase.name)),
            ("ContainerError.UnsupportedFormat", MessageExamples.unsupportedFormats.map(EveryCase.name)),
            ("ContainerError.ExceededLimit", MessageExamples.exceededLimits.map(EveryCase.name)),
            ("ContainerError", MessageExamples.containerErrors.map(EveryCase.name)),
            ("SystemFailure", MessageExamples.systemFailures.map(EveryCase.name)),
            ("ContractError.Found", MessageExamples.found.map(EveryCase.name)),
            ("ContractError.Problem", MessageExamples.contractProblems.map(EveryCase.name)),
            ("DataGap", MessageExamples.dataGaps.map(EveryCase.name)),
            ("Settlement.WithholdingReason", MessageExamples.withholdingReasons.map(EveryCase.name)),
            ("TerminationCheck.Ground", MessageExamples.grounds.map(EveryCase.name)),
            ("TerminationCheck.Warning", MessageExamples.terminationWarnings.map(EveryCase.name)),
            ("ExecutionFinding", MessageExamples.executionFindings.map(EveryCase.name)),
            ("CooperationFinding", MessageExamples.cooperationFindings.map(EveryCase.name)),
            ("MarketFinding", MessageExamples.marketFindings.map(EveryCase.name)),
            ("TargetFinding.Reason", MessageExamples.targetReasons.map(EveryCase.name)),
            ("TargetFinding.Action", MessageExamples.targetActions.map(EveryCase.name)),
        ]
        for (name, cases) in chains {
            #expect(Set(cases).count == cases.count, "\(name) repeats a case: \(cases)")
            #expect(cases.count > 1 || name == "TerminationCheck.Warning", "\(name): \(cases)")
        }
        // The walk itself: a chain ends, and names the cases in the order its switch leads.
        #expect(MessageExamples.monthWarnings.count == 19)
        #expect(EveryCase.name(MessageExamples.importErrors.last!) == "inFile")
    }

    @Test func monthWarnings() {
        for w in MessageExamples.monthWarnings + MessageExamples.monthWarningVariants {
            Self.check(w) { MonthWarningWording.sentence(w, in: $0) }
        }
    }

    @Test func importNotesIgnoredFilesAndRejectedRows() {
        for n in MessageExamples.importNotes + MessageExamples.importNoteVariants {
            Self.check(n) { ImportNoteWording.sentence(n, in: $0) }
        }
        for reason in MessageExamples.ignoredReasons + MessageExamples.ignoredReasonVariants {
            let f = IgnoredFile(file: MessageExamples.file, reason: reason)
            Self.check(reason) { IgnoredFileWording.reason(f, in: $0) }
        }
        for reason in MessageExamples.rejectReasons + MessageExamples.rejectReasonVariants {
            let row = RejectedRow(
                location: RowLocation(file: MessageExamples.file, line: 7),
                column: RejectedColumn(index: 6, name: "paid amount"), reason: reason, fields: ["a", "b"])
            Self.check(reason) { RejectedRowWording.reason(row, in: $0) }
            Self.check("column of \(reason)", translated: true) { RejectedRowWording.column(row, in: $0) }
        }
        Self.check("omitted cell") { RejectedRowWording.omittedCell(in: $0) }
    }

    @Test func importContainerAndSystemErrors() {
        for e in MessageExamples.importErrors + MessageExamples.importErrorVariants {
            Self.check(e) { ImportErrorWording.sentence(e, in: $0) }
        }
        for e in MessageExamples.everyContainerError {
            Self.check(e) { ContainerErrorWording.sentence(e, in: $0) }
        }
        for f in MessageExamples.systemFailures {
            let described: Bool
            if case .other = f { described = true } else { described = false }
            Self.check(f, translated: !described) { SystemFailureWording.reason(f, in: $0) }
        }
        for code in MessageExamples.errnoCodes {
            Self.check("errno \(code)") { SystemFailureWording.reason(.errno(code), in: $0) }
        }
    }

    @Test func contractErrors() {
        for e in MessageExamples.contractErrors {
            Self.check(e) { ContractErrorWording.sentence(e, in: $0) }
        }
    }

    @Test func settlementAndTermination() {
        for gap in MessageExamples.dataGaps + MessageExamples.dataGapVariants {
            for proRata in [false, true] {
                Self.check(gap) { SettlementWording.sentence(gap, proRata: proRata, in: $0) }
            }
        }
        for reason in MessageExamples.withholdingReasons + MessageExamples.withholdingVariants {
            for platform in Platform.allCases {
                Self.check(reason) { SettlementWording.sentence(reason, platform: platform, in: $0) }
            }
        }
        for ground in MessageExamples.grounds {
            Self.check(ground) { TerminationWording.sentence(ground, in: $0) }
        }
        for warning in MessageExamples.terminationWarnings {
            Self.check(warning) { TerminationWording.sentence(warning, in: $0) }
        }
    }

    @Test func diagnosisAndTargetFindings() {
        for f in MessageExamples.executionFindings {
            Self.check(f) { ThreeStepDiagnosisWording.sentence(f, in: $0) }
        }
        for f in MessageExamples.cooperationFindings {
            Self.check(f) { ThreeStepDiagnosisWording.sentence(f, in: $0) }
        }
        for f in MessageExamples.marketFindings {
            for platforms in MessageExamples.platformSets {
                Self.check(f) { ThreeStepDiagnosisWording.sentence(f, platforms: platforms, in: $0) }
            }
        }
        for platform in Platform.allCases {
            for reason in MessageExamples.targetReasons + MessageExamples.targetReasonVariants {
                for metric in MetricKey.allCases {
                    Self.check(reason) {
                        TargetFindingWording.sentence(reason, metric: metric, platform: platform, in: $0)
                    }
                }
            }
            for action in MessageExamples.targetActions + MessageExamples.targetActionVariants {
                Self.check(action) { TargetFindingWording.sentence(action, platform: platform, in: $0) }
            }
            // The cells, where an export the platform does not hand out is worded in its place.
            let metric = MetricValue(key: .visitors, actual: nil, actualExcludingSuspicious: nil, target: 100)
            let finding = TargetFinding(
                metric: metric, reasons: MessageExamples.targetReasons, actions: MessageExamples.targetActions)
            Self.check("reason cell on \(platform)") {
                TargetFindingWording.reason(finding, platform: platform, in: $0)
            }
            Self.check("action cell on \(platform)") {
                TargetFindingWording.action(finding, platform: platform, in: $0)
            }
        }
    }

    @Test func namesOfKinds() {
        for s in Severity.allCases { Self.check(s) { s.name(in: $0) } }
        for k in ExportKind.allCases { Self.check(k) { k.name(in: $0) } }
        for m in MetricKey.allCases { Self.check(m) { m.name(in: $0) } }
        for p in Platform.allCases { Self.check(p) { p.name(in: $0) } }
        for r in AnomalyExamples.rules { Self.check(r) { r.name(in: $0) } }
        for s in MonthStatus.allCases { Self.check(s) { MonthStatusWording.name(s, in: $0) } }
        for f in GapDecomposition.Factor.allCases { Self.check(f) { TargetFindingWording.name(f, in: $0) } }
        for p in Platform.allCases {
            let platform = MetricValue(key: .gmv, actual: 1, actualExcludingSuspicious: 1, target: 2, platform: p)
            Self.check("gmv on \(p)") { MetricWording.name(platform, in: $0) }
        }
        Self.check("dates") { Wording.dates((1...5).map(MessageExamples.day), in: $0) }
        Self.check("container", translated: false) { Wording.containerName("xlsx", sheets: ["Sheet1"], in: $0) }
        Self.check("web page") { Wording.containerName("html", sheets: [], in: $0) }
    }

    /// Every rule's findings have a sentence of their own in both languages, not the fact-by-fact
    /// fallback, and a short line per order.
    @Test func everyRulesFindingsAreWorded() {
        for rule in AnomalyExamples.rules {
            #expect(AnomalyExamples.all.contains { $0.rule == rule }, "no example finding of \(rule)")
        }
        for a in AnomalyExamples.all {
            for platform in Platform.allCases {
                for masker in [PIIMasker(), PIIMasker(reveal: true)] {
                    func wording(_ language: Language) -> AnomalyWording {
                        AnomalyWording(masker: masker, trafficPlatform: platform, language: language)
                    }
                    for language in Language.allCases {
                        #expect(
                            wording(language).sentence(a) != nil,
                            "\(a.rule) in \(language) falls back to its facts: \(wording(language).evidence(a))")
                    }
                    Self.check(a.rule) { wording($0).evidence(a) }
                    Self.check("indicator of \(a.rule)") { wording($0).indicator(a, order: nil) }
                }
            }
        }
    }

    /// The check itself: it must find what an untranslated word would leave.
    @Test func theCheckFindsChineseButNotTheGlossedToolNames() {
        #expect(ChineseText.untranslated(in: "no traffic export（see Data check）") != nil)
        #expect(ChineseText.untranslated(in: "rule “同地址多单” skipped") != nil)
        #expect(ChineseText.untranslated(in: "look in Sycm (生意参谋) “Market”") == nil)
        #expect(ChineseText.untranslated(in: "look in JD Shangzhi (京东商智)") == nil)
        #expect(ChineseText.untranslated(in: "store 示例店, 3 orders", allowing: ["示例店"]) == nil)
    }
}
