import Foundation

/// The agency's monthly report (agency-claims.csv) in the second month: honest figures rounded
/// as a slide rounds them, and two that flatter — the orders counted with the fake ones and
/// rounded up, the ROI rounded up by a tenth — with what an audit must conclude of each.
extension TaobaoStoreSimulation {
    /// The month's figures as the generator counted them, with and without the planted orders.
    struct ClaimFigures {
        var orders = 0
        var plantedOrders = 0
        var gmvCents = 0
        var plantedGMVCents = 0
        var refundCents = 0
        var plantedRefundCents = 0
        var visitors = 0
        var naturalShare = 0.0
        var roi = 0.0
    }

    /// The month that gets a claims file: the second (the first month of the growth stage in the
    /// demo store), when fraud is planted.
    static let claimsMonth = 1

    /// A claim an audit must judge overstated when it beats the figures by more than this share.
    static let claimTolerance = 0.05

    /// Writes month `mi`'s agency-claims.csv (UTF-8 with BOM and CRLF, as Excel saves "CSV UTF-8")
    /// and returns its claims with the verdict each must get.
    mutating func writeClaims(_ mi: Int, _ f: ClaimFigures) throws -> (file: String, claims: [SampleExpectation.Claim])
    {
        let file = "exports/\(label(mi))/agency-claims.csv"
        let gmv = Double(f.gmvCents) / 100
        let gmvClean = Double(f.gmvCents - f.plantedGMVCents) / 100
        let clean = f.orders - f.plantedOrders
        let aov = f.orders == 0 ? 0 : gmv / Double(f.orders)
        let aovClean = clean == 0 ? 0 : gmvClean / Double(clean)
        let refundRate = f.gmvCents == 0 ? 0 : Double(f.refundCents) / Double(f.gmvCents)
        let refundRateClean =
            f.gmvCents == f.plantedGMVCents
            ? 0 : Double(f.refundCents - f.plantedRefundCents) / Double(f.gmvCents - f.plantedGMVCents)

        // (contract.json name, name on the slide, value as written, value, figure, figure without planted orders)
        let gmvClaim = (gmv / 1000).rounded(.down) * 1000
        let ordersClaim = (Double(clean) * 1.08 / 10).rounded(.up) * 10
        let roiClaim = (f.roi * 1.1 * 10).rounded(.up) / 10
        let shareClaim = (f.naturalShare * 100).rounded(.down)
        let aovClaim = aov.rounded(.down)
        let refundClaim = (refundRate * 1000).rounded(.up) / 10
        let rows: [(String, String, String, Double, Double, Double?)] = [
            ("gmv", "GMV", ExportNumber.fixed(gmvClaim / 10_000, 1) + "万", gmvClaim, gmv, gmvClean),
            (
                "orders", "订单数", ExportNumber.count(Int(ordersClaim)) + "单", ordersClaim, Double(f.orders),
                Double(clean)
            ),
            ("adROI", "ROI", "1:" + ExportNumber.fixed(roiClaim, 1), roiClaim, f.roi, nil),
            ("visitors", "访客", ExportNumber.count(f.visitors), Double(f.visitors), Double(f.visitors), nil),
            (
                "naturalTrafficShare", "自然流量占比", ExportNumber.fixed(shareClaim, 0) + "%", shareClaim / 100,
                f.naturalShare, nil
            ),
            ("averageOrderValue", "客单价", "¥" + ExportNumber.fixed(aovClaim, 0), aovClaim, aov, aovClean),
            (
                "refundRate", "退款率", ExportNumber.fixed(refundClaim, 1) + "%", refundClaim / 100, refundRate,
                refundRateClean
            ),
        ]
        let writer = try ExportFileWriter(root: root, name: file, encoding: .utf8BOM, lineEnd: "\r\n")
        writer.row(["metric", "claimed"])
        var claims: [SampleExpectation.Claim] = []
        for (key, name, written, value, figure, figureClean) in rows {
            writer.row([name, written])
            let lowerIsBetter = key == "refundRate"
            let gains = ([figure] + (figureClean.map { [$0] } ?? [])).map { x -> Double in
                let better = lowerIsBetter ? x - value : value - x
                return x == 0 ? (better > 0 ? .infinity : 0) : better / x
            }
            claims.append(
                SampleExpectation.Claim(
                    metric: key, name: name, written: written, claimed: value,
                    overstated: gains.contains { $0 > Self.claimTolerance + 1e-9 }))
        }
        try writer.close()
        return (file, claims)
    }
}
