import Plot
import VigilCore

/// The fund's year report: a pure function of `FundReportModel`. It names no person.
enum FundReportView {
    static func render(_ model: FundReportModel) -> HTML {
        let slug = model.organization.slug
        let r = model.report
        let rows: [(String, String)] = [
            ("Bonds posted", "\(r.bondsPosted) (\(r.amountPosted.withCents))"),
            ("People freed", String(r.peopleFreed)),
            ("Median bond", r.medianBond?.withCents ?? "—"),
            ("Median days detained before release", r.medianDaysDetained.map(String.init) ?? "—"),
            ("Refunds recovered", "\(r.refundsRecovered) (\(r.amountRecovered.withCents), of which interest \(r.interestRecovered.withCents))"),
            ("Outstanding on \(Format.date(r.through))", "\(r.bondsOutstanding) bonds (\(r.amountOutstanding.withCents))"),
            ("Lost to breach", "\(r.breaches) (\(r.lostToBreach.withCents))"),
            ("Donations", r.donations.withCents),
            ("Grants", r.grants.withCents),
            ("Cash on \(Format.date(r.through))", r.cashAtEnd.withCents),
        ]
        return Layout.page(
            title: "\(model.year) report · \(model.organization.name)",
            description: t("bond_funds.the_fund_s_bonds_refunds_and"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("bond_funds.bond_fund")), Components.link(.fund(slug: slug), model.organization.name)),
            .h1(.text("\(model.year) report")),
            .if(model.synthetic, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                    .text(t("bond_funds.synthetic_demo_every_figure_in_this")))),
            .p(Components.link(.fundReport(slug: slug, year: model.year - 1), "← \(model.year - 1)"), .text(" · "),
               Components.link(.fundReport(slug: slug, year: model.year + 1), "\(model.year + 1) →")),
            .element(named: "dl", nodes: [.class("facts"), .group(rows.map { .group(.element(named: "dt", text: $0.0), .element(named: "dd", text: $0.1)) })]),
            Components.downloads(t("bond_funds.this_report_for_the_fund_s"), csv: .fundReportFile(slug: slug, year: model.year, .csv),
                                 json: .fundReportFile(slug: slug, year: model.year, .json)))
    }
}
