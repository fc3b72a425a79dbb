import Plot
import VigilCore

/// `/orgs`: a pure function of `OrganizationsModel`.
enum OrganizationsView {
    static func render(_ model: OrganizationsModel) -> HTML {
        Layout.page(
            title: t("organizations.organizations"),
            description: t("organizations.the_legal_teams_and_bond_funds"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("organizations.casework"))),
            .h1(.text(t("organizations.organizations"))),
            .p(.class("lede"), .text(t("organizations.cases_belong_to_one_organization_only"))),
            model.memberships.isEmpty
                ? .p(.text(t("organizations.you_are_not_a_member_of")))
                : .ul(.class("org-list"), .group(model.memberships.map { membership in
                    .li(Components.link(.organization(slug: membership.organization.slug), membership.organization.name),
                        .text(t("organizations.membership", ["kind": t("organizations.kind.\(membership.organization.kind.rawValue)"),
                                                              "role": t("organizations.role.\(membership.role.rawValue)").lowercased()])),
                        Components.link(.releaseQueue(slug: membership.organization.slug), t("organizations.release_queue_2")),
                        .if(membership.organization.kind == .bondFund,
                            .group(.text(" · "), Components.link(.fund(slug: membership.organization.slug), t("organizations.bond_fund")))))
                })),
            .unwrap(model.all) { all in
                .section(.id("all-organizations"),
                    .h2(.text(t("organizations.every_organization_vigil_admins"))),
                    .if(all.isEmpty, .p(.text(t("organizations.none_yet")))),
                    .ul(.group(all.map { organization in
                        .li(Components.link(.organization(slug: organization.slug), organization.name),
                            .text(" (\(organization.slug), \(t("organizations.kind.\(organization.kind.rawValue)").lowercased()))"))
                    })),
                    .h3(.text(t("organizations.add_an_organization"))),
                    .unwrap(model.problem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .form(.method(.post), .action(SiteURL.organizations.path),
                          .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                          .div(.class("form-field"), .label(.for("org-name"), .text(t("organizations.name"))),
                               .input(.type(.text), .id("org-name"), .name("name"), .required(true))),
                          .div(.class("form-field"), .label(.for("org-slug"), .text(t("organizations.slug_in_addresses_lower_case_letters"))),
                               .input(.type(.text), .id("org-slug"), .name("slug"), .required(true))),
                          .div(.class("form-field"), .label(.for("org-kind"), .text(t("organizations.kind"))),
                               .select(.id("org-kind"), .attribute(named: "name", value: "kind"),
                                       .group(OrganizationKind.allCases.map { kind in
                                           .element(named: "option", nodes: [.attribute(named: "value", value: kind.rawValue), .text(t("organizations.kind.\(kind.rawValue)"))])
                                       }))),
                          .button(.type(.submit), .text(t("organizations.add_the_organization")))))
            })
    }
}
