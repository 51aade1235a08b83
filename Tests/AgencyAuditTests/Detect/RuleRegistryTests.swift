import AuditDetect
import AuditRecords
import Foundation
import Testing

/// The detector's registry against the rule files: every rule under `Sources/AuditDetect/Rules/`
/// is registered once, and every registered rule has a file of its own.
@Suite struct RuleRegistryTests {
    static var rulesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/AuditDetect/Rules")
    }

    /// The ids the rule files declare (`RuleID("…", …)`), one per file.
    static func declaredIDs() throws -> [String: String] {
        var ids: [String: String] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).filter {
            $0.hasSuffix(".swift")
        }
        for file in files {
            let text = try String(contentsOf: rulesFolder.appendingPathComponent(file), encoding: .utf8)
            // `= RuleID(` then, after any line break the formatter put there, the quoted id.
            let declared = text.components(separatedBy: "= RuleID(").dropFirst().compactMap { rest -> Substring? in
                let afterSpace = rest.drop { $0.isWhitespace }
                guard afterSpace.first == "\"" else { return nil }
                return afterSpace.dropFirst().prefix { $0 != "\"" }
            }
            #expect(declared.count == 1, "\(file) declares \(declared.count) RuleIDs")
            if let id = declared.first { ids[String(id)] = file }
        }
        return ids
    }

    @Test func everyRuleFileIsRegisteredOnceAndEveryRegisteredRuleHasAFile() throws {
        let declared = try Self.declaredIDs()
        let registered = Detector.registeredRuleIDs.map(\.rawValue)
        #expect(Set(registered).count == registered.count, "a rule is registered twice")
        #expect(Set(registered) == Set(declared.keys))
        #expect(declared.count >= 11)
    }

    @Test func everyRuleHasNamesInBothLanguagesAndADistinctChineseName() {
        let ids = Detector.registeredRuleIDs
        for id in ids {
            #expect(!id.chineseName.isEmpty && !id.englishName.isEmpty, "\(id)")
            #expect(id.rawValue.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id) is not kebab-case")
        }
        #expect(Set(ids.map(\.chineseName)).count == ids.count)
        #expect(Set(ids.map(\.englishName)).count == ids.count)
    }

    /// "Suspected fake order" has one definition, from the rule's subject: these rules' high and
    /// medium findings, and no other rule's.
    @Test func theFakeOrderRulesAreTheOnesWhoseFindingsNameOrders() {
        #expect(
            Detector.registeredRuleIDs.filter(\.findsFakeOrders).map(\.rawValue).sorted()
                == [
                    "linked-orders", "same-address-cluster", "same-phone-cluster", "sequential-accounts",
                    "shipped-without-logistics", "waybill-batch",
                ])
        for id in Detector.registeredRuleIDs + [.conflictingCopies, .claimOverstated] {
            for severity in [Severity.low, .medium, .high] {
                let a = Anomaly(rule: id, severity: severity, dates: [], orderIDs: ["1"])
                #expect(a.isSuspectedFakeOrder() == (id.findsFakeOrders && severity >= .medium), "\(id) \(severity)")
                #expect(a.isSuspectedFakeOrder(atLeast: .high) == (id.findsFakeOrders && severity == .high))
            }
        }
    }
}
