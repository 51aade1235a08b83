import ExportContainers
import Foundation

/// The container fixtures under `Fixtures/`, found from this file's path (they are not bundled).
enum FixtureFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The bytes of `Fixtures/BIFF/<name>`.
    static func biff(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent("BIFF").appendingPathComponent(name)))
    }

    /// FNV-1a, 64 bits: the same function the fixture README's hashes were computed with.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
