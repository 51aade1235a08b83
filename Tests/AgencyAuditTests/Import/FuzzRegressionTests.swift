import ExportContainers
import Foundation
import Testing

@testable import AgencyAudit
@testable import AuditImport
@testable import AuditRecords

/// Every input the import fuzzer (Tests/Fuzz) ever crashed on, replayed with its invariants.
@Suite struct FuzzRegressionTests {
    static var crashFiles: [URL] {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/FuzzCrashes")
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []).sorted {
            $0.path < $1.path
        }
    }

    @Test func thereAreRecordedCrashes() { #expect(!Self.crashFiles.isEmpty) }

    @Test(arguments: crashFiles)
    func chunkSizeDoesNotChangeTheRecords(file: URL) throws {
        let bytes = Array(try Data(contentsOf: file))
        #expect(try Fixtures.records(bytes, chunk: 17) == Fixtures.records(bytes, chunk: 1 << 20))
    }

    @Test(arguments: crashFiles)
    func everyRowIsAccountedFor(file: URL) throws {
        let bytes = Array(try Data(contentsOf: file))
        guard
            let imported = try? Fixtures.importExport(
                bytes, file: "exports/2025-09/计划报表_20250930_110330.csv", chunk: 29)
        else { return }
        #expect(imported.counts.read == imported.counts.accepted + imported.counts.rejected + imported.counts.skipped)
        #expect(imported.rejects.count == imported.counts.rejected)
    }

    /// Orders read back (from their file, as any container is read) equal the records imported:
    /// the fuzzer found a read-back that hashed a damaged title's raw bytes where the import hashed
    /// them repaired, and one that forgot the file had no quantity column.
    @Test(arguments: crashFiles)
    func ordersReadBackEqualTheirRecords(file: URL) throws {
        let bytes = Array(try Data(contentsOf: file))
        for export in ExportFileImporter().read(file: "exports/2025-09/orders.csv", bytes: MemoryBytes(bytes)).exports {
            for (record, order) in zip(export.orderRecords, export.orders) {
                #expect(OrderRecord(order, position: record.position) == record, "\(record.location)")
            }
        }
    }

    @Test func aUTF8FileWithOneDamagedByteStaysUTF8() throws {
        var bytes = Array("日期,计划名称,花费,总成交金额\n2025-09-01,连衣裙,10,20\n2025-09-02,袖套,5,9\n".utf8)
        bytes.insert(0xFF, at: bytes.count - 5)
        let imported = try #require(try Fixtures.importExport(bytes, file: "exports/2025-09/计划报表_20250930_110330.csv"))
        #expect(imported.encoding == .utf8)
        #expect(imported.replacedBytes == 1)
        #expect(imported.ads.map(\.campaignName) == ["连衣裙", "袖套\u{FFFD}"])
        #expect(imported.noteSentences.first?.contains("混用了编码") == true)
    }
}
