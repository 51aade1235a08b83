import AuditDiagnose
import AuditRecords

/// 看市场 against the peer tier (同行同层), in each report language: a missed target's change
/// beside the peer tier's, and what download would answer the step when it is missing.
extension ThreeStepDiagnosisWording {
    /// `「月销售额」未达标，与上月（2025-07）相比：支付金额 -20.0%（同行同层平均 -18.0%）；…：主要是市场`.
    static func peerTier(_ c: PeerTierComparison, language: Language) -> String {
        let english = language == .english
        let changes = c.changes.map { change($0, language: language) }
        let files = c.files.count
        if english {
            return "“\(ClaimWording.englishName(c.target))” missed; against \(c.previousMonth): "
                + changes.joined(separator: "; ") + ": " + reading(c.reading, language: language)
                + " (from \(files) overview download\(files == 1 ? "" : "s") of both months)"
        }
        return "「\(c.target.name(in: .chinese))」未达标，与上月（\(c.previousMonth)）相比：" + changes.joined(separator: "；") + "："
            + reading(c.reading, language: language) + "（依据两个月的数据概览下载共 \(files) 个文件）"
    }

    /// `访客数 -20.0%（同行同层平均 -18.0%）`.
    static func change(_ c: PeerTierComparison.Change, language: Language) -> String {
        let store = DisplayNumber.signedPercent(c.store)
        if language == .english {
            let peer = c.peer.map { "peer tier average \(DisplayNumber.signedPercent($0))" } ?? "no peer figure"
            return "\(overviewName(c.metric, language: language)) \(store) (\(peer))"
        }
        let peer = c.peer.map { "同行同层平均 \(DisplayNumber.signedPercent($0))" } ?? "无同行数据"
        return "\(overviewName(c.metric, language: language)) \(store)（\(peer)）"
    }

    /// What the comparison says about who moved.
    static func reading(_ r: PeerTierComparison.Reading, language: Language) -> String {
        let english = language == .english
        switch r {
        case .market:
            return english ? "mainly the market (the peer tier fell with the store)" : "主要是市场（同行同层一起下滑）"
        case .marketAndStore:
            return english
                ? "the market fell and the store fell further: partly the store" : "市场在下滑，本店跌得更多：一部分是本店"
        case .store:
            return english ? "the peer tier held: mainly the store" : "同行持平或上升：主要是本店"
        case .noFall:
            return english
                ? "the store did not fall: the miss is a target above last month's level, not a fall"
                : "本店没有下滑：缺口来自目标高于上月水平，不是下滑"
        case .noPeerFigure:
            return english
                ? "the download has no peer figure, so the market and the store cannot be told apart"
                : "下载里没有同行数据，无法区分市场与本店"
        }
    }

    /// The previous month has no overview download to compare with.
    static func peerTierPreviousMonthMissing(month: YearMonth, platform: Platform, language: Language) -> String {
        let download = downloadName(platform, language: language)
        if language == .english {
            return
                "this month has overview downloads but \(month) has none, so growth cannot be compared: put \(download) "
                + "for every day of \(month) into exports/\(month)/ and audit again"
        }
        return "本月有店铺数据概览下载，但上月（\(month)）没有，无法比较增长：请把 \(month) 每天的\(download)放进 exports/\(month)/ 后重新审计"
    }

    /// No overview download: the one that would answer the step, and where it is.
    static func peerTierDownloadMissing(platform: Platform, language: Language) -> String {
        let download = downloadName(platform, language: language)
        if language == .english {
            return "the exports hold no peer-tier figures, so the market and the store cannot be told apart: "
                + "\(download) answers it (free; every metric for the store and the peer tier's average and best) — "
                + "download it for every day of this month and the last, put each month's files in its exports folder "
                + "and audit again"
        }
        return "导出里没有同行同层数据，无法区分是市场还是本店：\(download)可以回答（免费，每个指标都有本店与同行同层平均/优秀）；"
            + "请下载本月和上月每天的文件，分别放进对应月份的 exports 文件夹后重新审计"
    }

    /// The download as the platform's profile names it.
    static func downloadName(_ platform: Platform, language: Language) -> String {
        let name = platform.profile.exports[.shopOverview]?.name
        return (language == .english ? name?.english : name?.chinese) ?? ExportKind.shopOverview.name(in: language)
    }

    /// 访客数, 支付转化率…: the downloads' own names (生意参谋's).
    static func overviewName(_ m: OverviewMetric, language: Language) -> String {
        if language == .english {
            switch m {
            case .sales: return "sales"
            case .visitors: return "visitors"
            case .conversion: return "conversion"
            case .averageOrderValue: return "average order value"
            case .payingBuyers: return "paying buyers"
            }
        }
        return m.names[0]
    }
}
