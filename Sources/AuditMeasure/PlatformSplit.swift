import AuditImport
import AuditRecords

/// Which platform each of a month's records came from, for a store that sells on several.
///
/// Order and ad exports say their platform in their header (`ImportedExport.platform`). A traffic
/// export is tied to its platform by what the file says: a platform's own column names (京东商智
/// writes 成交客户数 where 生意参谋 writes 支付买家数), else its source names (淘内免费 is only
/// Taobao's, 京东免费 only JD's). On a store with one platform it is the contract's. On a store
/// with several, an export that could be either's is named (`trafficUnclear`) and not guessed:
/// no platform's figures count its visitors, only the store's total does.
public struct PlatformSplit: Sendable {
    /// The platforms the month's order, line-item and ad exports come from, in catalogue order.
    public var platforms: [Platform]
    /// The platform of each of the month's inputs, by input index (`OrderRecord.source`).
    package var orderInputPlatforms: [Platform]
    /// The platform the month's traffic rows belong to (whose source table says which sources
    /// are natural); on a store with several platforms, when the file does not say, the contract's.
    public var trafficPlatform: Platform
    /// The traffic files that could belong to more than one of the month's platforms: named in the
    /// month's warnings, and no platform's figures count them.
    public var trafficUnclear: [String] = []
    /// Whether the traffic rows count towards `trafficPlatform`'s own figures.
    public var trafficIsTold: Bool { trafficUnclear.isEmpty }

    /// - Parameters:
    ///   - inputs: the assembled month's inputs, in the order `OrderRecord.source` counts them.
    ///   - contractPlatform: the store's platform in contract.json.
    ///   - traffic: the month's traffic rows, whose source names can tell their platform.
    ///   - sources: the traffic-source table in force.
    public init(
        inputs: [ImportedExport], contractPlatform: Platform, traffic: [TrafficRecord] = [],
        sources: TrafficSourceTable = .standard
    ) {
        orderInputPlatforms = inputs.map(\.platform)
        // Traffic names no platform; the diagnosis's downloads (overview, refund requests) sell nothing.
        let told = Set(
            inputs.filter {
                ![.traffic, .shopOverview, .refundRequests, .itemDays, .productSnapshot].contains($0.kind)
            }.map(\.platform))
        platforms = Platform.allCases.filter(told.contains)
        trafficPlatform = contractPlatform
        guard platforms.count > 1 else { return }
        let trafficFiles = inputs.filter { $0.kind == .traffic }
        // What the header says: a platform's own column names.
        let byHeader = Set(trafficFiles.map(\.platform)).subtracting([PlatformProfile.defaultPlatform])
        if byHeader.count == 1, let p = byHeader.first {
            trafficPlatform = p
            return
        }
        // What the sources say: the month's platforms whose table alone knows one of its source
        // names (自主访问 may be every platform's word; 淘内免费 is Taobao's only).
        let names = Set(traffic.map(\.source))
        let knowing = platforms.filter { p in
            names.contains { source in
                sources.category(of: source, on: p) != nil
                    && platforms.allSatisfy { $0 == p || sources.category(of: source, on: $0) == nil }
            }
        }
        if knowing.count == 1 {
            trafficPlatform = knowing[0]
        } else if !trafficFiles.isEmpty {
            trafficUnclear = trafficFiles.map(\.file).sorted()
        }
    }

    /// True when the month's exports come from more than one platform.
    public var isMultiPlatform: Bool { platforms.count > 1 }
}
