import AuditDiagnose
import AuditRecords

/// 看执行 from the agency's own work (customer service, activities, promotion), in both languages.
extension ThreeStepDiagnosisWording {
    /// Campaigns named in the promotion sentence; the rest are only counted.
    static let campaignsShown = 3

    static func agencyWork(_ finding: ThreeStepDiagnosis.ExecutionFinding, language: Language) -> String {
        let zh = language == .chinese
        switch finding {
        case .customerService(let c): return customerService(c, language: language)
        case .customerServiceDownloadMissing(let platform, let typed):
            let name = platform.profile.exports[.customerService].map { zh ? $0.name.chinese : $0.name.english } ?? ""
            if zh {
                return "没有客服数据导出，无法核对客服响应时长与询单转化：请下载\(name)放入本月文件夹"
                    + (typed.map { "；manual.csv 手填的首次回复超时 \($0) 次是服务条款扣款的依据" } ?? "")
            }
            return "no customer-service export, so response times and inquiry conversion cannot be checked: put "
                + "\(name) into the month's folder"
                + (typed.map {
                    "; the \(English.count($0, "late first reply", "late first replies")) typed into manual.csv are what the service terms deduct for"
                }
                    ?? "")
        case .activityWeeks(let w): return activityWeeks(w, language: language)
        case .activityDownloadMissing(let platform, let required):
            guard let name = platform?.profile.exports[.activityItems].map({ zh ? $0.name.chinese : $0.name.english })
            else {
                return zh
                    ? "合同要求每周报名活动，但该平台没有已知的活动报名导出：请向托管方索取每周的报名记录或截图核对"
                    : "the contract asks for an activity every week, but no export of the activities entered is known "
                        + "for this platform: ask the agency for each week's entry records or screenshots"
            }
            if zh {
                return "没有营销活动导出，无法核对活动报名" + (required ? "（合同要求每周报名活动）" : "") + "：请下载\(name)放入本月文件夹"
            }
            return "no activity export, so the activities entered cannot be checked"
                + (required ? " (the contract asks for one every week)" : "") + ": put \(name) into the month's folder"
        case .promotionSpend(let p): return promotionSpend(p, language: language)
        default: return ""
        }
    }

    /// `18 秒`, `1 分 5 秒`, `7 小时 41 分 52 秒` / `18 s`, `1 min 5 s`.
    static func duration(_ seconds: Double, language: Language) -> String {
        let zh = language == .chinese
        if seconds < 60 {
            return DisplayNumber.fixed(seconds, decimals: seconds < 10 ? 1 : 0) + (zh ? " 秒" : " s")
        }
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60)
        var parts: [String] = []
        if h > 0 { parts.append(zh ? "\(h) 小时" : "\(h) h") }
        if m > 0 || h > 0 { parts.append(zh ? "\(m) 分" : "\(m) min") }
        parts.append(zh ? "\(s) 秒" : "\(s) s")
        return parts.joined(separator: " ")
    }

    /// `客服首次响应 95 秒（同行同层均值 20 秒）、平均响应 …：慢于同行同层 1.5 倍以上（来自 …）`.
    static func customerService(_ c: CustomerServiceCheck, language: Language) -> String {
        let zh = language == .chinese
        func peer(_ v: Double?, _ show: (Double) -> String) -> String {
            guard let v else { return "" }
            return zh ? "（同行同层均值 \(show(v))）" : " (peer tier \(show(v)))"
        }
        let time = { (v: Double) in duration(v, language: language) }
        let rate = { (v: Double) in DisplayNumber.percent(v) }
        var parts: [String] = []
        if let v = c.store.firstResponseSeconds {
            parts.append((zh ? "首次响应 " : "first reply ") + time(v) + peer(c.peer?.firstResponseSeconds, time))
        }
        if let v = c.store.averageResponseSeconds {
            parts.append((zh ? "平均响应 " : "average reply ") + time(v) + peer(c.peer?.averageResponseSeconds, time))
        }
        if let v = c.store.inquiryConversion {
            parts.append((zh ? "询单转化率 " : "inquiry conversion ") + rate(v) + peer(c.peer?.inquiryConversion, rate))
        }
        var verdicts: [String] = []
        if c.overLimit, let limit = c.limitSeconds {
            verdicts.append(zh ? "超过合同约定的首次回复 \(time(limit))" : "over the contract's first reply within \(time(limit))")
        }
        if c.slowerThanPeer {
            let factor = DisplayNumber.fixed(CustomerServiceCheck.slowerThanPeerFactor, decimals: 1)
            verdicts.append(zh ? "响应时长超过同行同层均值的 \(factor) 倍" : "slower than \(factor) × the peer tier")
        }
        if c.lowerConversionThanPeer {
            verdicts.append(zh ? "询单转化明显低于同行同层" : "inquiry conversion well below the peer tier")
        }
        if verdicts.isEmpty {
            if c.peer == nil && c.limitSeconds == nil {
                verdicts.append(
                    zh
                        ? "文件没有同行同层行、合同也没有响应时限，无从比较"
                        : "the file has no peer row and the contract no limit to compare with")
            } else {
                verdicts.append(zh ? "未见明显问题" : "nothing stands out")
            }
        } else if c.limitSeconds != nil, !c.overLimit, c.store.firstResponseSeconds != nil {
            verdicts.append(zh ? "在合同时限内" : "within the contract's limit")
        }
        if zh {
            return "客服" + (parts.isEmpty ? "导出没有响应时长或询单转化" : parts.joined(separator: "、")) + "："
                + verdicts.joined(separator: "；")
                + fromFiles(c.files, language: language)
        }
        return "customer service: "
            + (parts.isEmpty ? "the export has no response time or inquiry conversion" : parts.joined(separator: ", "))
            + ": " + verdicts.joined(separator: "; ") + fromFiles(c.files, language: language)
    }

    /// `第 2、3 周没有任何活动商品（…）：合同要求每周报名活动`.
    static func activityWeeks(_ w: ActivityWeeks, language: Language) -> String {
        let zh = language == .chinese
        let idle = w.idleWeeks.map { String($0.number) }
        let activities = Set(w.weeks.flatMap(\.activities)).sorted()
        let shown =
            activities.prefix(campaignsShown).map { zh ? "「\($0)」" : "“\($0)”" }.joined(separator: zh ? "、" : ", ")
            + (activities.count > campaignsShown ? (zh ? "等" : ", …") : "")
        if zh {
            let head =
                idle.isEmpty
                ? "每周都有活动商品（\(activities.count) 个活动：\(shown)）"
                : "第 \(idle.joined(separator: "、")) 周没有任何活动商品（本月 \(activities.count) 个活动：\(shown)）"
            let tail = w.required ? (idle.isEmpty ? "：符合合同每周报名活动的要求" : "：合同要求每周报名活动，未做到") : ""
            return head + tail + fromFiles(w.files, language: language)
        }
        let weeks =
            idle.count <= 1
            ? "week \(idle.first ?? "")"
            : "weeks " + idle.dropLast().joined(separator: ", ") + " and " + idle[idle.count - 1]
        let head =
            idle.isEmpty
            ? "every week had items in an activity (\(English.count(activities.count, "activity", "activities")): \(shown))"
            : "\(weeks) had no item in any activity (\(English.count(activities.count, "activity", "activities")) this month: \(shown))"
        let tail =
            w.required
            ? (idle.isEmpty
                ? ": as the contract's weekly activity asks" : ": the contract asks for an activity every week") : ""
        return head + tail + fromFiles(w.files, language: language)
    }

    /// `推广花费 ¥12,000.00（较上月 +20.0%），ROI 1:1.20（红线 1:1.50）；花费最多的计划：…`.
    static func promotionSpend(_ p: PromotionSpend, language: Language) -> String {
        let zh = language == .chinese
        var s = zh ? "推广花费 \(DisplayNumber.money(p.spend))" : "promotion spend \(DisplayNumber.money(p.spend))"
        var notes: [String] = []
        if let c = p.spendChange {
            notes.append(
                zh ? "较上月 \(DisplayNumber.signedPercent(c))" : "\(DisplayNumber.signedPercent(c)) on last month")
        }
        if let b = p.budget {
            let over = p.spend > b ? p.spend - b : nil
            notes.append(
                (zh ? "合同月预算 \(DisplayNumber.money(b))" : "the contract's budget \(DisplayNumber.money(b))")
                    + (over.map { zh ? "，超出 \(DisplayNumber.money($0))" : ", \(DisplayNumber.money($0)) over" } ?? ""))
        }
        if !notes.isEmpty {
            s += zh ? "（" + notes.joined(separator: "；") + "）" : " (" + notes.joined(separator: "; ") + ")"
        }
        if let roi = p.roi {
            s += zh ? "，ROI \(DisplayNumber.roi(roi))" : ", ROI \(DisplayNumber.roi(roi))"
            if let line = p.redLine {
                s += zh ? "（红线 \(DisplayNumber.roi(line))）" : " (red line \(DisplayNumber.roi(line)))"
            }
        }
        let top = p.campaigns.prefix(campaignsShown).map { c in
            "\(c.name) \(DisplayNumber.money(c.spend))"
                + (c.roi.map { zh ? "（ROI \(DisplayNumber.roi($0))）" : " (ROI \(DisplayNumber.roi($0)))" } ?? "")
        }
        if !top.isEmpty {
            s += zh ? "；花费最多的计划：" + top.joined(separator: "、") : "; largest campaigns: " + top.joined(separator: ", ")
            if p.campaigns.count > campaignsShown {
                s += zh ? " 等 \(p.campaigns.count) 个" : " (\(p.campaigns.count) in all)"
            }
        }
        if p.raisedUnderRedLine {
            s += zh ? "：ROI 低于红线仍在加大投入" : ": spend raised while ROI stayed under the red line"
        }
        return s + fromFiles(p.files, language: language)
    }

    /// Files named before the rest are counted.
    static let filesShown = 3

    /// `（来自 a.xlsx、b.xlsx）` / ` (from a.xlsx, b.xlsx)`; empty without files.
    static func fromFiles(_ files: [String], language: Language) -> String {
        guard !files.isEmpty else { return "" }
        let zh = language == .chinese
        let shown = files.prefix(filesShown).joined(separator: zh ? "、" : ", ")
        let more =
            files.count > filesShown ? (zh ? " 等 \(files.count) 个文件" : " and \(files.count - filesShown) more") : ""
        return zh ? "（来自 \(shown)\(more)）" : " (from \(shown)\(more))"
    }
}
