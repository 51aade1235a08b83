import AgencyAuditSample

/// The stores detection is measured on: different sizes and seeds, each with planted fraud,
/// hard negatives and its ground truth in expected.json.
public struct EvaluationSet: Sendable {
    public var stores: [(name: String, spec: SampleStoreSpec)]
    /// Stores with the diagnosis's planted causes (`SampleStoreSpec.plantDiagnosis`), scored on
    /// those causes only.
    public var diagnosisStores: [(name: String, spec: SampleStoreSpec)] = []

    public init(
        stores: [(name: String, spec: SampleStoreSpec)], diagnosisStores: [(name: String, spec: SampleStoreSpec)] = []
    ) {
        self.stores = stores
        self.diagnosisStores = diagnosisStores
    }

    /// A diagnosis store: three months from 2025-07 with the causes planted and no fraud; with
    /// `refundExport`, 千牛's 退款管理 export is written and the stock-out is an oversold one.
    public static func diagnosisSpec(
        name: String, seed: UInt64, ordersPerDay: Int, refundExport: Bool = false, itemExports: Bool = false
    ) -> SampleStoreSpec {
        var spec = SampleStoreSpec(
            storeName: name, seed: seed, firstMonth: "2025-07", monthCount: 3, ordersPerDay: ordersPerDay,
            plantAnomalies: false)
        spec.plantDiagnosis = true
        spec.refundExport = refundExport
        spec.itemExports = itemExports
        return spec
    }

    /// 20, 200 and 2,000 orders a day, three months each, three seeds; diagnosis stores of 50 and 200
    /// orders a day, one of 50 with 千牛's refund export and one of 50 with 商品_全部 and snapshots.
    public static let standard = EvaluationSet(
        stores: [
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
        ],
        diagnosisStores: [
            ("diagnosis-50", diagnosisSpec(name: "诊断店", seed: 404, ordersPerDay: 50)),
            ("diagnosis-200", diagnosisSpec(name: "诊断大店", seed: 505, ordersPerDay: 200)),
            ("diagnosis-refunds-50", diagnosisSpec(name: "退款诊断店", seed: 606, ordersPerDay: 50, refundExport: true)),
            ("diagnosis-items-50", diagnosisSpec(name: "商品诊断店", seed: 707, ordersPerDay: 50, itemExports: true)),
        ])

    /// The same stores with every seed moved by `offset`: other data of the same shapes.
    public func reseeded(by offset: UInt64) -> EvaluationSet {
        EvaluationSet(
            stores: stores.map { store in
                var spec = store.spec
                spec.seed &+= offset
                return (store.name, spec)
            },
            diagnosisStores: diagnosisStores.map { store in
                var spec = store.spec
                spec.seed &+= offset
                return (store.name, spec)
            })
    }

    /// A quicker set for the test suite.
    public static let quick = EvaluationSet(
        stores: [
            (
                "small-20",
                SampleStoreSpec(storeName: "小店", seed: 101, firstMonth: "2025-07", monthCount: 3, ordersPerDay: 20)
            ),
            (
                "medium-120",
                SampleStoreSpec(storeName: "中店", seed: 202, firstMonth: "2025-04", monthCount: 3, ordersPerDay: 120)
            ),
        ],
        diagnosisStores: [
            ("diagnosis-50", diagnosisSpec(name: "诊断店", seed: 404, ordersPerDay: 50)),
            ("diagnosis-refunds-50", diagnosisSpec(name: "退款诊断店", seed: 606, ordersPerDay: 50, refundExport: true)),
            ("diagnosis-items-50", diagnosisSpec(name: "商品诊断店", seed: 707, ordersPerDay: 50, itemExports: true)),
        ])
}
