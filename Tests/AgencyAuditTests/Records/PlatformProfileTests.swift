import Testing

@testable import AuditContract
@testable import AuditDiagnose
@testable import AuditMeasure
@testable import AuditRecords
@testable import AuditReport
@testable import MonthlyAudit

/// One row per platform, read everywhere the platform makes a difference.
@Suite struct PlatformProfileTests {
    @Test func everyPlatformHasOneRow() {
        #expect(Set(PlatformProfile.all.map(\.platform)) == Set(Platform.allCases))
        #expect(PlatformProfile.all.count == Platform.allCases.count)
        #expect(PlatformProfile.defaultPlatform == .taobao)
        for p in Platform.allCases {
            #expect(p.profile.platform == p)
            #expect(p.profile.reads(.orders), "\(p): the order export is what the audit stands on")
        }
    }

    /// A header name marks one platform only, so an export's platform never depends on the rows' order.
    @Test func headerMarkersBelongToOnePlatform() {
        for kind in ExportKind.allCases {
            var owner: [String: Platform] = [:]
            for row in PlatformProfile.all {
                for name in row.headerMarkers[kind] ?? [] {
                    #expect(owner[name] == nil, "\(name) marks \(owner[name]!) and \(row.platform)")
                    owner[name] = row.platform
                }
            }
        }
    }

    @Test(arguments: [
        (ExportKind.orders, ["订单编号", "用户实付金额(元)"], Platform.pinduoduo),
        (.orders, ["订单号", "付款确认时间"], .jd), (.orders, ["主订单编号", "选购商品"], .douyin),
        (.orders, ["订单编号", "买家实际支付金额"], .taobao), (.traffic, ["一级来源", "成交客户数"], .jd),
        (.traffic, ["一级来源", "支付买家数"], .taobao), (.ads, ["推广名称", "曝光量"], .pinduoduo),
        (.ads, ["计划名称", "整体消耗"], .douyin), (.ads, ["推广计划", "展现数"], .jd), (.refunds, ["服务单号"], .jd),
    ])
    func anExportsPlatformIsToldByItsMarkers(kind: ExportKind, names: [String], platform: Platform) {
        #expect(PlatformProfile.platform(of: kind, headerNames: Set(names)) == platform)
    }

    /// The defect: 京东 and 抖店 merchants were sent to 生意参谋 (Taobao's tool) when a traffic target
    /// had no traffic export. Each platform's sentences name its own data tool or say its traffic
    /// export is not read — never another platform's tool, in either language.
    @Test(arguments: Platform.allCases, Language.allCases)
    func aMissingTrafficExportIsWordedForItsOwnPlatform(platform: Platform, language: Language) {
        let metric = MetricValue(key: .visitors, actual: nil, actualExcludingSuspicious: nil, target: 10_000)
        let finding = TargetFinding(
            metric: metric, reasons: [.missingData(export: .traffic)], actions: [.completeExport(export: .traffic)])
        let reason = TargetFindingWording.reason(finding, platform: platform, in: language)
        let action = TargetFindingWording.action(finding, platform: platform, in: language)
        let settlement = SettlementWording.sentence(
            .unmeasuredTargets(metrics: [.visitors]), platform: platform, in: language)
        let warning = MonthWarningWording.sentence(
            platform.profile.reads(.traffic) ? .exportMissing(.traffic) : .exportNotRead(.traffic, platform: platform),
            in: language)
        let tools = Set(Platform.allCases.map { $0.profile.dataTool.text(in: language) })
        for sentence in [reason, action, settlement, warning] {
            for tool in tools where tool != platform.profile.dataTool.text(in: language) {
                #expect(!sentence.contains(tool), "\(platform): \(sentence)")
            }
        }
        if language == .english {
            switch platform {
            case .taobao:
                #expect(action == "add the Sycm traffic sources export and audit again")
            case .jd:
                #expect(reason == "this month's exports lack the data this metric needs (JD Shangzhi traffic sources)")
            case .douyin:
                #expect(
                    reason
                        == "cannot be measured from Douyin's exports (there is no public export format for Compass traffic sources)"
                )
                #expect(action.hasPrefix("use targets the contract can measure from Douyin's exports"))
                #expect(settlement.hasPrefix("target “Visitors” cannot be measured from Douyin's exports"))
                #expect(
                    warning.hasPrefix(
                        "no traffic source report export this month: there is no public export format for"))
            case .pinduoduo:
                #expect(settlement.hasPrefix("target “Visitors” cannot be measured from Pinduoduo's exports"))
            }
            return
        }
        switch platform {
        case .taobao:
            #expect(action == "补充导出生意参谋流量来源后重新审计")
        case .jd:
            #expect(reason == "本月导出里没有计算该指标所需的数据（京东商智流量来源）")
            #expect(action == "补充导出京东商智流量来源后重新审计")
        case .douyin:
            #expect(reason == "无法从抖店的导出测量（电商罗盘流量来源没有公开的导出格式）")
            #expect(action.hasPrefix("在合同里改用可从抖店导出测量的目标"))
            #expect(settlement.hasPrefix("目标「访客数」无法从抖店的导出测量"))
            #expect(warning.hasPrefix("本月没有流量来源导出：电商罗盘流量来源（抖店）没有公开的导出格式"))
        case .pinduoduo:
            #expect(reason == "无法从拼多多的导出测量（数据中心的流量数据没有公开的导出格式）")
            #expect(settlement.hasPrefix("目标「访客数」无法从拼多多的导出测量（数据中心的流量数据没有公开的导出格式）"))
        }
    }

    /// Refunds in an export of their own are said to be missing for the platform that keeps them so.
    @Test func aSeparateRefundsExportIsNamedForItsPlatform() {
        #expect(Platform.allCases.filter { $0.profile.refunds == .separateExport } == [.jd])
        #expect(
            MonthWarningWording.sentence(.refundsExportMissing(.jd), in: .chinese)
                == "本月没有京东售后明细：京东的订单导出没有退款金额，退款额、退款率不含京东订单的退款，付款后取消的订单仍计入成交额")
    }
}
