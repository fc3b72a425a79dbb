import Plot
import VigilCore
import VigilStore

/// `/incidents/new` and a refused `POST /incidents`: a pure function of `IncidentFormModel`.
///
/// Each field is named as `IncidentField` names it. A refused field is marked `aria-invalid`
/// and described by its message, which sits right under it.
enum IncidentFormView {
    static func render(_ model: IncidentFormModel) -> HTML {
        Layout.page(
            title: t("incidents.record_an_incident"),
            description: t("incidents.record_a_documented_incident_inside_a"),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("incidents.documented_conditions"))),
            .h1(.text(t("incidents.record_an_incident"))),
            .unwrap(model.facility) { facility in
                .p(.class("lede"), .text(t("incidents.at_2")), Components.link(.facility(FacilityKey(rawValue: facility.key)), facility.name), .text("."))
            },
            .unwrap(model.problems) { problems in
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text(t("problem.summary", count: problems.problems.count))),
                     .ul(.group(problems.problems.map { problem in
                         .li(.a(.href("#\(problem.field.rawValue)"), .text(problem.field.localizedLabel)), .text(": "), .text(problem.reason.localizedMessage))
                     })))
            },
            .form(.class("incident-form"), .method(.post), .action(SiteURL.incidents().path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  field(.facility, model, hint: t("incidents.a_registry_detloc_code_e_g"),
                        .input(.type(.text), .id(IncidentField.facility.rawValue), .name(IncidentField.facility.rawValue),
                               .value(Escape.attribute(model.draft.facility)), .required(true),
                               .attribute(named: "maxlength", value: String(IncidentRules.maxShortTextLength)),
                               described(.facility), invalid(.facility, model))),
                  field(.occurredOn, model, hint: t("incidents.the_day_it_happened_or_began"),
                        .input(.type(.date), .id(IncidentField.occurredOn.rawValue), .name(IncidentField.occurredOn.rawValue),
                               .value(Escape.attribute(model.draft.occurredOn)), .required(true),
                               .attribute(named: "min", value: IncidentRules.earliestDate.iso),
                               .attribute(named: "max", value: model.today.iso), described(.occurredOn), invalid(.occurredOn, model))),
                  field(.category, model, hint: nil,
                        select(.category, model, options: IncidentCategory.allCases.map { ($0.rawValue, $0.localizedLabel) }, prompt: t("incidents.choose_a_category"))),
                  field(.status, model, hint: t("incidents.alleged_reported_not_yet_confirmed_corroborated"),
                        select(.status, model, options: IncidentStatus.allCases.map { ($0.rawValue, $0.localizedLabel) }, prompt: nil)),
                  visibilityField(model),
                  field(.description, model, hint: t("incidents.description_hint", ["max": Format.count(IncidentRules.maxDescriptionLength)]),
                        .textarea(.id(IncidentField.description.rawValue), .name(IncidentField.description.rawValue), .rows(8),
                                  .required(true), .attribute(named: "maxlength", value: String(IncidentRules.maxDescriptionLength)),
                                  .if(model.problems?.problem(with: .description) != nil, .attribute(named: "aria-invalid", value: "true")),
                                  .attribute(named: "aria-describedby", value: "description-problem description-hint"),
                                  .text(model.draft.description))),
                  field(.sourceTitle, model, hint: t("incidents.the_document_report_or_page_e"),
                        .input(.type(.text), .id(IncidentField.sourceTitle.rawValue), .name(IncidentField.sourceTitle.rawValue),
                               .value(Escape.attribute(model.draft.sourceTitle)), .required(true),
                               .attribute(named: "maxlength", value: String(IncidentRules.maxShortTextLength)), described(.sourceTitle), invalid(.sourceTitle, model))),
                  field(.sourceURL, model, hint: t("incidents.optional_an_http_or_https_address"),
                        .input(.type(.url), .id(IncidentField.sourceURL.rawValue), .name(IncidentField.sourceURL.rawValue),
                               .value(Escape.attribute(model.draft.sourceURL)),
                               .attribute(named: "maxlength", value: String(IncidentRules.maxURLLength)), described(.sourceURL), invalid(.sourceURL, model))),
                  field(.documentedBy, model, hint: t("incidents.the_person_or_organisation_that_documented"),
                        .input(.type(.text), .id(IncidentField.documentedBy.rawValue), .name(IncidentField.documentedBy.rawValue),
                               .value(Escape.attribute(model.draft.documentedBy)), .required(true),
                               .attribute(named: "maxlength", value: String(IncidentRules.maxShortTextLength)), described(.documentedBy), invalid(.documentedBy, model))),
                  .button(.type(.submit), .text(t("incidents.record_the_incident")))))
    }

    /// How the visibility choices read on forms.
    static func visibilityLabel(_ visibility: IncidentVisibility) -> String {
        switch visibility {
        case .internal: t("incidents.visibility_internal_choice")
        case .public: t("incidents.visibility_public_choice")
        }
    }

    /// A labelled field with its hint and, when refused, its problem.
    static func field(_ field: IncidentField, _ model: IncidentFormModel, hint: String?, _ control: Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let problem = model.problems?.problem(with: field)
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(field.rawValue), .text(field.localizedLabel), .if(field.isOptional, .span(.class("muted small"), .text(t("incidents.optional"))))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(field.rawValue)-problem"), .text($0.reason.localizedMessage)) },
            control,
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(field.rawValue)-hint"), .text($0)) })
    }

    /// `aria-invalid` on an input, true when the field was refused.
    static func invalid(_ field: IncidentField, _ model: IncidentFormModel) -> Attribute<HTML.InputContext> {
        .attribute(named: "aria-invalid", value: model.problems?.problem(with: field) == nil ? "false" : "true")
    }

    /// Ties an input to its problem and hint (ids that are absent are ignored by assistive technology).
    static func described(_ field: IncidentField) -> Attribute<HTML.InputContext> {
        .attribute(named: "aria-describedby", value: "\(field.rawValue)-problem \(field.rawValue)-hint")
    }

    static func select(_ field: IncidentField, _ model: IncidentFormModel, options: [(value: String, label: String)], prompt: String?) -> Node<HTML.FormContext> {
        let chosen = model.draft[field].lowercased()
        return .select(.id(field.rawValue), .attribute(named: "name", value: field.rawValue), .attribute(named: "required"),
                       .if(model.problems?.problem(with: field) != nil, .attribute(named: "aria-invalid", value: "true")),
                       .unwrap(prompt) { .element(named: "option", nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text($0)]) },
                       .group(options.map { option in
                           .element(named: "option", nodes: [.attribute(named: "value", value: Escape.attribute(option.value)),
                                                             option.value == chosen ? .attribute(named: "selected") : .empty,
                                                             .text(option.label)])
                       }))
    }

    /// Public or internal, as radio buttons; internal unless the editor chose public.
    static func visibilityField(_ model: IncidentFormModel) -> Node<HTML.FormContext> {
        let chosen = IncidentVisibility(rawValue: model.draft.visibility.lowercased()) ?? .safeDefault
        let problem = model.problems?.problem(with: .visibility)
        return .fieldset(.class(problem == nil ? "form-field" : "form-field has-problem"), .id(IncidentField.visibility.rawValue),
            .element(named: "legend", text: IncidentField.visibility.localizedLabel),
            .unwrap(problem) { .p(.class("field-problem"), .text($0.reason.localizedMessage)) },
            .group(IncidentVisibility.allCases.reversed().map { visibility in
                .label(.class("choice"),
                       .input(.type(.radio), .name(IncidentField.visibility.rawValue), .value(visibility.rawValue), .checked(visibility == chosen)),
                       .text(" " + visibilityLabel(visibility)))
            }))
    }
}
