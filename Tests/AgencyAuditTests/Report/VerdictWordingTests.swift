import Testing

@testable import AuditContract
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit
@testable import PeriodAudit

/// Every case of the verdict, the clauses, their evidence, the period's short forms and the
/// portfolio's failures, in both languages: none without wording, and no Chinese in the English
/// edition except what the data itself holds (here the data is ASCII, so none at all).
@Suite struct VerdictWordingTests {
    static let aug = YearMonth("2025-08")!, sep = YearMonth("2025-09")!

    static let clauses: [TerminationCheck.Clause] = [
        .fakeOrders, .trialMissed(stage: "Trial month"), .monthsBelowRedLine(redLine: 0.6, months: 2),
        .monthsBelow(threshold: 0.8, months: 2), .stagesMissed(stages: 2),
    ]
    static let statuses: [TerminationCheck.ClauseStatus] = [
        .holds, .heldEarlier(until: aug), .building(count: 1, needed: 2), .clear,
    ]
    static let evidence: [TerminationCheck.Evidence] = [
        .fakeOrders(month: aug, groups: 3, orders: 19), .month(.init(month: sep, attainment: 0.72)),
        .stageMissed(name: "Stage B", from: aug, to: sep, missedMonths: [sep]),
    ]
    static let items: [Verdict.RectificationItem] = [
        .monthBelow(
            month: sep, attainment: 0.72, threshold: 0.8,
            missedTargets: [MetricValue(key: .orders, actual: 1200, actualExcludingSuspicious: 1190, target: 1650)]),
        .fakeOrders(month: aug, groups: 1, orders: 3), .clauseBreaches(month: sep, count: 2),
    ]
    static var verdicts: [Verdict] {
        [
            .terminate(grounds: [.init(clause: .fakeOrders, status: .holds, evidence: [evidence[0]])]),
            .demandRectification(items: items, deadline: CalendarDay(year: 2025, month: 10, day: 15)!),
            .continue,
        ]
    }
    static let failures: [Portfolio.Failure.Reason] = [
        .auditFailed(message: "error: contract.json"), .timedOut(seconds: 600), .killed(signal: 9),
        .exited(code: 70), .couldNotStart(code: 2), .noReports,
        .unreadableReport(file: "2025-08/audit.json", problem: .missing),
        .unreadableReport(file: "2025-08/audit.json", problem: .notJSON),
        .unreadableReport(file: "2025-08/audit.json", problem: .schemaVersion(found: 1)),
        .unreadableReport(file: "2025-08/audit.json", problem: .schemaVersion(found: nil)),
        .unreadableReport(file: "2025-08/audit.json", problem: .missingField("summary.targets")),
    ]

    /// Every sentence the types give, in one language.
    static func sentences(_ lang: Language) -> [String] {
        var all: [String] = []
        for c in clauses {
            all.append(VerdictWording.clause(c, lang))
            all.append(VerdictWording.summary(kind: .terminate, clause: c, deadline: nil, lang))
        }
        all += statuses.map { VerdictWording.status($0, lang) }
        all += evidence.map { VerdictWording.evidence($0, lang) }
        all += items.map { VerdictWording.item($0, lang) }
        for v in verdicts {
            all.append(VerdictWording.headline(v, lang))
            all.append(VerdictWording.sentence(v, lang))
            all.append(VerdictWording.summary(kind: v.kind, clause: v.clause, deadline: v.deadline, lang))
            all.append(
                VerdictWording.message(
                    v, storeName: "Demo shop", agencyName: "", from: aug, to: sep, unsettled: [aug], lang))
        }
        all += failures.map { PortfolioWording.failure($0, lang) }
        all.append(PortfolioWording.progress(done: 1, total: 4, slowest: ("shop-a", 45), lang))
        all += MonthStatus.allCasesForTests.map { PeriodWording.status($0, lang) }
        all += MetricKey.allCases.map { PeriodWording.metricName($0, platform: .pinduoduo, lang) }
        all += Severity.allCases.map { PeriodWording.severity($0, lang) }
        all += Platform.allCases.map { PeriodWording.platform($0, lang) }
        all.append(
            PeriodWording.execution(
                [
                    .spendOverLimit(days: 1), .roiBelowRedLine(runs: 1, days: 4),
                    .suspectedFakeOrders(groups: 2, orders: 9), .daysWithoutSpend(days: [aug.firstDay]), .noBreachFound,
                ], lang))
        all.append(
            PeriodWording.cooperation(
                [
                    .unitPriceChanged(
                        item: "Linen shirt", lowest: Money(cents: 9900), lowestOn: aug.firstDay,
                        highest: Money(cents: 12900),
                        highestOn: aug.lastDay, change: 0.303),
                    .noPriceChangeSeen,
                ], lang))
        all.append(
            PeriodWording.market(
                [.visitorsChanged(visitorsChange: 0.036, naturalVisitorsChange: nil), .noCategoryData], lang))
        return all
    }

    /// Chinese characters and full-width punctuation.
    static func hasChinese(_ s: String) -> Bool {
        s.unicodeScalars.contains {
            (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value)
                || (0xFF00...0xFFEF).contains($0.value)
        }
    }

    @Test func everyCaseHasWordsInBothLanguages() {
        let zh = Self.sentences(.chinese)
        let en = Self.sentences(.english)
        #expect(zh.count == en.count)
        for (c, e) in zip(zh, en) {
            #expect(!c.isEmpty && !e.isEmpty)
            // Only figures and the data's own text may read the same in both.
            #expect(c != e || !Self.hasChinese(c), "«\(c)» is the same in English")
        }
        #expect(zh.contains(where: Self.hasChinese))
        let chinese = en.filter(Self.hasChinese)
        #expect(chinese.isEmpty, "Chinese in the English edition: \(chinese)")
    }

    @Test func theClauseLineNamesEachStageWithItsMonths() {
        let standing = TerminationCheck.ClauseStanding(
            clause: .stagesMissed(stages: 2), status: .holds,
            evidence: [
                .stageMissed(
                    name: "第1月 适应期", from: YearMonth("2025-07")!, to: YearMonth("2025-07")!,
                    missedMonths: [YearMonth("2025-07")!]),
                .stageMissed(name: "第2-3月 增长期", from: Self.aug, to: Self.sep, missedMonths: [Self.sep]),
            ])
        #expect(
            VerdictWording.clauseLine(standing, .chinese) == "连续 2 个阶段未达标：第1月 适应期 (2025-07)，第2-3月 增长期 (2025-08…09)")
        #expect(PeriodWording.span(YearMonth("2025-11")!, YearMonth("2026-01")!) == "2025-11…2026-01")
    }

    /// The message names the agency, the months, each item with its figures and the deadline.
    @Test func theRectificationMessageSaysWhatAndByWhen() {
        let message = VerdictWording.message(
            Self.verdicts[1], storeName: "示例店", agencyName: "某某托管", from: Self.aug, to: Self.sep, .chinese)
        let lines = message.split(separator: "\n").map(String.init)
        #expect(lines.first == "某某托管：")
        #expect(lines[1].contains("2025-08 至 2025-09"))
        #expect(lines[2] == "1. 2025-09 综合达成率 72.0%，低于合同约定的 80%（未达标：支付订单数 1,200 / 1,650（72.7%））")
        #expect(lines[3] == "2. 2025-08 发现 1 组中度疑似刷单（涉及 3 单），需书面说明")
        #expect(lines[4] == "3. 2025-09 有 2 处违反推广预算、单日限额或改价审批条款（见当月「合同条款检查」），需书面说明或出示商家审批")
        #expect(lines[5].hasPrefix("请于 2025-10-15 前书面回复"))
        #expect(lines.count == 6)
    }
}

extension MonthStatus {
    static let allCasesForTests: [MonthStatus] = [.complete, .withheld, .unusable]
}
