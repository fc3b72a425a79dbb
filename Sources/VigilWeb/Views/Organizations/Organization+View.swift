import Plot
import VigilCore
import VigilStore

/// `/orgs/{slug}`: a pure function of `OrganizationModel`.
enum OrganizationView {
    static func render(_ model: OrganizationModel) -> HTML {
        let slug = model.organization.slug
        return Layout.page(
            title: model.organization.name,
            description: t("organizations.cases_and_members_of", ["organization": model.organization.name]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("organizations.casework_kind", ["kind": t("organizations.kind.\(model.organization.kind.rawValue)")]))),
            .h1(.text(model.organization.name)),
            .if(model.access == .breakGlass,
                .p(.class("form-problem"), .attribute(named: "role", value: "note"),
                   .text(t("organizations.break_glass_access_you_are_reading")))),
            .unwrap(model.problem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(model.cases) { cases in
                .section(.id("cases"),
                    .h2(.text(t("organizations.cases"))),
                    .p(.if(model.access.mayChangeCases, .group(Components.link(.newCase(slug: slug), t("organizations.record_a_case")), .text(" · "))),
                       Components.link(.releaseQueue(slug: slug), t("organizations.release_queue")),
                       .if(model.organization.kind == .bondFund, .group(.text(" · "), Components.link(.fund(slug: slug), t("organizations.bond_fund_books"))))),
                    cases.isEmpty ? .p(.text(t("organizations.no_cases_yet"))) :
                    Components.scrollBox(.table(.class("data-table"),
                        Components.headerRow([t("organizations.case"), t("organizations.name"), t("organizations.facility"), t("organizations.detained"), t("organizations.status"), t("organizations.next_hearing")]),
                        .tbody(.group(cases.map { stored in
                            .tr(.class("case-row"),
                                Components.textCell("#\(stored.id)"),
                                .td(Components.link(.caseFile(slug: slug, id: stored.id), stored.file.name),
                                    .if(stored.synthetic, .span(.class("muted small"), .text(t("organizations.synthetic"))))),
                                Components.textCell(stored.facilityName ?? stored.file.facility),
                                Components.textCell(t("cases.date_and_days", count: stored.file.daysDetained(asOf: model.today), ["date": Format.date(stored.file.detainedOn)])),
                                Components.textCell(t("cases.custody_status.\(stored.file.custodyStatus.rawValue)")),
                                Components.textCell(stored.file.nextHearing.map(Format.date)))
                        })))))
            },
            .if(model.access == .adminWithoutGrant,
                .section(.id("break-glass"),
                    .h2(.text(t("organizations.break_the_glass"))),
                    .p(.text(t("organizations.break_the_glass_explained", ["minutes": String(Organizations.grantMinutes)]))),
                    .form(.method(.post), .action(SiteURL.breakGlass(slug: slug).path),
                          .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                          .div(.class("form-field"), .label(.for("reason"), .text(t("organizations.reason"))),
                               .textarea(.id("reason"), .name("reason"), .rows(3), .required(true))),
                          .button(.type(.submit), .text(t("organizations.break_the_glass_and_read_the")))))),
            .section(.id("members"),
                .h2(.text(t("organizations.members"))),
                .ul(.group(model.members.map { member in
                    .li(.text(member.email + " — " + t("organizations.role.\(member.role.rawValue)")))
                })),
                .if(model.managesMembers,
                    .form(.method(.post), .action(SiteURL.organizationMembers(slug: slug).path),
                          .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                          .div(.class("form-field"), .label(.for("member-email"), .text(t("organizations.email_of_an_existing_account"))),
                               .input(.type(.email), .id("member-email"), .name("email"), .required(true))),
                          .div(.class("form-field"), .label(.for("member-role"), .text(t("organizations.role"))),
                               .select(.id("member-role"), .attribute(named: "name", value: "role"),
                                       .group(OrganizationRole.allCases.map { role in
                                           .element(named: "option", nodes: [.attribute(named: "value", value: role.rawValue), .text(t("organizations.role.\(role.rawValue)"))])
                                       }))),
                          .button(.type(.submit), .text(t("organizations.add_or_change_the_member")))))))
    }
}
