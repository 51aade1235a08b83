import Foundation

/// The agency's own work in a diagnosis store (看执行): 客服绩效 every month, slow in one month
/// against the peer tier and the contract's 30-second first reply; 单品立减 activities every week
/// but for weeks 2 and 3 of the last month.
extension DiagnosisPlan {
    /// The month whose customer service is slow.
    var slowServiceMonth: Int { monthCount > 1 ? 1 : 0 }
    /// The month with weeks and no activity.
    var idleActivityMonth: Int { monthCount - 1 }
    /// Its weeks without any item in an activity (days 8–14 and 15–21).
    static let idleWeeks = [2, 3]
    /// The contract's first-reply limit, seconds.
    static let firstResponseLimit = 30
}

extension TaobaoStoreSimulation {
    static let serviceAgents = ["客服小美", "客服小雅", "客服阿杰", "售后小周"]

    /// Month `mi`'s 客服绩效 and 单品立减导出.
    func writeAgencyWork(_ mi: Int, plan: DiagnosisPlan) throws -> [SampleExpectation.FileRows] {
        let (year, month) = months[mi]
        let days = SampleDay.daysIn(year: year, month: month)
        let folder = "exports/\(label(mi))"
        let slow = mi == plan.slowServiceMonth
        typealias F = SampleAgencyWorkFiles.ServiceFigures
        let agents = Self.serviceAgents.enumerated().map { k, name -> (String, F) in
            let inquiries = 200 + 30 * k
            let share = slow ? 0.15 : 0.22
            return (
                name,
                F(
                    inquiries: inquiries, paying: Int(Double(inquiries) * share),
                    firstResponse: slow ? 85 + 6 * Double(k) : 12 + 2 * Double(k) + Double(mi),
                    averageResponse: slow ? 140 + 10 * Double(k) : 25 + 3 * Double(k), amountCents: inquiries * 3_100)
            )
        }
        let service = try SampleAgencyWorkFiles.writeService(
            root: root, folder: folder, from: day(mi, 1), to: day(mi, days), agents: agents,
            peerAverage: F(inquiries: 250, paying: 60, firstResponse: 22, averageResponse: 38, amountCents: 900_000),
            peerTop: F(inquiries: 600, paying: 190, firstResponse: 8, averageResponse: 15, amountCents: 3_000_000))
        let item = { (i: Int) -> (id: String, title: String) in
            let title = SampleCatalogue.items[i].title
            return (String(600_000_000_000 + Int(SampleOrder.stableNumber(title) % 100_000_000)), title)
        }
        let id = { (k: Int) in "AC\(year)\(SampleDay.pad(month))0\(k)" }
        typealias A = SampleAgencyWorkFiles.Activity
        let activities: [A] =
            mi == plan.idleActivityMonth
            ? [
                A(
                    id: id(1), name: "\(month)月上新单品立减", start: day(mi, 1), end: day(mi, 6),
                    items: [item(0), item(1), item(2)]),
                A(id: id(4), name: "月末清仓立减", start: day(mi, 22), end: day(mi, days), items: [item(1), item(6)]),
            ]
            : [
                A(
                    id: id(1), name: "\(month)月上新单品立减", start: day(mi, 1), end: day(mi, 9),
                    items: [item(0), item(1), item(2)]),
                A(id: id(2), name: "周中特惠", start: day(mi, 8), end: day(mi, 17), items: [item(3), item(4)]),
                A(id: id(3), name: "品类日单品立减", start: day(mi, 16), end: day(mi, 24), items: [item(2), item(5)]),
                A(id: id(4), name: "月末清仓立减", start: day(mi, 22), end: day(mi, days), items: [item(1), item(6)]),
            ]
        let activityRows = try SampleAgencyWorkFiles.writeActivities(
            root: root, folder: folder, last: day(mi, days), activities: activities)
        return [service, activityRows]
    }

    /// The agency-work causes planted in month `mi`, for expected.json.
    func agencyWorkTruth(_ mi: Int, plan: DiagnosisPlan) -> [SampleExpectation.DiagnosisPlant] {
        var truth: [SampleExpectation.DiagnosisPlant] = []
        if mi == plan.slowServiceMonth {
            truth.append(
                .init(cause: "slow-customer-service", month: label(mi), item: nil, dates: [], isHardNegative: false))
        }
        if mi == plan.idleActivityMonth {
            truth.append(
                .init(
                    cause: "idle-activity-weeks", month: label(mi), item: nil,
                    dates: DiagnosisPlan.idleWeeks.map { day(mi, 7 * ($0 - 1) + 1).iso }, isHardNegative: false))
        }
        return truth
    }
}
