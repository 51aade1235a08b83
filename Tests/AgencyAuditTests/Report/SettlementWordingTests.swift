import Testing

@testable import AuditContract
@testable import AuditReport

@Suite struct SettlementWordingTests {
    static let reasons: [(Settlement.WithholdingReason, String)] = [
        (
            .unmeasuredTargets(metrics: [.orders, .visitors]),
            "目标「支付订单数」、「访客数」没有可用的数据（所需的导出缺失或无法读取）：补齐导出、重新审计后再结算"
        ),
        (.unmeasuredTargets(metrics: [.adROI]), "目标「推广ROI」没有可用的数据（所需的导出缺失或无法读取）：补齐导出、重新审计后再结算"),
        (.noUsableExport, "本月没有一份可用的导出，无法计算指标，也无法结算"),
    ]

    @Test(arguments: reasons)
    func withheld(reason: Settlement.WithholdingReason, sentence: String) {
        #expect(SettlementWording.sentence(reason, in: .chinese) == sentence)
    }
}
