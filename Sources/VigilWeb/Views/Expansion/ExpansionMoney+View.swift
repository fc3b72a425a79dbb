import Plot
import VigilCore
import VigilStore

/// `/expansion/money`: a pure function of `ExpansionMoneyModel`.
enum ExpansionMoneyView {
    static func render(_ model: ExpansionMoneyModel) -> HTML {
        Layout.page(
            title: t("expansion.money_and_beds"),
            description: t("expansion.federal_ice_contract_dollars_per_facility"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("expansion.halt_expansion"))),
            .h1(.text(t("expansion.money_and_beds"))),
            .p(.class("lede"),
               .text(t("expansion.money_lede")),
               Components.link(.expansion(), t("expansion.expansion_sites_2"))),
            ExpansionTimelineView.attribution(),
            bedsSection(model),
            recipientsSection(model),
            fiscalYearSection(model),
            facilitySection(model))
    }

    static func dollars(_ value: Double) -> String { "$" + Format.count(value) }

    /// "FY2025" in English, "AF2025" (año fiscal) in Spanish.
    static func fiscalYear(_ year: Int) -> String { t("expansion.fiscal_year_short", ["year": String(year)]) }

    static func bedsSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "beds", title: t("expansion.funded_beds_people_held_and_guaranteed"),
            LineChartView.render(model.bedsChart),
            .p(.class("muted small"),
               .text(t("expansion.funded_beds_note"))),
            Components.downloads(t("expansion.funded_beds"), csv: .download(.fundedBeds(.csv)), json: .download(.fundedBeds(.json))),
            model.fundedBeds.isEmpty ? .p(.text(t("expansion.no_funded_beds_file_imported_yet"))) :
            Components.scrollBox(
                .table(.id("funded-beds-table"),
                    .caption(.text(t("expansion.funded_beds_by_fiscal_year_as"))),
                    Components.headerRow([t("expansion.fiscal_year"), "#" + t("expansion.beds"), t("expansion.status"), t("expansion.what_the_source_says")]),
                    .tbody(.group(model.fundedBeds.map { y in
                        .tr(Components.rowHeader(.text(fiscalYear(y.fiscalYear))),
                            Components.numberCell(y.beds.map { Format.count($0) } ?? t("expansion.no_minimum")),
                            Components.textCell(y.status),
                            .td(.text(y.statement ?? "—"), .unwrap(y.sourceURL) { url in
                                .group(.text(" "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow"), .text(t("expansion.source"))))
                            }))
                    })))))
    }

    static func recipientsSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "who-profits", title: t("expansion.who_profits_detention_related_awards_by"),
            Components.downloads(t("expansion.every_recipient"), csv: .download(.contractRecipients(.csv)), json: .download(.contractRecipients(.json))),
            model.recipients.isEmpty ? .p(.text(t("expansion.no_contract_awards_imported_yet_vigil"))) :
            Components.scrollBox(tall: true,
                .table(.id("recipients-table"),
                    .caption(.text(t("expansion.recipients_caption", count: model.recipients.count))),
                    Components.headerRow([t("expansion.recipient"), "#" + t("expansion.awards"), "#" + t("expansion.dollars"), t("expansion.fiscal_years"), "#" + t("expansion.linked_facilities")]),
                    .tbody(.group(model.recipients.map { r in
                        .tr(Components.rowHeader(.text(r.recipient)), Components.numberCell(Format.count(r.awards)),
                            Components.numberCell(dollars(r.amountUSD)),
                            Components.textCell([r.firstFiscalYear, r.lastFiscalYear].compactMap { $0.map(fiscalYear) }.joined(separator: "–")),
                            Components.numberCell(Format.count(r.facilities)))
                    })))))
    }

    static func fiscalYearSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "fiscal-years", title: t("expansion.contract_dollars_per_fiscal_year"),
            Components.downloads(t("expansion.dollars_per_fiscal_year_recipient_and"), csv: .download(.contractDollars(.csv)),
                                 json: .download(.contractDollars(.json))),
            Components.scrollBox(
                .table(.id("fiscal-year-table"),
                    Components.headerRow([t("expansion.fiscal_year"), "#" + t("expansion.awards"), "#" + t("expansion.all_awards"), "#" + t("expansion.detention_related")]),
                    .tbody(.group(model.byFiscalYear.map { y in
                        .tr(Components.rowHeader(.text(fiscalYear(y.year))), Components.numberCell(Format.count(y.awards)),
                            Components.numberCell(dollars(y.all)), Components.numberCell(dollars(y.detention)))
                    })))))
    }

    static func facilitySection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "facilities", title: t("expansion.contract_dollars_per_facility"),
            .p(.class("muted small"), .text(t("expansion.detention_related_awards_whose_description_names"))),
            model.byFacility.isEmpty ? .p(.text(t("expansion.no_award_is_linked_to_a"))) :
            Components.scrollBox(
                .table(.id("facility-dollars-table"),
                    Components.headerRow([t("expansion.facility"), "#" + t("expansion.awards"), "#" + t("expansion.dollars")]),
                    .tbody(.group(model.byFacility.map { f in
                        .tr(Components.rowHeader(Components.link(.facility(FacilityKey(rawValue: f.code)), f.name)),
                            Components.numberCell(Format.count(f.awards)), Components.numberCell(dollars(f.amount)))
                    })))))
    }
}
