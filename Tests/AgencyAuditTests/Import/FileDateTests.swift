import Testing

@testable import AgencyAudit
@testable import AuditImport

@Suite struct FileDateTests {
    @Test func oneDayDownloadNamesAndTitles() {
        #expect(
            FileDate.singleDay(fileName: "【生意参谋平台】店铺来源_2025-07-01_2025-07-01.csv", titleLines: [], kind: .traffic)?
                .description == "2025-07-01")
        #expect(
            FileDate.singleDay(fileName: "x.csv", titleLines: ["统计时间：2025-07-02 ~ 2025-07-02"], kind: .traffic)?
                .description == "2025-07-02")
        #expect(FileDate.singleDay(fileName: "店铺来源_2025-07-01_2025-07-31.csv", titleLines: [], kind: .traffic) == nil)
        #expect(
            FileDate.singleDay(fileName: "计划报表_20250731_110330.csv", titleLines: [], kind: .ads)?.description
                == "2025-07-31")
        #expect(FileDate.singleDay(fileName: "计划报表_20250731_110330.csv", titleLines: [], kind: .traffic) == nil)
    }
}
