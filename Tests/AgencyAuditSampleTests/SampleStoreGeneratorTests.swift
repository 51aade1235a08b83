import Foundation
import Glibc
import Testing
@testable import AgencyAuditSample

@Suite struct SampleStoreGeneratorTests {
    static let small = SampleStoreSpec(seed: 7, firstMonth: "2025-12", monthCount: 2, ordersPerDay: 10)

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("agency-audit-sample-\(UUID().uuidString)")
    }

    @Test func sameSpecGivesByteIdenticalFiles() throws {
        let a = Self.temporaryDirectory(), b = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let summary = try SampleStoreGenerator.write(Self.small, to: a)
        _ = try SampleStoreGenerator.write(Self.small, to: b)
        #expect(summary.files.count == 31 + 1 + 2 + 2)  // 31 one-day traffic files in December, one monthly, two order and two ad files
        for file in summary.files + ["contract.json", "expected.json"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(file)) == Data(contentsOf: b.appendingPathComponent(file)), "\(file)")
        }
        let other = try SampleStoreGenerator.write(SampleStoreSpec(seed: 8, firstMonth: "2025-12", monthCount: 2, ordersPerDay: 10), to: b)
        #expect(try Data(contentsOf: a.appendingPathComponent(other.files[0])) != Data(contentsOf: b.appendingPathComponent(other.files[0])))
    }

    @Test func orderFileIsGB18030WithTheTaobaoHeaderAndMonthRollsOverTheYear() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try SampleStoreGenerator.write(Self.small, to: dir)
        #expect(summary.expected.months.map(\.month) == ["2025-12", "2026-01"])
        let orderFile = try #require(summary.files.first { $0.contains("ExportOrderList202512") })
        let bytes = try Data(contentsOf: dir.appendingPathComponent(orderFile))
        #expect(String(data: bytes, encoding: .utf8) == nil, "GB18030 Chinese text is not valid UTF-8")
        let text = try #require(Self.decodeGB18030(Array(bytes)))
        let header = text.split(separator: "\r\n", maxSplits: 1)[0]
        #expect(header.hasPrefix("\"订单编号\",\"买家会员名\""))
        #expect(header.contains("\"收货地址 \""))
        // Every planted and hard-negative order id is in the files.
        for p in summary.expected.planted where !p.orderIDs.isEmpty {
            let file = try #require(summary.files.first { $0.contains("ExportOrderList\(p.month.replacingOccurrences(of: "-", with: ""))") })
            let content = try #require(Self.decodeGB18030(Array(try Data(contentsOf: dir.appendingPathComponent(file)))))
            for id in p.orderIDs { #expect(content.contains("=\"\(id)\""), "\(p.id) \(id)") }
        }
    }

    @Test func expectedRowCountsMatchARecountOfTheFiles() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summary = try SampleStoreGenerator.write(Self.small, to: dir)
        for month in summary.expected.months {
            for f in month.files {
                let data = Array(try Data(contentsOf: dir.appendingPathComponent(f.file)))
                let text = try #require(f.encoding == "gb18030" ? Self.decodeGB18030(data) : String(decoding: data, as: UTF8.self))
                // Count records: lines outside quotes, minus title lines and the header.
                var records = 0, inQuotes = false, lineHasContent = false
                for ch in text.unicodeScalars {
                    if ch == "\"" { inQuotes.toggle() }
                    if ch == "\n" && !inQuotes { if lineHasContent { records += 1 }; lineHasContent = false } else if ch != "\r" { lineHasContent = true }
                }
                let preamble = f.kind == "traffic" ? 2 : 0  // two title lines (the blank line is no record)
                #expect(records - preamble - 1 == f.read, "\(f.file)")
                #expect(f.read == f.accepted + f.rejected + f.skipped)
            }
        }
    }

    static func decodeGB18030(_ bytes: [UInt8]) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")!
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress, op: UnsafeMutablePointer<CChar>? = o.baseAddress
                return iconv(cd, &ip, &inLeft, &op, &outLeft) != -1
            }
        }
        guard ok else { return nil }
        return String(decoding: output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
