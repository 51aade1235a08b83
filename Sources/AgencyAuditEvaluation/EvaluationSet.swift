import AgencyAuditSample

/// The stores detection is measured on: different sizes and seeds, each with planted fraud,
/// hard negatives and its ground truth in expected.json.
public struct EvaluationSet: Sendable {
    public var stores: [(name: String, spec: SampleStoreSpec)]

    public init(stores: [(name: String, spec: SampleStoreSpec)]) { self.stores = stores }

    /// 20, 200 and 2,000 orders a day, three months each, three seeds.
    public static let standard = EvaluationSet(stores: [
        (
            "small-20",
            SampleStoreSpec(storeName: "小店", seed: 101, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 20)
        ),
        (
            "medium-200",
            SampleStoreSpec(storeName: "中店", seed: 202, firstMonth: "2025-04", monthCount: 3, ordersPerDay: 200)
        ),
        (
            "large-2000",
            SampleStoreSpec(storeName: "大店", seed: 303, firstMonth: "2025-10", monthCount: 3, ordersPerDay: 2000)
        ),
    ])

    /// The same stores with every seed moved by `offset`: other data of the same shapes.
    public func reseeded(by offset: UInt64) -> EvaluationSet {
        EvaluationSet(
            stores: stores.map { store in
                var spec = store.spec
                spec.seed &+= offset
                return (store.name, spec)
            })
    }

    /// A quicker set for the test suite.
    public static let quick = EvaluationSet(stores: [
        (
            "small-20",
            SampleStoreSpec(storeName: "小店", seed: 101, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 20)
        ),
        (
            "medium-120",
            SampleStoreSpec(storeName: "中店", seed: 202, firstMonth: "2025-04", monthCount: 3, ordersPerDay: 120)
        ),
    ])
}
