import AuditContract
import AuditRecords
import MonthlyAudit

/// The contract's money clauses as data: the deduction clauses a month met.
extension AuditJSON {
    /// `{"kind": "flat", "below": 0.8, "share": 0.2, "amount": 1000.00, "applied": true}`.
    static func deduction(_ d: Settlement.Deduction, applied: Bool) -> JSONValue {
        var fields: [(String, JSONValue)]
        switch d.basis {
        case .proportional(let shortfall):
            fields = [("kind", .string("proportional")), ("shortfall", figure(shortfall))]
        case .perPoint(let points, let rate):
            fields = [("kind", .string("perPoint")), ("points", .int(points)), ("rate", figure(rate))]
        case .trial(let payShare):
            fields = [("kind", .string("trial")), ("payShare", figure(payShare))]
        case .flat(let below, _):
            fields = [("kind", .string("flat")), ("below", figure(below))]
        }
        fields += [("share", figure(d.share)), ("amount", .money(d.amount)), ("applied", .bool(applied))]
        return .oneLineObject(fields)
    }

    /// Each deduction clause the month met, the applied one first.
    static func deductions(_ s: Settlement) -> JSONValue {
        .array(s.deductions.enumerated().map { deduction($0.element, applied: $0.offset == 0) })
    }
}

/// The contract's spending and approval clauses checked on the month, as data with their sentences:
/// audit.json's `clauseChecks` (absent when the contract writes none of them).
extension AuditJSON {
    static func clauseChecks(_ r: MonthAuditResult, language: Language) -> JSONValue {
        let review = r.clauseReview
        let lines = ClauseReviewWording.lines(review, files: r.approvalsFiles, in: language)
        var fields: [(String, JSONValue)] = []
        var line = 0
        func sentence() -> JSONValue {
            defer { line += 1 }
            return line < lines.count ? .string(lines[line]) : .null
        }
        if let b = review.budget {
            var budget: [(String, JSONValue)]
            switch b.clause {
            case .amount: budget = [("kind", .string("amount"))]
            case .shareOfSalesTarget(let share):
                budget = [
                    ("kind", .string("shareOfSalesTarget")), ("share", figure(share)),
                    ("salesTarget", .optional(b.salesTarget, decimals: 2)),
                ]
            }
            budget += [
                ("budget", b.budget.map { .money($0) } ?? .null), ("spend", .money(b.spend)), ("over", .money(b.over)),
                ("exceededOn", .optional(b.exceededOn?.description)),
                ("daysOver", .array(b.daysOver.map { .string($0.description) })),
                (
                    "campaignsOver",
                    .array(
                        b.campaignsOver.map {
                            .oneLineObject([("campaign", .string($0.campaign)), ("spend", .money($0.spend))])
                        })
                ),
                ("sentence", sentence()),
            ]
            fields.append(("budget", .object(budget)))
        }
        if let p = review.paidPromotion {
            fields.append(
                (
                    "paidPromotion",
                    .object([
                        ("stage", .string(p.stage)), ("spend", .money(p.spend)),
                        ("days", .array(p.days.map { .string($0.description) })),
                        (
                            "campaigns",
                            .array(
                                p.campaigns.map {
                                    .oneLineObject([("campaign", .string($0.campaign)), ("spend", .money($0.spend))])
                                })
                        ),
                        ("sentence", sentence()),
                    ])
                ))
        }
        if let c = review.campaignLimit {
            fields.append(
                (
                    "campaignLimit",
                    .object([
                        ("limit", .money(c.limit)), ("fastPassROI", .optional(c.fastPassROI, decimals: 6)),
                        (
                            "days",
                            .array(
                                c.days.map { d in
                                    .oneLineObject([
                                        ("day", .string(d.day.description)), ("campaign", .string(d.campaign)),
                                        ("spend", .money(d.spend)), ("sales", .money(d.sales)),
                                        ("roi", .optional(d.roi, decimals: 4)), ("approval", approval(d.approval)),
                                    ])
                                })
                        ),
                        ("sentence", sentence()),
                    ])
                ))
        }
        if let p = review.priceChanges {
            fields.append(
                (
                    "priceChanges",
                    .object([
                        ("limit", figure(p.limit)), ("itemsCompared", .int(p.itemsCompared)),
                        ("ordersWithoutItemId", .int(p.ordersWithoutItemID)),
                        (
                            "changes",
                            .array(
                                p.changes.map { ch in
                                    .oneLineObject([
                                        ("itemId", .optional(ch.itemID)), ("title", .string(ch.title)),
                                        ("before", .money(ch.before)), ("beforeDay", .string(ch.beforeDay.description)),
                                        ("after", .money(ch.after)), ("day", .string(ch.day.description)),
                                        ("change", .number(ch.change, decimals: 4)),
                                        ("fromListPrice", .bool(ch.fromListPrice)), ("approval", approval(ch.approval)),
                                    ])
                                })
                        ),
                        ("sentence", sentence()),
                    ])
                ))
        }
        if let d = review.discounts {
            fields.append(
                (
                    "discounts",
                    .object([
                        ("maxDiscount", .optional(d.maxDiscount, decimals: 6)),
                        ("noDiscountItems", .array(d.noDiscountItems.map { .string($0) })),
                        ("ordersWithoutListPrice", .int(d.ordersWithoutListPrice)),
                        ("ordersWithShopDiscount", .int(d.ordersWithShopDiscount)),
                        (
                            "groups",
                            .array(
                                d.groups.map { g in
                                    .oneLineObject([
                                        ("day", .string(g.day.description)), ("itemId", .optional(g.itemID)),
                                        ("title", .string(g.title)), ("orders", .int(g.orders)),
                                        ("deepest", .number(g.deepest, decimals: 4)),
                                        ("excludedItem", .bool(g.excludedItem)),
                                        ("approval", approval(g.approval)),
                                    ])
                                })
                        ),
                        ("sentence", sentence()),
                    ])
                ))
        }
        fields.append(
            (
                "approvals",
                .object([
                    ("needed", .bool(review.needsApprovals)), ("read", .bool(review.approvalsRead)),
                    ("files", .array(r.approvalsFiles.map { .string($0) })), ("count", .int(review.approvalCount)),
                    ("sentence", review.needsApprovals ? sentence() : .null),
                    (
                        "problems",
                        .array(
                            r.approvalProblems.map { p in
                                .oneLineObject([
                                    ("file", .string(p.file)), ("line", .int(p.line)), ("column", .int(p.column)),
                                    ("sentence", .string(ClauseReviewWording.problem(p, in: language))),
                                ])
                            })
                    ),
                ])
            ))
        fields += [
            ("breaches", .int(review.breachCount)),
            ("execution", .optional(ClauseReviewWording.execution(review, in: language))),
            ("cooperation", .optional(ClauseReviewWording.cooperation(review, in: language))),
        ]
        return .object(fields)
    }

    /// `{"kind": "approved", "line": 2, "day": "2025-08-08", "value": 2000}`.
    static func approval(_ a: ClauseReview.Approval) -> JSONValue {
        switch a {
        case .approved(let line, let day, let value):
            return .oneLineObject([
                ("kind", .string("approved")), ("line", .int(line)), ("day", .string(day.description)),
                ("value", .optional(value, decimals: 2)),
            ])
        case .fastPass(let roi, let standard):
            return .oneLineObject([
                ("kind", .string("fastPass")), ("roi", .number(roi, decimals: 4)), ("standard", figure(standard)),
            ])
        case .notApproved: return .oneLineObject([("kind", .string("notApproved"))])
        case .notChecked: return .oneLineObject([("kind", .string("notChecked"))])
        }
    }
}

/// What the month left the merchant, as data with its lines: audit.json's `profit`.
extension AuditJSON {
    static func profit(_ r: MonthAuditResult, language: Language) -> JSONValue {
        let p = r.profit
        let basis: JSONValue
        switch p.basis {
        case .unknown: basis = .oneLineObject([("kind", .string("unknown"))])
        case .margin(let m): basis = .oneLineObject([("kind", .string("margin")), ("grossMargin", figure(m))])
        case .costs(let items, let without, let salesWithout):
            basis = .oneLineObject([
                ("kind", .string("costs")), ("file", .optional(r.costsFile)), ("items", .int(items)),
                ("ordersWithoutCost", .int(without)), ("salesWithoutCost", .money(salesWithout)),
            ])
        }
        return .object([
            ("basis", basis), ("sales", .money(p.sales)), ("grossProfit", p.grossProfit.map { .money($0) } ?? .null),
            ("adSpend", .money(p.adSpend)), ("fee", p.fee.map { .money($0) } ?? .null),
            ("profitAfterAds", p.profitAfterAds.map { .money($0) } ?? .null),
            ("leftForMerchant", p.leftForMerchant.map { .money($0) } ?? .null),
            ("maxShareOfProfit", .optional(p.maxShareOfProfit, decimals: 6)),
            ("feeShareOfProfit", .optional(p.feeShareOfProfit, decimals: 4)),
            ("feeWithinShare", p.feeWithinShare.map { .bool($0) } ?? .null),
            (
                "campaigns",
                .array(
                    p.campaigns.map {
                        .oneLineObject([
                            ("campaign", .string($0.campaign)), ("spend", .money($0.spend)),
                            ("sales", .money($0.sales)),
                            ("grossProfit", .money($0.grossProfit)),
                        ])
                    })
            ),
            ("lines", .array(ProfitWording.lines(p, in: language).map { .string($0) })),
            (
                "problems",
                .array(
                    r.costProblems.map {
                        .string(ProfitWording.problem($0, file: r.costsFile ?? "costs.csv", in: language))
                    })
            ),
        ])
    }
}

/// The after-sales service standards on manual.csv's figures, as data: audit.json's `service`.
extension AuditJSON {
    static func service(_ r: MonthAuditResult, language: Language) -> JSONValue {
        func figure(_ f: ManualFigure) -> JSONValue {
            .oneLineObject([
                ("metric", .string(f.metric.rawValue)), ("value", .number(f.value, decimals: 6)),
                ("source", .string(f.source)), ("line", .int(f.line)), ("typedIn", .bool(true)),
            ])
        }
        return .object([
            ("files", .array(r.manualFiles.map { .string($0) })),
            ("figures", .array(r.service.figures.map(figure))),
            (
                "checks",
                .array(
                    r.service.checks.map { c in
                        .object([
                            ("metric", .string(c.clause.metric.rawValue)),
                            ("clause", .string(ServiceWording.clause(c.clause, in: language))),
                            ("figure", c.figure.map(figure) ?? .null), ("met", c.met.map { .bool($0) } ?? .null),
                            ("share", .optional(c.share, decimals: 6)), ("points", c.points.map { .int($0) } ?? .null),
                            ("deduction", .money(c.deduction)),
                        ])
                    })
            ),
            ("deductions", .money(r.service.deductions)), ("applied", .money(r.settlement.serviceDeduction)),
            ("problems", .array(r.manualProblems.map { .string(ServiceWording.problem($0, in: language)) })),
        ])
    }
}
