import AgencyAuditSample
import AuditReport
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditRecords
@testable import MonthlyAudit

/// Runs the whole audit on a generated sample store and checks it against the generator's
/// independently computed expected.json: figures, row accounting, planted anomalies, hard negatives.
@Suite struct DemoStoreAuditTests {
    struct Run: Sendable {
        let store: URL
        let out: URL
        let results: [MonthAuditResult]
        let expected: Expected
    }

    /// expected.json, read with Foundation so the test shares no code with the generator's writer.
    struct Expected: @unchecked Sendable {
        let json: [String: Any]
        var months: [[String: Any]] { json["months"] as! [[String: Any]] }
        var planted: [[String: Any]] { json["planted"] as! [[String: Any]] }
        var hardNegatives: [[String: Any]] { json["hardNegatives"] as! [[String: Any]] }
    }

    static func audit(_ spec: SampleStoreSpec) throws -> Run {
        let tmp = Fixtures.temporaryDirectory()
        let store = tmp.appendingPathComponent("store")
        _ = try SampleStoreGenerator.write(spec, to: store)
        let out = tmp.appendingPathComponent("reports")
        let results = try WorkspaceAudit(workspace: try StoreWorkspace(root: store), outputRoot: out).run(months: nil)
            .map(\.result)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: store.appendingPathComponent("expected.json")))
            as! [String: Any]
        return Run(store: store, out: out, results: results, expected: Expected(json: json))
    }

    /// The demo store is generated and audited once for all tests of this suite.
    static let demo = Result { try audit(.demo) }

    @Test func figuresEqualTheGeneratorsExpectedValues() throws {
        let run = try Self.demo.get()
        #expect(run.results.map(\.month.description) == run.expected.months.map { $0["month"] as! String })
        for (result, expected) in zip(run.results, run.expected.months) {
            let metrics = expected["metrics"] as! [String: Double]
            var compared = 0
            for key in MetricKey.allCases {
                guard let want = metrics[key.rawValue] else { continue }
                let got = try #require(result.metric(key)?.actual, "\(result.month) \(key)")
                #expect(abs(got - want) <= max(1e-4 * abs(want), 0.006), "\(result.month) \(key): \(got) vs \(want)")
                compared += 1
            }
            #expect(compared == 10)
            #expect(
                result.metric(.orders)?.actualExcludingSuspicious == metrics["ordersExcludingPlanted"],
                "\(result.month)")
            let gmvClean = try #require(result.metric(.gmv)?.actualExcludingSuspicious)
            #expect(abs(gmvClean - metrics["gmvExcludingPlanted"]!) < 0.006, "\(result.month)")
        }
    }

    @Test func aLegacyUTF8StoreOfAnotherSeedAlsoMatchesItsExpectedFigures() throws {
        var spec = SampleStoreSpec(seed: 99, firstMonth: "2026-02", monthCount: 1, ordersPerDay: 20)
        spec.legacyCSV = true
        spec.utf8Orders = true
        let run = try Self.audit(spec)
        let expected = run.expected.months[0]
        let metrics = expected["metrics"] as! [String: Double]
        let result = run.results[0]
        #expect(result.inputs.first { $0.kind == .orders }?.encoding == .utf8)
        for key in [MetricKey.orders, .gmv, .refundAmount, .visitors, .adSpend, .adROI, .naturalTrafficShare] {
            let got = try #require(result.metric(key)?.actual)
            #expect(abs(got - metrics[key.rawValue]!) <= max(1e-4 * abs(got), 0.006), "\(key)")
        }
    }

    @Test func everyRowIsAccountedForAsTheGeneratorCountedIt() throws {
        let run = try Self.demo.get()
        for (result, expected) in zip(run.results, run.expected.months) {
            let files = expected["files"] as! [[String: Any]]
            #expect(result.inputs.count == files.count, "\(result.month)")
            for file in files {
                let name = file["file"] as! String
                let rows = file["rows"] as! [String: Int]
                let input = try #require(result.inputs.first { $0.file == name }, "\(name) not imported")
                #expect(input.counts.read == rows["read"], "\(name)")
                #expect(input.counts.accepted == rows["accepted"], "\(name)")
                #expect(input.counts.rejected == rows["rejected"], "\(name)")
                #expect(input.counts.skipped == rows["skipped"], "\(name)")
                #expect(input.encodingLabel == file["encoding"] as? String, "\(name)")
                #expect(input.counts.read == input.counts.accepted + input.counts.rejected + input.counts.skipped)
            }
            #expect(result.ignoredFiles.isEmpty)
            #expect(result.rejects.count == result.inputs.reduce(0) { $0 + $1.counts.rejected })
        }
    }

    @Test func everyPlantedAnomalyIsFound() throws {
        let run = try Self.demo.get()
        #expect(run.expected.planted.count == 18)
        for planted in run.expected.planted {
            let rule = planted["rule"] as! String
            let month = planted["month"] as! String
            let dates = Set(planted["dates"] as! [String])
            let ids = Set(planted["orderIds"] as! [String])
            let result = try #require(run.results.first { $0.month.description == month })
            let candidates = result.anomalies.filter {
                $0.rule.rawValue == rule && $0.severity >= .medium
                    && !dates.isDisjoint(with: $0.dates.map(\.description))
            }
            #expect(!candidates.isEmpty, "planted \(planted["id"]!) \(rule) in \(month) not found at high/medium")
            if !ids.isEmpty {
                #expect(
                    ids.isSubset(of: Set(candidates.flatMap(\.orderIDs))),
                    "planted \(planted["id"]!) orders not all flagged")
            }
            if let source = planted["source"] as? String {
                #expect(candidates.contains { $0.source == source }, "planted \(planted["id"]!) source \(source)")
            }
            if rule == "roi-below-redline" {
                #expect(candidates.contains { Set($0.dates.map(\.description)) == dates }, "ROI run days")
            }
        }
    }

    @Test func noHardNegativeIsFlaggedHighOrMedium() throws {
        let run = try Self.demo.get()
        #expect(run.expected.hardNegatives.count == 13)
        for negative in run.expected.hardNegatives {
            let month = negative["month"] as! String
            let ids = Set(negative["orderIds"] as! [String])
            let dates = Set(negative["dates"] as! [String])
            let result = try #require(run.results.first { $0.month.description == month })
            let wording = AnomalyWording(masker: PIIMasker())
            for a in result.anomalies where a.severity >= .medium {
                #expect(
                    ids.isDisjoint(with: a.orderIDs),
                    "hard negative \(negative["kind"]!) flagged by \(a.rule): \(wording.chinese(a))")
                if !dates.isEmpty, a.rule == .trafficSourceSurge {
                    #expect(
                        dates.isDisjoint(with: a.dates.map(\.description)),
                        "promotion day flagged: \(wording.chinese(a))")
                }
            }
        }
    }

    /// 2025-08's agency-claims.csv: the claims the generator made flatter (orders counted with the
    /// fake ones, the ROI rounded up) are found overstated, the honest ones are not, and no other
    /// month has claims.
    @Test func theAgencysOverstatedClaimsAreFoundAndTheHonestOnesAreNot() throws {
        let run = try Self.demo.get()
        var checked = 0
        for (result, expected) in zip(run.results, run.expected.months) {
            guard let claims = expected["claims"] as? [[String: Any]] else {
                #expect(result.claims.isEmpty && result.claimsFiles.isEmpty, "\(result.month)")
                #expect(!result.anomalies.contains { $0.rule == .claimOverstated }, "\(result.month)")
                continue
            }
            #expect(result.claimsFiles == [expected["claimsFile"] as! String])
            #expect(result.claimProblems.isEmpty)
            #expect(result.claims.map(\.metric.rawValue) == claims.map { $0["metric"] as! String })
            let flagged = result.anomalies.filter { $0.rule == .claimOverstated }
            for (comparison, claim) in zip(result.claims, claims) {
                let metric = claim["metric"] as! String
                let overstated = claim["overstated"] as! Bool
                #expect(abs(comparison.claimed - (claim["claimed"] as! Double)) < 1e-9, "\(metric)")
                #expect(comparison.verdict == (overstated ? .overstated : .consistent), "\(metric)")
                let finding = flagged.first { $0.facts.value(.metric) == .text(metric) }
                #expect((finding != nil) == overstated, "\(metric)")
                if let finding {
                    #expect(finding.severity >= .medium)
                    #expect(finding.facts.value(.claimed) == .number(comparison.claimed))
                    #expect(finding.facts.value(.measured) == comparison.measured.map { .number($0) })
                }
                checked += 1
            }
            #expect(flagged.count == claims.filter { $0["overstated"] as! Bool }.count)
        }
        // Seven claims, two of them overstated: the orders with the fake ones, the ROI rounded up.
        #expect(checked == 7)
        let august = try #require(run.expected.months.first { $0["month"] as? String == "2025-08" })
        let overstated = (august["claims"] as! [[String: Any]]).filter { $0["overstated"] as! Bool }
        #expect(overstated.map { $0["metric"] as! String } == ["orders", "adROI"])
    }

    @Test func reportsAreWrittenMaskedAndDeterministic() throws {
        let run = try Self.demo.get()
        let month = run.results.last!.month.description
        let folder = run.out.appendingPathComponent(month)
        let names = ["report.md", "targets.csv", "anomalies.csv", "rejects.csv", "audit.json"]
        for name in names {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("audit.json")))
            as! [String: Any]
        #expect(json["schemaVersion"] as? Int == 2)
        #expect(json["month"] as? String == month)
        let csv = try Data(contentsOf: folder.appendingPathComponent("targets.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("| 目标项 | 目标值 | 实际值 | 达成率 | 差异原因 | 改进措施 |"))
        // No full mobile number may appear anywhere in the reports.
        for name in ["report.md", "anomalies.csv", "rejects.csv", "audit.json"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(
                text.range(of: #"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"#, options: .regularExpression) == nil,
                "\(name) leaks a phone")
        }
        // A second run over the same inputs gives byte-identical reports.
        let again = run.out.deletingLastPathComponent().appendingPathComponent("again")
        _ = try WorkspaceAudit(workspace: try StoreWorkspace(root: run.store), outputRoot: again).run(months: [
            YearMonth(month)!
        ])
        for name in names {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(name))
                    == Data(contentsOf: again.appendingPathComponent(month).appendingPathComponent(name)), "\(name)")
        }
    }

    /// The demo store written in the legacy CSV shapes audits exactly like today's containers: every
    /// part of audit.json is the same but the inputs — their file names, encodings, header lines and
    /// sheets, the 子订单 file only the containers have, and the rows the containers add and skip
    /// (生意参谋's 分载体 sheet and explanation rows). Accepted and rejected rows per kind are equal.
    @Test func theLegacyCSVTwinAuditsExactlyLikeTodaysContainers() throws {
        let today = try Self.demo.get()
        var legacySpec = SampleStoreSpec.demo
        legacySpec.legacyCSV = true
        let legacy = try Self.audit(legacySpec)
        #expect(today.results.count == legacy.results.count)
        for (a, b) in zip(today.results, legacy.results) {
            let month = a.month.description
            func document(_ run: Run) throws -> [String: Any] {
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: run.out.appendingPathComponent(month).appendingPathComponent("audit.json")))
                    as! [String: Any]
            }
            var x = try document(today)
            var y = try document(legacy)
            // The legacy CSV has no 子订单 file, so no 商品ID: the price-change clause (which never
            // tells an item by its title) can be checked on today's containers only. Its findings are
            // set aside, with the indices of the per-order list that count them.
            for key in ["inputs", "rows", "clauseChecks"] {
                x[key] = nil
                y[key] = nil
            }
            let anomalies = x["anomalies"] as? [[String: Any]] ?? []
            let priceFindings = anomalies.filter { $0["rule"] as? String == "price-change-over-limit" }
            x["anomalies"] = anomalies.filter { $0["rule"] as? String != "price-change-over-limit" }
            func withoutIndices(_ doc: [String: Any]) -> Any? {
                (doc["suspiciousOrders"] as? [[String: Any]])?.map { entry -> [String: Any] in
                    var e = entry
                    e["anomalies"] = nil
                    return e
                }
            }
            x["suspiciousOrders"] = withoutIndices(x)
            y["suspiciousOrders"] = withoutIndices(y)
            // 看执行's promotion names the promotion reports it came from: their names differ.
            func withoutPromotionFiles(_ doc: [String: Any]) -> Any? {
                guard var d = doc["diagnosis"] as? [String: Any] else { return nil }
                d["execution"] = (d["execution"] as? [String])?.map { s in
                    s.range(of: "（来自 ").map { String(s[..<$0.lowerBound]) } ?? s
                }
                d["executionFacts"] = (d["executionFacts"] as? [[String: Any]])?.map { f in
                    var f = f
                    if f["kind"] as? String == "promotionSpend" { f["files"] = nil }
                    return f
                }
                return d
            }
            x["diagnosis"] = withoutPromotionFiles(x)
            y["diagnosis"] = withoutPromotionFiles(y)
            // The summary counts the rows too (the containers' extra breakdown and note rows), and the
            // findings by severity with the price changes among them.
            var sx = x["summary"] as? [String: Any]
            var sy = y["summary"] as? [String: Any]
            sx?["rows"] = nil
            sy?["rows"] = nil
            if var counts = sx?["anomalies"] as? [String: Int] {
                for f in priceFindings { counts[f["severity"] as? String ?? "", default: 0] -= 1 }
                sx?["anomalies"] = counts
            }
            x["summary"] = sx
            y["summary"] = sy
            let canonical: ([String: Any]) throws -> Data = {
                try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys])
            }
            #expect(try canonical(x) == canonical(y), "\(month): audit.json differs beyond the inputs")
            for kind in [ExportKind.orders, .traffic, .ads] {
                let inA = a.inputs.filter { $0.kind == kind }
                let inB = b.inputs.filter { $0.kind == kind }
                #expect(
                    inA.reduce(0) { $0 + $1.counts.accepted } == inB.reduce(0) { $0 + $1.counts.accepted },
                    "\(month) \(kind)")
                #expect(
                    inA.reduce(0) { $0 + $1.counts.rejected } == inB.reduce(0) { $0 + $1.counts.rejected },
                    "\(month) \(kind)")
                #expect(
                    inA.reduce(0) { $0 + $1.outsideMonth } == inB.reduce(0) { $0 + $1.outsideMonth }, "\(month) \(kind)"
                )
            }
            #expect(
                a.inputs.filter { $0.kind == .lineItems }.count == 1
                    && b.inputs.filter { $0.kind == .lineItems }.isEmpty)
            #expect(Set(a.inputs.map(\.encodingLabel)) == ["xlsx", "xls", "gb18030"], "\(month)")
        }
    }

    @Test func committedDemoWorkspaceIsWhatTheGeneratorMakes() throws {
        let committed = Fixtures.sampleData.appendingPathComponent("demo-store")
        let fresh = Fixtures.temporaryDirectory().appendingPathComponent("demo-store")
        let summary = try SampleStoreGenerator.write(.demo, to: fresh)
        for file in summary.files + ["contract.json", "expected.json"] {
            let a = try Data(contentsOf: committed.appendingPathComponent(file))
            let b = try Data(contentsOf: fresh.appendingPathComponent(file))
            #expect(
                a == b,
                "SampleData/demo-store/\(file) differs from the generator's output: run `swift run agency-audit sample SampleData/demo-store`"
            )
        }
    }
}
