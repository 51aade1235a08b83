import AuditRecords

/// The store's customer service in a month, from its customer-service exports: first and average
/// response times and inquiry conversion, beside the peer tier's (同行同层均值) where the file has
/// that row, and against the contract's first-response limit where it writes one.
public struct CustomerServiceCheck: Sendable, Hashable {
    /// The store's figures (its whole-store summary row, else the mean of its daily rows, else of its agents).
    public var store: Figures
    /// 同行同层均值; nil when the files have no peer row (飞鸽, 拼多多, or a custom date range).
    public var peer: Figures?
    /// The contract's first-response limit, seconds.
    public var limitSeconds: Double?
    /// The files the figures came from.
    public var files: [String]

    /// A response time more than this many times the peer tier's is slow.
    public static let slowerThanPeerFactor = 1.5
    /// An inquiry conversion this far (relatively) below the peer tier's is low.
    public static let lowerConversionShare = 0.2

    public struct Figures: Sendable, Hashable {
        public var firstResponseSeconds: Double?
        public var averageResponseSeconds: Double?
        public var inquiryConversion: Double?
        public init(
            firstResponseSeconds: Double? = nil, averageResponseSeconds: Double? = nil, inquiryConversion: Double? = nil
        ) {
            self.firstResponseSeconds = firstResponseSeconds
            self.averageResponseSeconds = averageResponseSeconds
            self.inquiryConversion = inquiryConversion
        }
    }

    public init(store: Figures, peer: Figures?, limitSeconds: Double?, files: [String]) {
        self.store = store
        self.peer = peer
        self.limitSeconds = limitSeconds
        self.files = files
    }

    /// The first-response time over the contract's limit.
    public var overLimit: Bool {
        guard let limit = limitSeconds, let s = store.firstResponseSeconds else { return false }
        return s > limit
    }

    /// First response (else average response) slower than `slowerThanPeerFactor` × the peer tier's.
    public var slowerThanPeer: Bool {
        if let s = store.firstResponseSeconds, let p = peer?.firstResponseSeconds, p > 0 {
            return s > p * Self.slowerThanPeerFactor
        }
        if let s = store.averageResponseSeconds, let p = peer?.averageResponseSeconds, p > 0 {
            return s > p * Self.slowerThanPeerFactor
        }
        return false
    }

    /// Inquiry conversion more than `lowerConversionShare` below the peer tier's.
    public var lowerConversionThanPeer: Bool {
        guard let s = store.inquiryConversion, let p = peer?.inquiryConversion, p > 0 else { return false }
        return s < p * (1 - Self.lowerConversionShare)
    }

    /// Slow against the contract or the peer tier: the agency's part under 看执行.
    public var isSlow: Bool { overLimit || slowerThanPeer }

    /// The month's check from its customer-service rows; nil without any.
    public static func check(_ rows: [CustomerServiceRecord], limitSeconds: Double?) -> CustomerServiceCheck? {
        guard !rows.isEmpty else { return nil }
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        /// Each figure from the first group of rows that has it.
        func figures(_ groups: [[CustomerServiceRecord]]) -> Figures {
            func pick(_ value: (CustomerServiceRecord) -> Double?) -> Double? {
                for g in groups { if let m = mean(g.compactMap(value)) { return m } }
                return nil
            }
            return Figures(
                firstResponseSeconds: pick(\.firstResponseSeconds),
                averageResponseSeconds: pick(\.averageResponseSeconds), inquiryConversion: pick(\.inquiryConversion))
        }
        var summaries: [CustomerServiceRecord.Summary: [CustomerServiceRecord]] = [:]
        var days: [CustomerServiceRecord] = []
        var agents: [CustomerServiceRecord] = []
        var peers: [CustomerServiceRecord] = []
        for r in rows {
            switch r.role {
            case .store(let s): summaries[s, default: []].append(r)
            case .storeDay: days.append(r)
            case .agent: agents.append(r)
            case .peerAverage: peers.append(r)
            case .peerTop: break
            }
        }
        // The whole store's mean before its total, before the listed agents', before the days and the agents.
        let order = summaries.keys.sorted().map { summaries[$0]! } + [days, agents]
        let store = figures(order)
        let peer = peers.isEmpty ? nil : figures([peers])
        return CustomerServiceCheck(
            store: store, peer: peer, limitSeconds: limitSeconds,
            files: Array(Set(rows.map(\.location.exportFile))).sorted())
    }
}
