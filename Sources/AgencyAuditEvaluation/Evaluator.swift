import AgencyAudit
import AgencyAuditSample
import AuditDetect
import AuditRecords
import Foundation

/// Generates the evaluation stores, audits them and scores the findings against the ground truth.
public enum Evaluator {
    static let fakeOrderRules = Set(Detector.registeredRuleIDs.filter(\.findsFakeOrders).map(\.rawValue))
    static let dayRules: [String] = Detector.registeredRuleIDs.filter { !$0.findsFakeOrders }.map(\.rawValue)

    public static func run(_ set: EvaluationSet, workDirectory: URL) throws -> EvaluationReport {
        var scores: [String: EvaluationReport.RuleScore] = [:]
        for rule in fakeOrderRules.sorted() + dayRules { scores[rule] = EvaluationReport.RuleScore(rule: rule) }
        var report = EvaluationReport(stores: set.stores.map(\.name), scores: [])
        var shapeScores: [String: EvaluationReport.RuleScore] = [:]
        var diagnosis: [String: EvaluationReport.RuleScore] = [:]
        for (name, spec) in set.diagnosisStores {
            let store = workDirectory.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: store)
            let summary = try SampleStoreGenerator.write(spec, to: store)
            let runs = try WorkspaceAudit(
                workspace: StoreWorkspace(root: store),
                outputRoot: workDirectory.appendingPathComponent("\(name)-reports")
            ).run(months: nil)
            for run in runs {
                report.diagnosisStoreMonths += 1
                report.diagnosisHardNegativesFlagged += DiagnosisScoring.score(
                    run.result, truth: summary.expected.diagnosis, into: &diagnosis)
            }
        }
        for (name, spec) in set.stores {
            let store = workDirectory.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: store)
            let summary = try SampleStoreGenerator.write(spec, to: store)
            let runs = try WorkspaceAudit(
                workspace: StoreWorkspace(root: store),
                outputRoot: workDirectory.appendingPathComponent("\(name)-reports")
            ).run(months: nil)
            let truth = summary.expected
            for run in runs {
                let r = run.result
                let month = r.month.description
                report.storeMonths += 1
                // No stock-out is planted here: any called is a false alarm.
                if !set.diagnosisStores.isEmpty {
                    _ = DiagnosisScoring.score(r, truth: [], into: &diagnosis)
                }
                let planted = truth.planted.filter { $0.month == month }
                let negatives = truth.hardNegatives.filter { $0.month == month }
                let flagged = r.anomalies.filter { $0.severity >= .medium }
                // Fake orders, per order.
                let plantedOrders = Set(planted.filter { fakeOrderRules.contains($0.rule) }.flatMap(\.orderIDs))
                for rule in fakeOrderRules {
                    let truthIDs = Set(planted.filter { $0.rule == rule }.flatMap(\.orderIDs))
                    let found = Set(flagged.filter { $0.rule.rawValue == rule }.flatMap(\.orderIDs))
                    scores[rule]!.truePositives += found.intersection(plantedOrders).count
                    scores[rule]!.falsePositives += found.subtracting(plantedOrders).count
                    scores[rule]!.falseNegatives +=
                        truthIDs.subtracting(Set(flagged.filter { $0.rule.findsFakeOrders }.flatMap(\.orderIDs))).count
                }
                let flaggedFake = Set(flagged.filter { $0.rule.findsFakeOrders }.flatMap(\.orderIDs))
                report.fakeOrders.truePositives += flaggedFake.intersection(plantedOrders).count
                report.fakeOrders.falsePositives += flaggedFake.subtracting(plantedOrders).count
                report.fakeOrders.falseNegatives += plantedOrders.subtracting(flaggedFake).count
                let paid = Int(r.metric(.orders)?.actual ?? 0)
                report.legitimateOrders += paid - plantedOrders.count
                let negativeIDs = Set(negatives.flatMap(\.orderIDs))
                report.hardNegativeOrdersFlagged += Set(flagged.flatMap(\.orderIDs)).intersection(negativeIDs).count
                let promotionDays = Set(negatives.filter { $0.kind == "promotion-day" }.flatMap(\.dates))
                report.promotionDaysFlagged +=
                    Set(flagged.filter { $0.rule == .trafficSourceSurge }.flatMap { $0.dates.map(\.description) })
                    .intersection(promotionDays).count
                // Shapes of fake orders, per order.
                let flaggedFakeFindings = flagged.filter(\.rule.findsFakeOrders)
                for (shape, rows) in Dictionary(
                    grouping: planted.filter { fakeOrderRules.contains($0.rule) }, by: \.shape)
                {
                    let shapeOrders = Set(rows.flatMap(\.orderIDs))
                    let catching = flaggedFakeFindings.filter { !shapeOrders.isDisjoint(with: $0.orderIDs) }
                    let named = Set(catching.flatMap(\.orderIDs))
                    shapeScores[shape, default: .init(rule: shape)].truePositives +=
                        named.intersection(plantedOrders).count
                    shapeScores[shape, default: .init(rule: shape)].falsePositives +=
                        named.subtracting(plantedOrders).count
                    shapeScores[shape, default: .init(rule: shape)].falseNegatives +=
                        shapeOrders.subtracting(flaggedFake).count
                }
                // Day rules, per anomaly: a finding matches a planted one of the same rule on a shared day.
                for rule in dayRules {
                    let truthRows = planted.filter { $0.rule == rule }
                    let found = flagged.filter { $0.rule.rawValue == rule }
                    let matches = { (a: Anomaly, p: SampleExpectation.Planted) in
                        !Set(a.dates.map(\.description)).isDisjoint(with: p.dates)
                            && (p.source == nil || a.source == p.source)
                    }
                    scores[rule]!.truePositives += found.filter { a in truthRows.contains { matches(a, $0) } }.count
                    scores[rule]!.falsePositives += found.filter { a in !truthRows.contains { matches(a, $0) } }.count
                    scores[rule]!.falseNegatives += truthRows.filter { p in !found.contains { matches($0, p) } }.count
                    for (shape, rows) in Dictionary(grouping: truthRows, by: \.shape) {
                        var s = shapeScores[shape, default: .init(rule: shape)]
                        let caught = found.filter { a in rows.contains { matches(a, $0) } }
                        s.truePositives += caught.count
                        s.falseNegatives += rows.filter { p in !found.contains { matches($0, p) } }.count
                        // A day shape's false alarms are its rule's: findings of that rule matching no plant.
                        if shape == rule {
                            s.falsePositives += found.filter { a in !truthRows.contains { matches(a, $0) } }.count
                        }
                        shapeScores[shape] = s
                    }
                }
            }
        }
        report.scores = (fakeOrderRules.sorted() + dayRules).map { scores[$0]! }
        report.shapes = shapeScores.keys.sorted().map { shapeScores[$0]! }
        report.diagnosis = DiagnosisScoring.causes.compactMap { diagnosis[$0] }
        return report
    }
}
