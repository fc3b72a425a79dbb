import Plot
import VigilCore
import VigilStore

/// `/facilities/{key}/operators/new` and a refused POST: a pure function of `OperatorFormModel`.
enum OperatorFormView {
    static func render(_ model: OperatorFormModel) -> HTML {
        let f = model.facility
        return Layout.page(
            title: t("operators.page_title", ["name": f.name]),
            description: t("operators.description", ["name": f.name, "code": f.code]),
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("operators.operators"))),
            .h1(.text(t("operators.add_a_cited_operator_record"))),
            .p(.class("lede"), .text(t("operators.for")), Components.link(.facility(FacilityKey(rawValue: f.code)), f.name), .text(" ("), .code(.text(f.code)),
               .text(t("operators.records_are_added_never_overwritten_the"))),
            .if(!model.problems.isEmpty,
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text(t("operators.nothing_was_saved", count: model.problems.count))),
                     .ul(.group(model.problems.map { p in
                         .li(.a(.href("#\(p.field.rawValue)"), .text(label(p.field))), .text(": "), .text(message(p)))
                     })))),
            .form(.class("operator-form"), .method(.post), .action(SiteURL.operatorRecords(model.key).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  field(.asOfDate, model, type: .date, hint: t("operators.the_date_the_source_speaks_for")),
                  field(.operatorName, model, type: .text, hint: t("operators.who_runs_it_day_to_day")),
                  field(.owner, model, type: .text, hint: nil),
                  field(.contractType, model, type: .text, hint: nil),
                  field(.capacity, model, type: .text, hint: nil),
                  field(.guaranteedMinimum, model, type: .text, hint: nil),
                  field(.citation, model, type: .text, hint: t("operators.required_the_document_page_or_contract")),
                  .button(.type(.submit), .text(t("operators.add_the_record")))))
    }

    /// The field's name on the page (`Field.label` stays English for the CSV reader's errors).
    static func label(_ field: OperatorRecordDraft.Field) -> String {
        t("operators.field.\(field.rawValue)")
    }

    /// What is wrong with a field, in the page's language.
    static func message(_ problem: OperatorRecordDraft.Problem) -> String {
        switch problem.reason {
        case .blank: t("operators.problem_blank")
        case .noCitation: t("operators.problem_no_citation")
        case .tooLong(let characters):
            t("operators.problem_too_long", ["count": Format.count(characters), "limit": Format.count(OperatorRecordDraft.maxTextLength)])
        case .notANumber(let value): t("operators.problem_not_a_number", ["value": value])
        case .notADate: t("operators.problem_not_a_date")
        }
    }

    static func field(_ field: OperatorRecordDraft.Field, _ model: OperatorFormModel, type: HTMLInputType, hint: String?) -> Node<HTML.FormContext> {
        let problem = model.problem(field)
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(field.rawValue), .text(label(field)), .if(!field.isRequired, .span(.class("muted small"), .text(t("operators.optional"))))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(field.rawValue)-problem"), .text(message($0))) },
            .input(.type(type), .id(field.rawValue), .name(field.rawValue), .value(Escape.attribute(model.draft[field])),
                   .required(field.isRequired), .attribute(named: "maxlength", value: String(OperatorRecordDraft.maxTextLength)),
                   .attribute(named: "aria-invalid", value: problem == nil ? "false" : "true"),
                   .attribute(named: "aria-describedby", value: "\(field.rawValue)-problem \(field.rawValue)-hint")),
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(field.rawValue)-hint"), .text($0)) })
    }
}
