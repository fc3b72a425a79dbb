import Plot
import VigilCore
import VigilStore

/// `/expansion/money`: a pure function of `ExpansionMoneyModel`.
enum ExpansionMoneyView {
    static func render(_ model: ExpansionMoneyModel) -> HTML {
        Layout.page(
            title: "Money and beds",
            description: "Federal ICE contract dollars per facility, recipient and fiscal year, who profits from detention awards, and funded beds against the people held.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Halt expansion")),
            .h1(.text("Money and beds")),
            .p(.class("lede"),
               .text("What federal ICE contract awards add up to per fiscal year, facility and recipient, and the beds Congress funded against the "),
               .text("people ICE held and the minimums it guaranteed to pay for. Awards are put in the fiscal year their period starts in (else their "),
               .text("award date); amounts are dollars obligated as listed, not adjusted for inflation. "),
               Components.link(.expansion(), "← Expansion sites")),
            ExpansionTimelineView.attribution(),
            bedsSection(model),
            recipientsSection(model),
            fiscalYearSection(model),
            facilitySection(model))
    }

    static func dollars(_ value: Double) -> String { "$" + Format.count(value) }

    static func bedsSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "beds", title: "Funded beds, people held and guaranteed minimums",
            LineChartView.render(model.bedsChart),
            .p(.class("muted small"),
               .text("Funded beds are drawn across each fiscal year a source states them for (enacted figures; requests are listed below, not drawn). "),
               .text("A year a source says had no bed minimum is a gap, not zero. ADP is ICE’s fiscal-year-to-date average per release.")),
            Components.downloads("funded beds", csv: .download(.fundedBeds(.csv)), json: .download(.fundedBeds(.json))),
            model.fundedBeds.isEmpty ? .p(.text("No funded-beds file imported yet: vigil import funded-beds <file>.")) :
            Components.scrollBox(
                .table(.id("funded-beds-table"),
                    .caption(.text("Funded beds by fiscal year, as the sources state them")),
                    Components.headerRow(["Fiscal year", "#Beds", "Status", "What the source says"]),
                    .tbody(.group(model.fundedBeds.map { y in
                        .tr(Components.rowHeader(.text("FY\(y.fiscalYear)")),
                            Components.numberCell(y.beds.map { Format.count($0) } ?? "no minimum"),
                            Components.textCell(y.status),
                            .td(.text(y.statement ?? "—"), .unwrap(y.sourceURL) { url in
                                .group(.text(" "), .a(.href(Escape.attribute(url)), .attribute(named: "rel", value: "nofollow"), .text("source")))
                            }))
                    })))))
    }

    static func recipientsSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "who-profits", title: "Who profits: detention-related awards by recipient",
            Components.downloads("every recipient", csv: .download(.contractRecipients(.csv)), json: .download(.contractRecipients(.json))),
            model.recipients.isEmpty ? .p(.text("No contract awards imported yet: vigil import contracts <file>.")) :
            Components.scrollBox(tall: true,
                .table(.id("recipients-table"),
                    .caption(.text("\(model.recipients.count) recipients of awards flagged detention-related, largest total first")),
                    Components.headerRow(["Recipient", "#Awards", "#Dollars", "Fiscal years", "#Linked facilities"]),
                    .tbody(.group(model.recipients.map { r in
                        .tr(Components.rowHeader(.text(r.recipient)), Components.numberCell(Format.count(r.awards)),
                            Components.numberCell(dollars(r.amountUSD)),
                            Components.textCell([r.firstFiscalYear, r.lastFiscalYear].compactMap { $0.map { "FY\($0)" } }.joined(separator: "–")),
                            Components.numberCell(Format.count(r.facilities)))
                    })))))
    }

    static func fiscalYearSection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "fiscal-years", title: "Contract dollars per fiscal year",
            Components.downloads("dollars per fiscal year, recipient and facility", csv: .download(.contractDollars(.csv)),
                                 json: .download(.contractDollars(.json))),
            Components.scrollBox(
                .table(.id("fiscal-year-table"),
                    Components.headerRow(["Fiscal year", "#Awards", "#All awards ($)", "#Detention-related ($)"]),
                    .tbody(.group(model.byFiscalYear.map { y in
                        .tr(Components.rowHeader(.text("FY\(y.year)")), Components.numberCell(Format.count(y.awards)),
                            Components.numberCell(dollars(y.all)), Components.numberCell(dollars(y.detention)))
                    })))))
    }

    static func facilitySection(_ model: ExpansionMoneyModel) -> Node<HTML.BodyContext> {
        Components.section(id: "facilities", title: "Contract dollars per facility",
            .p(.class("muted small"), .text("Detention-related awards whose description names one registry facility, tied through the registry matcher.")),
            model.byFacility.isEmpty ? .p(.text("No award is linked to a registry facility yet.")) :
            Components.scrollBox(
                .table(.id("facility-dollars-table"),
                    Components.headerRow(["Facility", "#Awards", "#Dollars"]),
                    .tbody(.group(model.byFacility.map { f in
                        .tr(Components.rowHeader(Components.link(.facility(FacilityKey(rawValue: f.code)), f.name)),
                            Components.numberCell(Format.count(f.awards)), Components.numberCell(dollars(f.amount)))
                    })))))
    }
}
