extension SamplePlatform {
    /// The simulation that writes a store of this platform.
    var simulation: any StoreSimulation.Type {
        switch self {
        case .taobao: return TaobaoStoreSimulation.self
        case .pinduoduo: return PinduoduoStoreSimulation.self
        case .jd: return JDStoreSimulation.self
        case .douyin: return DouyinStoreSimulation.self
        }
    }
}
