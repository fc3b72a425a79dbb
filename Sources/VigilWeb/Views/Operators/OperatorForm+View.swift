import Plot
import VigilCore
import VigilStore

/// `/facilities/{key}/operators/new` and a refused POST: a pure function of `OperatorFormModel`.
enum OperatorFormView {
    static func render(_ model: OperatorFormModel) -> HTML {
        let f = model.facility
        return Layout.page(
            title: "Add an operator record: \(f.name)",
            description: "Add a dated, cited operator record for \(f.name) (\(f.code)).",
            chrome: model.chrome,
            .p(.class("eyebrow"), .text(t("operators.operators"))),
            .h1(.text(t("operators.add_a_cited_operator_record"))),
            .p(.class("lede"), .text(t("operators.for")), Components.link(.facility(FacilityKey(rawValue: f.code)), f.name), .text(" ("), .code(.text(f.code)),
               .text(t("operators.records_are_added_never_overwritten_the"))),
            .if(!model.problems.isEmpty,
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text("Nothing was saved: \(model.problems.count == 1 ? "one field needs" : "\(model.problems.count) fields need") attention.")),
                     .ul(.group(model.problems.map { p in
                         .li(.a(.href("#\(p.field.rawValue)"), .text(p.field.label)), .text(": "), .text(p.message))
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

    static func field(_ field: OperatorRecordDraft.Field, _ model: OperatorFormModel, type: HTMLInputType, hint: String?) -> Node<HTML.FormContext> {
        let problem = model.problem(field)
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(field.rawValue), .text(field.label), .if(!field.isRequired, .span(.class("muted small"), .text(t("operators.optional"))))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(field.rawValue)-problem"), .text($0.message)) },
            .input(.type(type), .id(field.rawValue), .name(field.rawValue), .value(Escape.attribute(model.draft[field])),
                   .required(field.isRequired), .attribute(named: "maxlength", value: String(OperatorRecordDraft.maxTextLength)),
                   .attribute(named: "aria-invalid", value: problem == nil ? "false" : "true"),
                   .attribute(named: "aria-describedby", value: "\(field.rawValue)-problem \(field.rawValue)-hint")),
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(field.rawValue)-hint"), .text($0)) })
    }
}
