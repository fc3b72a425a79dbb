import Plot
import VigilCore

/// `/orgs`: a pure function of `OrganizationsModel`.
enum OrganizationsView {
    static func render(_ model: OrganizationsModel) -> HTML {
        Layout.page(
            title: "Organizations",
            description: "The legal teams and bond funds whose cases you work on.",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text("Casework")),
            .h1(.text("Organizations")),
            .p(.class("lede"), .text("Cases belong to one organization. Only its members see them; every read and change is in the audit log.")),
            model.memberships.isEmpty
                ? .p(.text("You are not a member of any organization. An organization's admin or a Vigil admin can add you."))
                : .ul(.class("org-list"), .group(model.memberships.map { membership in
                    .li(Components.link(.organization(slug: membership.organization.slug), membership.organization.name),
                        .text(" — \(membership.organization.kind.label), you are \(membership.role.label.lowercased()) · "),
                        Components.link(.releaseQueue(slug: membership.organization.slug), "release queue"),
                        .if(membership.organization.kind == .bondFund,
                            .group(.text(" · "), Components.link(.fund(slug: membership.organization.slug), "bond fund"))))
                })),
            .unwrap(model.all) { all in
                .section(.id("all-organizations"),
                    .h2(.text("Every organization (Vigil admins)")),
                    .if(all.isEmpty, .p(.text("None yet."))),
                    .ul(.group(all.map { organization in
                        .li(Components.link(.organization(slug: organization.slug), organization.name),
                            .text(" (\(organization.slug), \(organization.kind.label.lowercased()))"))
                    })),
                    .h3(.text("Add an organization")),
                    .unwrap(model.problem) { .p(.class("form-problem"), .attribute(named: "role", value: "alert"), .text($0)) },
                    .form(.method(.post), .action(SiteURL.organizations.path),
                          .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                          .div(.class("form-field"), .label(.for("org-name"), .text("Name")),
                               .input(.type(.text), .id("org-name"), .name("name"), .required(true))),
                          .div(.class("form-field"), .label(.for("org-slug"), .text("Slug (in addresses: lower-case letters, digits, dashes)")),
                               .input(.type(.text), .id("org-slug"), .name("slug"), .required(true))),
                          .div(.class("form-field"), .label(.for("org-kind"), .text("Kind")),
                               .select(.id("org-kind"), .attribute(named: "name", value: "kind"),
                                       .group(OrganizationKind.allCases.map { kind in
                                           .element(named: "option", nodes: [.attribute(named: "value", value: kind.rawValue), .text(kind.label)])
                                       }))),
                          .button(.type(.submit), .text("Add the organization"))))
            })
    }
}
