import Plot
import VigilCore

/// `/orgs/{slug}/fund`: a pure function of `FundModel`.
enum FundView {
    static func render(_ model: FundModel) -> HTML {
        let slug = model.organization.slug
        let mayChange = model.access.mayChangeCases
        return Layout.page(
            title: "Bond fund · \(model.organization.name)",
            description: "The fund's books, refunds to chase, hearings and bonds.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Bond fund · "), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text("Bond fund")),
            .if(model.synthetic, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                    .text("Synthetic demo: every person, obligor, bond and dollar here is generated, not real."))),
            .if(model.access == .breakGlass, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                                .text("Break-glass access: this read is recorded in the audit log."))),
            .unwrap(model.problem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text($0)) },
            .div(.class("stats"),
                 Components.stat(model.balances.cash.withCents, "Cash on hand"),
                 Components.stat(model.balances.outstanding.withCents, "With ICE in bonds"),
                 Components.stat(String(model.bonds.filter { $0.stage?.isOutstanding == true }.count), "Bonds outstanding"),
                 Components.stat(model.balances.balance(.breachLosses).withCents, "Lost to breach")),
            .p(Components.link(.fundReport(slug: slug, year: model.today.year), "This year's report"), .text(" · "),
               Components.link(.fundReport(slug: slug, year: model.today.year - 1), "Last year's report")),
            queues(model),
            bondsSection(model),
            .if(mayChange, forms(model)),
            obligorsSection(model),
            books(model))
    }

    static func queueTable(_ items: [FundQueues.Item], slug: String, dateLabel: String, daysLabel: String) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.text("None.")) :
        Components.scrollBox(.table(.class("data-table"),
            Components.headerRow(["#Bond", "Person", "Stage", "#Amount", dateLabel, "#" + daysLabel]),
            .tbody(.group(items.map { (item) -> Node<HTML.TableContext> in
                .tr(Components.numberCell(String(item.bond.id)),
                    .td(Components.link(.caseFile(slug: slug, id: item.bond.caseID), item.bond.personName)),
                    Components.textCell(item.bond.stage?.label),
                    Components.numberCell(item.bond.amount?.description ?? "—"),
                    Components.textCell(Format.date(item.date)),
                    Components.numberCell(String(item.days)))
            }))))
    }

    static func queues(_ model: FundModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return Components.section(id: "queues", title: "Work to do",
            .h3(.text("Refunds to chase: cancelled \(model.refundDays) days or more ago, not refunded (\(model.queues.refundsToChase.count))")),
            .form(.method(.get), .action(SiteURL.fund(slug: slug).path),
                  .div(.class("form-field"), .label(.for("refund-days"), .text("Days after cancellation")),
                       .input(.type(.number), .id("refund-days"), .name("refund-days"), .value(String(model.refundDays)),
                              .attribute(named: "min", value: "0"), .attribute(named: "max", value: "3650"))),
                  .button(.type(.submit), .text("Show"))),
            queueTable(model.queues.refundsToChase, slug: slug, dateLabel: "Cancelled on", daysLabel: "Days since"),
            .h3(.text("Hearings ahead: the obligor must make sure the person appears (\(model.queues.hearings.count))")),
            queueTable(model.queues.hearings, slug: slug, dateLabel: "Hearing", daysLabel: "Days until"),
            .h3(.text("Posted over a year ago, no news for a year (\(model.queues.quiet.count))")),
            queueTable(model.queues.quiet, slug: slug, dateLabel: "Last news", daysLabel: "Days since"))
    }

    static func bondsSection(_ model: FundModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return Components.section(id: "bonds", title: "Bonds (\(model.bonds.count))",
            model.bonds.isEmpty ? .p(.text("No bonds yet.")) :
            Components.scrollBox(tall: true, .table(.class("data-table"),
                Components.headerRow(["#Bond", "Person", "Stage", "#Amount", "Posted", "I-305", "Last news"]),
                .tbody(.group(model.bonds.reversed().map { (bond) -> Node<HTML.TableContext> in
                    .tr(Components.numberCell(String(bond.id)),
                        .td(Components.link(.caseFile(slug: slug, id: bond.caseID), bond.personName)),
                        Components.textCell(bond.stage?.label),
                        Components.numberCell(bond.amount?.description ?? "—"),
                        Components.textCell(bond.date(of: .posted).map(Format.date)),
                        Components.textCell(bond.posting?.i305Receipt),
                        Components.textCell(bond.lastActivity.map(Format.date)))
                })))))
    }

    static func field(_ id: String, _ label: String, _ input: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        .div(.class("form-field"), .label(.for(id), .text(label)), input)
    }

    static func text(_ id: String, _ name: String, required: Bool = false) -> Node<HTML.FormContext> {
        .input(.type(.text), .id(id), .name(name), .required(required))
    }

    static func options(_ pairs: [(String, String)]) -> Node<HTML.SelectContext> {
        .group(pairs.map { .element(named: "option", nodes: [.attribute(named: "value", value: $0.0), .text($0.1)]) })
    }

    static func csrf(_ model: FundModel) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken)))
    }

    static func forms(_ model: FundModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        let bondChoices = model.bonds.reversed().map { (String($0.id), "Bond \($0.id): \($0.personName) (\($0.stage?.label ?? ""))") }
        return Components.section(id: "record", title: "Record",
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundSteps(slug: slug).path),
                  .h3(.text("A bond step")),
                  .p(.class("muted small"), .text("Steps go in ICE's order: requested, approved, posted, then cancelled (I-391), refund claimed, refunded; or breached (I-323). A step out of order is refused.")),
                  csrf(model),
                  field("step-stage", "Step", .select(.id("step-stage"), .attribute(named: "name", value: "stage"),
                                                      options(BondStage.allCases.map { ($0.rawValue, $0.label) }))),
                  field("step-case", "Case (for a new request)", .select(.id("step-case"), .attribute(named: "name", value: "case"),
                                                                         options([("", "—")] + model.cases.map { (String($0.id), $0.name) }))),
                  field("step-bond", "Bond (for every later step)", .select(.id("step-bond"), .attribute(named: "name", value: "bond"),
                                                                            options([("", "—")] + bondChoices))),
                  field("step-date", "Date", .input(.type(.date), .id("step-date"), .name("date"), .required(true),
                                                    .attribute(named: "max", value: model.today.iso))),
                  field("step-evidence", "Evidence (form received, number, who confirmed)", text("step-evidence", "evidence", required: true)),
                  field("step-amount", "Amount in dollars (requested, posted; refunded: the principal)", text("step-amount", "amount")),
                  field("step-interest", "Interest in dollars (refunded)", text("step-interest", "interest")),
                  field("step-i352", "I-352 receipt number (posted)", text("step-i352", "i352")),
                  field("step-i305", "I-305 receipt number (posted)", text("step-i305", "i305")),
                  field("step-obligor", "Obligor (posted)", .select(.id("step-obligor"), .attribute(named: "name", value: "obligor"),
                                                                   options([("", "—")] + model.obligors.map { (String($0.id), "\($0.name) (\($0.kind.label))") }))),
                  field("step-payment", "Payment (posted)", .select(.id("step-payment"), .attribute(named: "name", value: "payment"),
                                                                   options(PaymentMethod.allCases.map { ($0.rawValue, $0.label) }))),
                  .button(.type(.submit), .text("Record the step"))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundNotes(slug: slug).path),
                  .h3(.text("A note or a hearing")),
                  csrf(model),
                  field("note-bond", "Bond", .select(.id("note-bond"), .attribute(named: "name", value: "bond"), options(bondChoices))),
                  field("note-kind", "Kind", .select(.id("note-kind"), .attribute(named: "name", value: "kind"),
                                                     options([("note", "Note (news of the case)"), ("hearing", "Hearing the person must attend")]))),
                  field("note-date", "Date", .input(.type(.date), .id("note-date"), .name("date"), .required(true))),
                  field("note-text", "Text", text("note-text", "text")),
                  .button(.type(.submit), .text("Add"))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundIncome(slug: slug).path),
                  .h3(.text("Money in")),
                  csrf(model),
                  field("income-kind", "Kind", .select(.id("income-kind"), .attribute(named: "name", value: "kind"),
                                                       options([("donation", "Donation"), ("grant", "Grant")]))),
                  field("income-amount", "Amount in dollars", text("income-amount", "amount", required: true)),
                  field("income-date", "Date", .input(.type(.date), .id("income-date"), .name("date"), .required(true))),
                  field("income-memo", "Memo", text("income-memo", "memo")),
                  .button(.type(.submit), .text("Book it"))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundObligors(slug: slug).path),
                  .h3(.text("An obligor")),
                  csrf(model),
                  field("obligor-name", "Name", text("obligor-name", "name", required: true)),
                  field("obligor-kind", "Kind", .select(.id("obligor-kind"), .attribute(named: "name", value: "kind"),
                                                        options(ObligorKind.allCases.map { ($0.rawValue, $0.label) }))),
                  field("obligor-contact", "Contact", text("obligor-contact", "contact")),
                  field("obligor-document", "Document checked", text("obligor-document", "document")),
                  field("obligor-verified", "Checked on", .input(.type(.date), .id("obligor-verified"), .name("verified"))),
                  .button(.type(.submit), .text("Add the obligor"))))
    }

    static func obligorsSection(_ model: FundModel) -> Node<HTML.BodyContext> {
        Components.section(id: "obligors", title: "Obligors (\(model.obligors.count))",
            model.obligors.isEmpty ? .p(.text("No obligors yet.")) :
            Components.scrollBox(.table(.class("data-table"),
                Components.headerRow(["#No.", "Name", "Kind", "Contact", "Documents verified"]),
                .tbody(.group(model.obligors.map { (o) -> Node<HTML.TableContext> in
                    .tr(Components.numberCell(String(o.id)), Components.textCell(o.name), Components.textCell(o.kind.label),
                        Components.textCell(o.contact),
                        Components.textCell(o.documents.map { "\($0.title) (\(Format.date($0.verifiedOn)))" }.joined(separator: "; ")))
                })))))
    }

    static func books(_ model: FundModel) -> Node<HTML.BodyContext> {
        Components.section(id: "books", title: "Books",
            .p(.class("muted small"), .text("Double entry: every posting moves one amount from one account to another, so the books always balance.")),
            Components.scrollBox(.table(.class("data-table"),
                Components.headerRow(["Account", "#Balance"]),
                .tbody(.group(LedgerAccount.allCases.map { (account) -> Node<HTML.TableContext> in
                    .tr(Components.textCell(account.label), Components.numberCell(model.balances.balance(account).withCents))
                })))))
    }
}
