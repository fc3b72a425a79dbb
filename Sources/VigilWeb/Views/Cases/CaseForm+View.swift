import Foundation
import Plot
import VigilCore

/// `/orgs/{slug}/cases/new`, `/orgs/{slug}/cases/{id}/edit` and a refused POST: a pure function
/// of `CaseFormModel`. Each field is named as `CaseField` names it, like the CSV columns; a
/// refused field is marked `aria-invalid` and described by its message, right under it.
enum CaseFormView {
    enum Control { case text, date, futureDate, textarea, yesNo, custodyStatus }

    /// The form's sections (`cases.<section>` keys) and the control for each field, and whether it has a
    /// hint (`cases.hint.<field>`).
    static let sections: [(String, [(CaseField, Control, Bool)])] = [
        ("person", [
            (.name, .text, false),
            (.aNumber, .text, true),
            (.birthDate, .date, false),
            (.citizenship, .text, true),
            (.languages, .text, true),
            (.facility, .text, true),
            (.detainedOn, .date, false),
        ]),
        ("immigration_case", [
            (.entryDate, .date, false),
            (.entryManner, .text, true),
            (.continuouslyPresentSince, .date, true),
            (.court, .text, false),
            (.nextHearing, .futureDate, false),
            (.custodyStatus, .custodyStatus, false),
            (.priorBond, .text, true),
            (.counsel, .text, false),
            (.arriving, .yesNo, false),
            (.finalOrder, .yesNo, false),
            (.criminal, .text, true),
        ]),
        ("sponsor", [
            (.sponsorName, .text, false),
            (.sponsorRelation, .text, false),
            (.sponsorAddress, .textarea, false),
            (.sponsorStatus, .text, true),
        ]),
        ("health_and_vulnerability", [
            (.pregnant, .yesNo, false),
            (.postpartumSince, .date, true),
            (.nursing, .yesNo, false),
            (.conditions, .text, true),
            (.seriousMentalDisorder, .yesNo, false),
            (.disability, .yesNo, false),
            (.evidence, .textarea, true),
            (.medicalNotes, .textarea, true),
            (.notes, .textarea, false),
        ]),
    ]

    static func render(_ model: CaseFormModel) -> HTML {
        let slug = model.organization.slug
        let title = model.caseID.map { t("cases.edit_case", ["id": String($0)]) } ?? t("cases.record_a_case")
        let action = model.caseID.map { SiteURL.caseFile(slug: slug, id: $0).path } ?? SiteURL.cases(slug: slug).path
        return Layout.page(
            title: title,
            description: t("cases.a_case_of", ["organization": model.organization.name]),
            chrome: model.chrome,
            .p(.class("eyebrow"), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(title)),
            .p(.class("lede"), .text(t("cases.only_members_see", ["organization": model.organization.name]))),
            .unwrap(model.problems) { problems in
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text(t("cases.nothing_was_saved_fields", count: problems.problems.count))),
                     .ul(.group(problems.problems.map { problem in
                         .li(.a(.href("#\(problem.field.rawValue)"), .text(t("cases.field.\(problem.field.rawValue)"))), .text(": "), .text(problem.reason.localizedMessage))
                     })))
            },
            .form(.class("case-form"), .method(.post), .action(action),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  .group(sections.map { section in
                      .fieldset(.element(named: "legend", text: t("cases.\(section.0)")),
                                .group(section.1.map { field(model, $0.0, $0.1, hint: $0.2 ? t("cases.hint.\($0.0.rawValue)") : nil) }))
                  }),
                  .button(.type(.submit), .text(model.caseID == nil ? t("cases.record_the_case") : t("cases.save_the_case")))))
    }

    static func field(_ model: CaseFormModel, _ field: CaseField, _ control: Control, hint: String?) -> Node<HTML.FormContext> {
        let problem = model.problems?.problem(with: field)
        let name = field.rawValue
        let value = model.draft[field]
        let invalid = Attribute<HTML.InputContext>.attribute(named: "aria-invalid", value: problem == nil ? "false" : "true")
        let described = Attribute<HTML.InputContext>.attribute(named: "aria-describedby", value: "\(name)-problem \(name)-hint")
        let input: Node<HTML.FormContext>
        switch control {
        case .text:
            input = .input(.type(.text), .id(name), .name(name), .value(Escape.attribute(value)), .required(field.isRequired),
                           .attribute(named: "maxlength", value: String(CaseRules.maxShortTextLength)), invalid, described)
        case .date, .futureDate:
            input = .input(.type(.date), .id(name), .name(name), .value(Escape.attribute(value)), .required(field.isRequired),
                           .unwrap(control == .date ? model.today.iso : nil) { .attribute(named: "max", value: $0) }, invalid, described)
        case .textarea:
            input = .textarea(.id(name), .name(name), .rows(4), .attribute(named: "maxlength", value: String(CaseRules.maxLongTextLength)),
                              .if(problem != nil, .attribute(named: "aria-invalid", value: "true")),
                              .attribute(named: "aria-describedby", value: "\(name)-problem \(name)-hint"), .text(value))
        case .yesNo:
            let checked = ["yes", "y", "true", "1", "on", "sí", "si", "x"].contains(value.trimmingCharacters(in: .whitespaces).lowercased())
            // A check box sits inside its label, so the whole line is the tap target.
            return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
                .unwrap(problem) { .p(.class("field-problem"), .id("\(name)-problem"), .text($0.message)) },
                .label(.class("choice"),
                       .input(.type(.checkbox), .id(name), .name(name), .value("yes"), .checked(checked), invalid, described),
                       .text(t("cases.field.\(field.rawValue)")),
                       .if(!field.isRequired, .span(.class("muted small"), .text(t("cases.optional"))))),
                .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(name)-hint"), .text($0)) })
        case .custodyStatus:
            let chosen = value.isEmpty ? CustodyStatus.detained.rawValue : value.lowercased()
            input = .select(.id(name), .attribute(named: "name", value: name),
                            .group(CustodyStatus.allCases.map { status in
                                .element(named: "option", nodes: [.attribute(named: "value", value: status.rawValue),
                                                                  status.rawValue == chosen ? .attribute(named: "selected") : .empty,
                                                                  .text(t("cases.custody_status.\(status.rawValue)"))])
                            }))
        }
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(name), .text(t("cases.field.\(field.rawValue)")), .if(!field.isRequired, .span(.class("muted small"), .text(t("cases.optional"))))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(name)-problem"), .text($0.reason.localizedMessage)) },
            input,
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(name)-hint"), .text($0)) })
    }
}
