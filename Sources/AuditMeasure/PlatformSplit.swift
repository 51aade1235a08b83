import AuditImport
import AuditRecords

/// Which platform each of a month's records came from, for a store that sells on several.
///
/// Order and ad exports say their platform in their header (`ImportedExport.platform`). A
/// traffic export's columns name none: on a store with several platforms it is counted as
/// Taobao's (生意参谋 is the one traffic export read) when Taobao is among them, otherwise as the
/// contract's platform.
public struct PlatformSplit: Sendable {
    /// The platforms the month's order, line-item and ad exports come from, in catalogue order.
    public var platforms: [Platform]
    /// The platform of each of the month's inputs, by input index (`OrderRecord.source`).
    package var orderInputPlatforms: [Platform]
    /// The platform the month's traffic rows belong to.
    public var trafficPlatform: Platform

    /// - Parameters:
    ///   - inputs: the assembled month's inputs, in the order `OrderRecord.source` counts them.
    ///   - contractPlatform: the store's platform in contract.json.
    public init(inputs: [ImportedExport], contractPlatform: Platform) {
        orderInputPlatforms = inputs.map(\.platform)
        // Traffic names no platform; the diagnosis's downloads (overview, refund requests) sell nothing.
        let told = Set(inputs.filter { ![.traffic, .shopOverview, .refundRequests].contains($0.kind) }.map(\.platform))
        platforms = Platform.allCases.filter(told.contains)
        trafficPlatform = platforms.count > 1 && told.contains(.taobao) ? .taobao : contractPlatform
    }

    /// True when the month's exports come from more than one platform.
    public var isMultiPlatform: Bool { platforms.count > 1 }
}
