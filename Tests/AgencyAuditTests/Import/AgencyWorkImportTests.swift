import ExportContainers
import Foundation
import Testing

@testable import AgencyAuditSample
@testable import AuditDiagnose
@testable import AuditImport
@testable import AuditMeasure
@testable import AuditRecords

/// The files of the agency's own work (看执行): 生意参谋 客服绩效 (with its peer row), 抖店 飞鸽
/// 客服表现 (durations as text), 拼多多 客服数据 (title rows above the header) and 千牛's 单品立减导出.
@Suite struct AgencyWorkImportTests {
    @Test(
        arguments: [
            ("7小时41分52秒", 27_712.0), ("30秒", 30), ("1分5秒", 65), ("2分30秒", 150), ("1分5", 65), ("12.5", 12.5),
            ("12.5秒", 12.5), ("12.5s", 12.5), ("00:01:05", 65), ("01:05", 65), ("1小时", 3600), ("2分钟", 120),
        ])
    func durationsAreSeconds(text: String, seconds: Double) {
        #expect(DurationCell.seconds(text) == .value(seconds))
    }

    @Test(arguments: ["很快", "5秒3分", "1分5分", "1:2:3:4", "3天"])
    func textThatIsNoDurationIsRefused(text: String) {
        #expect(DurationCell.seconds(text) == .invalid(.notDuration))
    }

    /// 客服绩效's header as the export writes it: `首次响应时长（秒)`, a full-width bracket opening a half-width one.
    static let sycmHeader = [
        "旺旺昵称", "询单人数", "询单最终付款人数", "询单最终付款转化率", "首次响应时长（秒)", "平均响应时长（秒)", "客户满意率",
    ]

    @Test func sycmServiceReportReadsAgentsSummariesAndThePeerRow() throws {
        let rows = [
            Self.sycmHeader,
            ["客服小美", "200", "44", "22.00%", "12.00", "25.00", "98.50%"],
            ["客服阿杰", "260", "52", "20.00%", "18.00", "31.00", "97.00%"],
            ["汇总值", "460", "96", "20.87%", "30.00", "56.00", "-"],
            ["平均值", "230", "48", "20.87%", "15.00", "28.00", "-"],
            ["全店汇总值", "500", "100", "20.00%", "32.00", "60.00", "-"],
            ["全店平均值", "250", "50", "20.00%", "16.00", "30.00", "-"],
            ["同行同层优秀", "600", "190", "31.67%", "8.00", "15.00", "-"],
            ["同行同层均值", "250", "60", "24.00%", "22.00", "38.00", "-"],
        ]
        let bytes = try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows)
        let result = ShopOverviewImportTests.read(bytes, as: "客服/自制报表-报表查看-客服绩效_20250801_20250831_全部.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .customerService && export.platform == .taobao)
        #expect(export.counts.read == 8 && export.counts.accepted == 8)
        let r = export.customerService
        #expect(
            r.map(\.role) == [
                .agent, .agent, .store(.listedTotal), .store(.listedMean), .store(.wholeStoreTotal),
                .store(.wholeStoreMean), .peerTop, .peerAverage,
            ])
        #expect(r.map(\.firstResponseSeconds) == [12, 18, 30, 15, 32, 16, 8, 22])
        #expect(r[0].inquiryConversion == 0.22 && r[0].inquiries == 200)
        // No date column: each row is dated the last day of the period the file's name gives, so a
        // July download in August's folder is said to be another month's.
        #expect(r.allSatisfy { $0.day?.description == "2025-08-31" })
        // The store is its whole-store mean (全店平均值), the peer tier its 同行同层均值; a limit of 15 s
        // is broken by 16 s, and 16 s is not 1.5 × the peers' 22 s (33 s).
        let check = try #require(CustomerServiceCheck.check(r, limitSeconds: 15))
        #expect(check.store == .init(firstResponseSeconds: 16, averageResponseSeconds: 30, inquiryConversion: 0.2))
        #expect(check.peer == .init(firstResponseSeconds: 22, averageResponseSeconds: 38, inquiryConversion: 0.24))
        #expect(check.overLimit && !check.slowerThanPeer && !check.lowerConversionThanPeer)
        #expect(check.files == ["exports/2025-08/客服/自制报表-报表查看-客服绩效_20250801_20250831_全部.xlsx"])
    }

    @Test func aServiceReportOfAnotherMonthIsLeftOutOfTheMonth() throws {
        let rows = [Self.sycmHeader, ["全店平均值", "250", "50", "20.00%", "16.00", "30.00", "-"]]
        let bytes = try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows)
        let july = ShopOverviewImportTests.read(bytes, as: "自制报表-报表查看-客服绩效_20250701_20250731_全部.xlsx")
        let export = try #require(july.exports.first)
        let assembled = MonthAssembler.assemble(month: YearMonth(year: 2025, month: 8), inputs: [export])
        #expect(assembled.data.customerService.isEmpty)
        #expect(assembled.outsideMonths.values.flatMap { $0 } == [YearMonth(year: 2025, month: 7)])
    }

    @Test func feigeDurationsAreTextAndTheStoreMeanRowIsTheStore() throws {
        let rows = [
            ["客服昵称", "接待会话量", "全天平响时长", "全天首响时长", "全天3分钟回复率", "询单人数", "询单转化率"],
            ["小A", "120", "1分5秒", "30秒", "90.00%", "80", "35.20%"],
            ["小B", "95", "7小时41分52秒", "2分30秒", "40.00%", "60", "20.00%"],
            ["店铺汇总值", "215", "-", "--", "70.00%", "140", "28.60%"],
            ["店铺平均值", "107", "3小时51分28秒", "1分30秒", "65.00%", "70", "27.50%"],
        ]
        let bytes = try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows)
        let result = ShopOverviewImportTests.read(bytes, as: "飞鸽_客服表现_20250801-20250831.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .customerService && export.platform == .douyin)
        let r = export.customerService
        #expect(r.map(\.averageResponseSeconds) == [65, 27_712, nil, 13_888])
        #expect(r.map(\.firstResponseSeconds) == [30, 150, nil, 90])
        #expect(r.map(\.role) == [.agent, .agent, .store(.wholeStoreTotal), .store(.wholeStoreMean)])
        // 飞鸽 has no peer row: only a contract limit can judge it. The mean row is the store:
        // first reply 90 s, average 13,888 s; conversion from the mean row too (27.5%).
        let check = try #require(CustomerServiceCheck.check(r, limitSeconds: 60))
        #expect(check.peer == nil)
        #expect(
            check.store == .init(firstResponseSeconds: 90, averageResponseSeconds: 13_888, inquiryConversion: 0.275))
        #expect(check.overLimit && !check.slowerThanPeer && check.isSlow)
        #expect(CustomerServiceCheck.check(r, limitSeconds: nil)?.isSlow == false)
    }

    @Test func aDurationThatIsNoneRejectsItsRowAndAMissingColumnLeavesItsFigureOut() throws {
        let rows = [
            ["客服昵称", "全天平响时长", "全天首响时长"],
            ["小A", "1分5秒", "很快"],
            ["店铺平均值", "2分", "45秒"],
        ]
        let result = ShopOverviewImportTests.read(
            try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows), as: "飞鸽_客服表现.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.counts.read == 2 && export.counts.accepted == 1 && export.counts.rejected == 1)
        let reject = try #require(export.rejects.first)
        #expect(reject.column?.name == "全天首响时长")
        guard case .invalidCell(.notDuration, let found) = reject.reason else {
            Issue.record("expected a duration problem: \(reject.reason)")
            return
        }
        #expect(found == "很快")
        // No 询单转化率 column: the figure is nil, never zero.
        let check = try #require(CustomerServiceCheck.check(export.customerService, limitSeconds: nil))
        #expect(check.store == .init(firstResponseSeconds: 45, averageResponseSeconds: 120, inquiryConversion: nil))
    }

    @Test func pinduoduoServiceDataBelowTitleRowsIsTheStoreDayByDay() throws {
        let rows = [
            ["客服数据"], ["数据更新时间：2025-09-03"],
            ["统计日期", "咨询人数", "需人工回复人数", "平均人工响应时长", "3分钟人工回复率(8-23点)"],
            ["2025-08-01", "120", "100", "20", "98.00%"],
            ["2025-08-02", "140", "110", "30秒", "97.00%"],
            ["2025-09-01", "90", "80", "15", "99.00%"],
        ]
        let result = ShopOverviewImportTests.read(
            try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows), as: "客服_服务数据.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .customerService && export.platform == .pinduoduo)
        #expect(export.customerService.map(\.role) == [.storeDay, .storeDay, .storeDay])
        // The month's days only (the assembler leaves 09-01 out): a mean of 20 s and 30 s.
        let august = export.customerService.filter { $0.day.map(YearMonth(year: 2025, month: 8).contains) == true }
        let check = try #require(CustomerServiceCheck.check(august, limitSeconds: 24))
        #expect(check.store.averageResponseSeconds == 25 && check.store.firstResponseSeconds == nil)
        // No first-response figure: the limit on first replies has nothing to judge.
        #expect(!check.overLimit && check.peer == nil)
    }

    /// 客服_销售数据 is a BIFF `.xls` under an `.xlsx` name (diagnosis-exports.md §3): told by its bytes, not its name.
    @Test func pinduoduoSalesDataIsABIFFWorkbookUnderAnXLSXName() throws {
        let rows: [[BIFF8Cell]] = [
            [.text("客服销售数据")], [.text("")],
            ["咨询人数", "询单人数", "最终成团人数", "询单转化率", "客服销售额", "客服可提升销售额"].map(BIFF8Cell.text),
            [.number(300), .number(200), .number(44), .text("22.00%"), .number(8_800), .number(1_200)],
        ]
        let bytes = try BIFF8Writer.fileBytes(sheets: [(name: "Sheet1", rows: rows)], for: "客服_销售数据.xlsx")
        let result = ShopOverviewImportTests.read(bytes, as: "客服_销售数据.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .customerService && export.platform == .pinduoduo && export.container == "xls")
        // No date and no agent: the store over the file's period, its conversion 44 / 200.
        let check = try #require(CustomerServiceCheck.check(export.customerService, limitSeconds: nil))
        #expect(check.store == .init(inquiryConversion: 0.22))
        #expect(export.customerService.map(\.inquiries) == [200])
    }

    static let activityHeader = ["活动ID", "活动名称", "SKU级别", "开始时间", "结束时间", "活动状态", "商品ID", "商品名称", "立减值"]

    @Test func activityItemsAreReadWithTheirDays() throws {
        let rows = [
            Self.activityHeader,
            ["AC1", "9月上新单品立减", "否", "2025-09-01 00:00:00", "2025-09-06 23:59:59", "已结束", "6001", "连衣裙", "5.00"],
            ["AC1", "9月上新单品立减", "否", "2025-09-01 00:00:00", "2025-09-06 23:59:59", "已结束", "6002", "T恤", "5.00"],
            ["AC4", "", "否", "2025-09-22", "2025-10-05", "进行中", "6003", "开衫", "5.00"],
            ["AC5", "错的活动", "否", "2025-09-20", "2025-09-10", "已结束", "6004", "衬衫", "5.00"],
        ]
        let result = ShopOverviewImportTests.read(
            try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows), as: "营销活动/单品立减导出.xlsx")
        let export = try #require(result.exports.first)
        #expect(export.kind == .activityItems)
        #expect(export.counts.accepted == 3 && export.counts.rejected == 1)
        #expect(export.rejects.first?.column?.name == "结束时间")
        let a = export.activityItems
        #expect(a.map(\.activity) == ["9月上新单品立减", "9月上新单品立减", "AC4"])
        #expect(a.map(\.start.description) == ["2025-09-01", "2025-09-01", "2025-09-22"])
        #expect(a.map(\.end.description) == ["2025-09-06", "2025-09-06", "2025-10-05"])
        // Weeks 8–14 and 15–21 have no activity; the last week runs to the 30th.
        let weeks = try #require(ActivityWeeks.find(a, month: YearMonth(year: 2025, month: 9), required: true))
        #expect(weeks.idleWeeks.map(\.number) == [2, 3])
        #expect(weeks.weeks.map(\.items) == [2, 0, 0, 1])
        #expect(weeks.weeks.last?.last.description == "2025-09-30")
        #expect(weeks.isBreach)
        #expect(weeks.files == ["exports/2025-08/营销活动/单品立减导出.xlsx"])
    }

    @Test func anActivityExportWithoutItsEndIsNamedByTheColumnItLacks() throws {
        let rows = [
            ["活动ID", "活动名称", "开始时间", "商品ID", "商品名称"], ["AC1", "立减", "2025-09-01", "6001", "连衣裙"],
        ]
        let result = ShopOverviewImportTests.read(
            try ShopOverviewImportTests.workbook(sheet: "Sheet1", rows), as: "单品立减导出.xlsx")
        #expect(result.exports.isEmpty)
        guard case .error(.missingColumn(_, _, let kind, let column, _, _)) = result.ignored.first?.reason else {
            Issue.record("expected a missing column: \(result.ignored)")
            return
        }
        #expect(kind == .activityItems && column == "结束时间")
    }
}
