import Plot
import VigilCore

/// `/orgs/{slug}/fund`: a pure function of `FundModel`.
enum FundView {
    static func render(_ model: FundModel) -> HTML {
        let slug = model.organization.slug
        let mayChange = model.access.mayChangeCases
        return Layout.page(
            title: t("bond_funds.page_title", ["name": model.organization.name]),
            description: t("bond_funds.the_fund_s_books_refunds_to"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("bond_funds.bond_fund")), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(t("bond_funds.bond_fund_2"))),
            .if(model.synthetic, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                    .text(t("bond_funds.synthetic_demo_every_person_obligor_bond")))),
            .if(model.access == .breakGlass, .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                                                .text(t("bond_funds.break_glass_access_this_read_is")))),
            .unwrap(model.problem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text($0)) },
            .div(.class("stats"),
                 Components.stat(model.balances.cash.withCents, t("bond_funds.cash_on_hand")),
                 Components.stat(model.balances.outstanding.withCents, t("bond_funds.with_ice_in_bonds")),
                 Components.stat(String(model.bonds.filter { $0.stage?.isOutstanding == true }.count), t("bond_funds.bonds_outstanding")),
                 Components.stat(model.balances.balance(.breachLosses).withCents, t("bond_funds.lost_to_breach"))),
            .p(Components.link(.fundReport(slug: slug, year: model.today.year), t("bond_funds.this_year_s_report")), .text(" · "),
               Components.link(.fundReport(slug: slug, year: model.today.year - 1), t("bond_funds.last_year_s_report"))),
            queues(model),
            bondsSection(model),
            .if(mayChange, forms(model)),
            obligorsSection(model),
            books(model))
    }

    static func queueTable(_ items: [FundQueues.Item], slug: String, dateLabel: String, daysLabel: String) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.text(t("bond_funds.none"))) :
        Components.scrollBox(.table(.class("data-table"),
            Components.headerRow(["#" + t("bond_funds.bond"), t("bond_funds.person"), t("bond_funds.stage"), "#" + t("bond_funds.amount"), dateLabel, "#" + daysLabel]),
            .tbody(.group(items.map { (item) -> Node<HTML.TableContext> in
                .tr(Components.numberCell(String(item.bond.id)),
                    .td(Components.link(.caseFile(slug: slug, id: item.bond.caseID), item.bond.personName)),
                    Components.textCell(item.bond.stage?.localizedLabel),
                    Components.numberCell(item.bond.amount?.description ?? "—"),
                    Components.textCell(Format.date(item.date)),
                    Components.numberCell(String(item.days)))
            }))))
    }

    static func queues(_ model: FundModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return Components.section(id: "queues", title: t("bond_funds.work_to_do"),
            .h3(.text(t("bond_funds.refunds_to_chase", ["days": Format.count(model.refundDays), "count": Format.count(model.queues.refundsToChase.count)]))),
            .form(.method(.get), .action(SiteURL.fund(slug: slug).path),
                  .div(.class("form-field"), .label(.for("refund-days"), .text(t("bond_funds.days_after_cancellation"))),
                       .input(.type(.number), .id("refund-days"), .name("refund-days"), .value(String(model.refundDays)),
                              .attribute(named: "min", value: "0"), .attribute(named: "max", value: "3650"))),
                  .button(.type(.submit), .text(t("bond_funds.show")))),
            queueTable(model.queues.refundsToChase, slug: slug, dateLabel: t("bond_funds.cancelled_on"), daysLabel: t("bond_funds.days_since")),
            .h3(.text(t("bond_funds.hearings_ahead", ["count": Format.count(model.queues.hearings.count)]))),
            queueTable(model.queues.hearings, slug: slug, dateLabel: t("bond_funds.hearing"), daysLabel: t("bond_funds.days_until")),
            .h3(.text(t("bond_funds.quiet", ["count": Format.count(model.queues.quiet.count)]))),
            queueTable(model.queues.quiet, slug: slug, dateLabel: t("bond_funds.last_news"), daysLabel: t("bond_funds.days_since")))
    }

    static func bondsSection(_ model: FundModel) -> Node<HTML.BodyContext> {
        let slug = model.organization.slug
        return Components.section(id: "bonds", title: t("bond_funds.bonds_count", ["count": Format.count(model.bonds.count)]),
            model.bonds.isEmpty ? .p(.text(t("bond_funds.no_bonds_yet"))) :
            Components.scrollBox(tall: true, .table(.class("data-table"),
                Components.headerRow(["#" + t("bond_funds.bond"), t("bond_funds.person"), t("bond_funds.stage"), "#" + t("bond_funds.amount"), t("bond_funds.posted"), "I-305", t("bond_funds.last_news")]),
                .tbody(.group(model.bonds.reversed().map { (bond) -> Node<HTML.TableContext> in
                    .tr(Components.numberCell(String(bond.id)),
                        .td(Components.link(.caseFile(slug: slug, id: bond.caseID), bond.personName)),
                        Components.textCell(bond.stage?.localizedLabel),
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
        let bondChoices = model.bonds.reversed().map { (String($0.id), t("bond_funds.bond_choice", ["id": String($0.id), "person": $0.personName, "stage": $0.stage?.localizedLabel ?? ""])) }
        return Components.section(id: "record", title: t("bond_funds.record"),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundSteps(slug: slug).path),
                  .h3(.text(t("bond_funds.a_bond_step"))),
                  .p(.class("muted small"), .text(t("bond_funds.steps_go_in_ice_s_order"))),
                  csrf(model),
                  field("step-stage", t("bond_funds.field_step_stage"), .select(.id("step-stage"), .attribute(named: "name", value: "stage"),
                                                      options(BondStage.allCases.map { ($0.rawValue, $0.localizedLabel) }))),
                  field("step-case", t("bond_funds.field_step_case"), .select(.id("step-case"), .attribute(named: "name", value: "case"),
                                                                         options([("", "—")] + model.cases.map { (String($0.id), $0.name) }))),
                  field("step-bond", t("bond_funds.field_step_bond"), .select(.id("step-bond"), .attribute(named: "name", value: "bond"),
                                                                            options([("", "—")] + bondChoices))),
                  field("step-date", t("bond_funds.field_step_date"), .input(.type(.date), .id("step-date"), .name("date"), .required(true),
                                                    .attribute(named: "max", value: model.today.iso))),
                  field("step-evidence", t("bond_funds.field_step_evidence"), text("step-evidence", "evidence", required: true)),
                  field("step-amount", t("bond_funds.field_step_amount"), text("step-amount", "amount")),
                  field("step-interest", t("bond_funds.field_step_interest"), text("step-interest", "interest")),
                  field("step-i352", t("bond_funds.field_step_i352"), text("step-i352", "i352")),
                  field("step-i305", t("bond_funds.field_step_i305"), text("step-i305", "i305")),
                  field("step-obligor", t("bond_funds.field_step_obligor"), .select(.id("step-obligor"), .attribute(named: "name", value: "obligor"),
                                                                   options([("", "—")] + model.obligors.map { (String($0.id), "\($0.name) (\($0.kind.localizedLabel))") }))),
                  field("step-payment", t("bond_funds.field_step_payment"), .select(.id("step-payment"), .attribute(named: "name", value: "payment"),
                                                                   options(PaymentMethod.allCases.map { ($0.rawValue, $0.localizedLabel) }))),
                  .button(.type(.submit), .text(t("bond_funds.record_the_step")))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundNotes(slug: slug).path),
                  .h3(.text(t("bond_funds.a_note_or_a_hearing"))),
                  csrf(model),
                  field("note-bond", t("bond_funds.field_note_bond"), .select(.id("note-bond"), .attribute(named: "name", value: "bond"), options(bondChoices))),
                  field("note-kind", t("bond_funds.field_note_kind"), .select(.id("note-kind"), .attribute(named: "name", value: "kind"),
                                                     options([("note", t("bond_funds.note_kind.note")), ("hearing", t("bond_funds.note_kind.hearing"))]))),
                  field("note-date", t("bond_funds.field_note_date"), .input(.type(.date), .id("note-date"), .name("date"), .required(true))),
                  field("note-text", t("bond_funds.field_note_text"), text("note-text", "text")),
                  .button(.type(.submit), .text(t("bond_funds.add")))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundIncome(slug: slug).path),
                  .h3(.text(t("bond_funds.money_in"))),
                  csrf(model),
                  field("income-kind", t("bond_funds.field_income_kind"), .select(.id("income-kind"), .attribute(named: "name", value: "kind"),
                                                       options([("donation", t("bond_funds.income_kind.donation")), ("grant", t("bond_funds.income_kind.grant"))]))),
                  field("income-amount", t("bond_funds.field_income_amount"), text("income-amount", "amount", required: true)),
                  field("income-date", t("bond_funds.field_income_date"), .input(.type(.date), .id("income-date"), .name("date"), .required(true))),
                  field("income-memo", t("bond_funds.field_income_memo"), text("income-memo", "memo")),
                  .button(.type(.submit), .text(t("bond_funds.book_it")))),
            .form(.class("event-form"), .method(.post), .action(SiteURL.fundObligors(slug: slug).path),
                  .h3(.text(t("bond_funds.an_obligor"))),
                  csrf(model),
                  field("obligor-name", t("bond_funds.field_obligor_name"), text("obligor-name", "name", required: true)),
                  field("obligor-kind", t("bond_funds.field_obligor_kind"), .select(.id("obligor-kind"), .attribute(named: "name", value: "kind"),
                                                        options(ObligorKind.allCases.map { ($0.rawValue, $0.localizedLabel) }))),
                  field("obligor-contact", t("bond_funds.field_obligor_contact"), text("obligor-contact", "contact")),
                  field("obligor-document", t("bond_funds.field_obligor_document"), text("obligor-document", "document")),
                  field("obligor-verified", t("bond_funds.field_obligor_verified"), .input(.type(.date), .id("obligor-verified"), .name("verified"))),
                  .button(.type(.submit), .text(t("bond_funds.add_the_obligor")))))
    }

    static func obligorsSection(_ model: FundModel) -> Node<HTML.BodyContext> {
        Components.section(id: "obligors", title: t("bond_funds.obligors_count", ["count": Format.count(model.obligors.count)]),
            model.obligors.isEmpty ? .p(.text(t("bond_funds.no_obligors_yet"))) :
            Components.scrollBox(.table(.class("data-table"),
                Components.headerRow(["#" + t("bond_funds.no"), t("bond_funds.name_2"), t("bond_funds.kind"), t("bond_funds.contact_2"), t("bond_funds.documents_verified")]),
                .tbody(.group(model.obligors.map { (o) -> Node<HTML.TableContext> in
                    .tr(Components.numberCell(String(o.id)), Components.textCell(o.name), Components.textCell(o.kind.localizedLabel),
                        Components.textCell(o.contact),
                        Components.textCell(o.documents.map { "\($0.title) (\(Format.date($0.verifiedOn)))" }.joined(separator: "; ")))
                })))))
    }

    static func books(_ model: FundModel) -> Node<HTML.BodyContext> {
        Components.section(id: "books", title: t("bond_funds.books"),
            .p(.class("muted small"), .text(t("bond_funds.double_entry_every_posting_moves_one"))),
            Components.scrollBox(.table(.class("data-table"),
                Components.headerRow([t("bond_funds.account"), "#" + t("bond_funds.balance")]),
                .tbody(.group(LedgerAccount.allCases.map { (account) -> Node<HTML.TableContext> in
                    .tr(Components.textCell(account.localizedLabel), Components.numberCell(model.balances.balance(account).withCents))
                })))))
    }
}
