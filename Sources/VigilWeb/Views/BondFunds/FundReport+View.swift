import Plot
import VigilCore

/// The fund's year report: a pure function of `FundReportModel`. It names no person.
enum FundReportView {
    static func render(_ model: FundReportModel) -> HTML {
        let slug = model.organization.slug
        let r = model.report
        let rows: [(String, String)] = [
            (t("bond_funds.report.bonds_posted"), t("bond_funds.report.count_amount", ["count": Format.count(r.bondsPosted), "amount": r.amountPosted.withCents])),
            (t("bond_funds.report.people_freed"), Format.count(r.peopleFreed)),
            (t("bond_funds.report.median_bond"), r.medianBond?.withCents ?? "—"),
            (t("bond_funds.report.median_days_detained"), r.medianDaysDetained.map { Format.count($0) } ?? "—"),
            (t("bond_funds.report.refunds_recovered"), t("bond_funds.report.refunds_value", ["count": Format.count(r.refundsRecovered),
                "amount": r.amountRecovered.withCents, "interest": r.interestRecovered.withCents])),
            (t("bond_funds.report.outstanding_on", ["date": Format.date(r.through)]),
             t("bond_funds.report.bonds_amount", count: r.bondsOutstanding, ["amount": r.amountOutstanding.withCents])),
            (t("bond_funds.report.lost_to_breach"), t("bond_funds.report.count_amount", ["count": Format.count(r.breaches), "amount": r.lostToBreach.withCents])),
            (t("bond_funds.report.donations"), r.donations.withCents),
            (t("bond_funds.report.grants"), r.grants.withCents),
            (t("bond_funds.report.cash_on", ["date": Format.date(r.through)]), r.cashAtEnd.withCents),
        ]
        return Layout.page(
            title: t("bond_funds.report.page_title", ["year": String(model.year), "name": model.organization.name]),
            description: t("bond_funds.the_fund_s_bonds_refunds_and"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("bond_funds.bond_fund")), Components.link(.fund(slug: slug), model.organization.name)),
            .h1(.text(t("bond_funds.report.heading", ["year": String(model.year)]))),
            .if(model.synthetic, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                    .text(t("bond_funds.synthetic_demo_every_figure_in_this")))),
            .p(Components.link(.fundReport(slug: slug, year: model.year - 1), "← \(model.year - 1)"), .text(" · "),
               Components.link(.fundReport(slug: slug, year: model.year + 1), "\(model.year + 1) →")),
            .element(named: "dl", nodes: [.class("facts"), .group(rows.map { .group(.element(named: "dt", text: $0.0), .element(named: "dd", text: $0.1)) })]),
            Components.downloads(t("bond_funds.this_report_for_the_fund_s"), csv: .fundReportFile(slug: slug, year: model.year, .csv),
                                 json: .fundReportFile(slug: slug, year: model.year, .json)))
    }
}
