import Foundation
import Plot
import VigilCore

/// `/orgs/{slug}/cases/new`, `/orgs/{slug}/cases/{id}/edit` and a refused POST: a pure function
/// of `CaseFormModel`. Each field is named as `CaseField` names it, like the CSV columns; a
/// refused field is marked `aria-invalid` and described by its message, right under it.
enum CaseFormView {
    enum Control { case text, date, futureDate, textarea, yesNo, custodyStatus }

    /// The form's sections and the control for each field.
    static let sections: [(String, [(CaseField, Control, String?)])] = [
        ("Person", [
            (.name, .text, nil),
            (.aNumber, .text, "Nine digits, e.g. A123-456-789."),
            (.birthDate, .date, nil),
            (.citizenship, .text, "As in the TPS designations, e.g. Venezuela."),
            (.languages, .text, "Separated by ;"),
            (.facility, .text, "The registry's DETLOC code (e.g. STWRTGA). A transfer is recorded as an event on the case page."),
            (.detainedOn, .date, nil),
        ]),
        ("Immigration case", [
            (.entryDate, .date, nil),
            (.entryManner, .text, "e.g. without inspection; B-2 visa, overstayed; at a port of entry."),
            (.continuouslyPresentSince, .date, "For TPS; blank means since entry."),
            (.court, .text, nil),
            (.nextHearing, .futureDate, nil),
            (.custodyStatus, .custodyStatus, nil),
            (.priorBond, .text, "Dollars, e.g. 1500."),
            (.counsel, .text, nil),
            (.arriving, .yesNo, nil),
            (.finalOrder, .yesNo, nil),
            (.criminal, .text, "One entry per conviction, felony or misdemeanor, separated by ; (blank if none)."),
        ]),
        ("Sponsor", [
            (.sponsorName, .text, nil),
            (.sponsorRelation, .text, nil),
            (.sponsorAddress, .textarea, nil),
            (.sponsorStatus, .text, "e.g. U.S. citizen, permanent resident."),
        ]),
        ("Health and vulnerability", [
            (.pregnant, .yesNo, nil),
            (.postpartumSince, .date, "The date of birth of the child, if within the past year."),
            (.nursing, .yesNo, nil),
            (.conditions, .text, "As the screening criteria name them, separated by ; e.g. diabetes; high blood pressure."),
            (.seriousMentalDisorder, .yesNo, nil),
            (.disability, .yesNo, nil),
            (.evidence, .textarea, "One document per line: fact | title | date | kept or missing, e.g. pregnant | Prenatal clinic letter | 2025-01-05 | kept"),
            (.medicalNotes, .textarea, "Encrypted at rest."),
            (.notes, .textarea, nil),
        ]),
    ]

    static func render(_ model: CaseFormModel) -> HTML {
        let slug = model.organization.slug
        let title = model.caseID == nil ? "Record a case" : "Edit case \(model.caseID!)"
        let action = model.caseID.map { SiteURL.caseFile(slug: slug, id: $0).path } ?? SiteURL.cases(slug: slug).path
        return Layout.page(
            title: title,
            description: "A case of \(model.organization.name).",
            chrome: model.chrome,
            .p(.class("eyebrow"), Components.link(.organization(slug: slug), model.organization.name)),
            .h1(.text(title)),
            .p(.class("lede"), .text("Only members of \(model.organization.name) see this case. The A-number, date of birth and medical notes are encrypted at rest.")),
            .unwrap(model.problems) { problems in
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text("Nothing was saved: \(problems.problems.count == 1 ? "one field needs" : "\(problems.problems.count) fields need") attention.")),
                     .ul(.group(problems.problems.map { problem in
                         .li(.a(.href("#\(problem.field.rawValue)"), .text(problem.field.label)), .text(": "), .text(problem.message))
                     })))
            },
            .form(.class("case-form"), .method(.post), .action(action),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  .group(sections.map { section in
                      .fieldset(.element(named: "legend", text: section.0),
                                .group(section.1.map { field(model, $0.0, $0.1, hint: $0.2) }))
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
            input = .input(.type(.checkbox), .id(name), .name(name), .value("yes"), .checked(checked), invalid, described)
        case .custodyStatus:
            let chosen = value.isEmpty ? CustodyStatus.detained.rawValue : value.lowercased()
            input = .select(.id(name), .attribute(named: "name", value: name),
                            .group(CustodyStatus.allCases.map { status in
                                .element(named: "option", nodes: [.attribute(named: "value", value: status.rawValue),
                                                                  status.rawValue == chosen ? .attribute(named: "selected") : .empty,
                                                                  .text(status.label)])
                            }))
        }
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(name), .text(field.label), .if(!field.isRequired, .span(.class("muted small"), .text(t("cases.optional"))))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(name)-problem"), .text($0.message)) },
            input,
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(name)-hint"), .text($0)) })
    }
}
