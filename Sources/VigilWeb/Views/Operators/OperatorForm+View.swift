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
            .p(.class("eyebrow"), .text("Operators")),
            .h1(.text("Add a cited operator record")),
            .p(.class("lede"), .text("For "), Components.link(.facility(FacilityKey(rawValue: f.code)), f.name), .text(" ("), .code(.text(f.code)),
               .text("). Records are added, never overwritten: the facility keeps every record with its date and citation.")),
            .if(!model.problems.isEmpty,
                .div(.class("form-problem"), .attribute(named: "role", value: "alert"),
                     .p(.text("Nothing was saved: \(model.problems.count == 1 ? "one field needs" : "\(model.problems.count) fields need") attention.")),
                     .ul(.group(model.problems.map { p in
                         .li(.a(.href("#\(p.field.rawValue)"), .text(p.field.label)), .text(": "), .text(p.message))
                     })))),
            .form(.class("operator-form"), .method(.post), .action(SiteURL.operatorRecords(model.key).path),
                  .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(Escape.attribute(model.csrfToken))),
                  field(.asOfDate, model, type: .date, hint: "The date the source speaks for."),
                  field(.operatorName, model, type: .text, hint: "Who runs it day to day, as the source names it (e.g. GEO Group, CoreCivic, Butler County Sheriff)."),
                  field(.owner, model, type: .text, hint: nil),
                  field(.contractType, model, type: .text, hint: nil),
                  field(.capacity, model, type: .text, hint: nil),
                  field(.guaranteedMinimum, model, type: .text, hint: nil),
                  field(.citation, model, type: .text, hint: "Required: the document, page or contract, precise enough for someone else to check."),
                  .button(.type(.submit), .text("Add the record"))))
    }

    static func field(_ field: OperatorRecordDraft.Field, _ model: OperatorFormModel, type: HTMLInputType, hint: String?) -> Node<HTML.FormContext> {
        let problem = model.problem(field)
        return .div(.class(problem == nil ? "form-field" : "form-field has-problem"),
            .label(.for(field.rawValue), .text(field.label), .if(!field.isRequired, .span(.class("muted small"), .text(" (optional)")))),
            .unwrap(problem) { .p(.class("field-problem"), .id("\(field.rawValue)-problem"), .text($0.message)) },
            .input(.type(type), .id(field.rawValue), .name(field.rawValue), .value(Escape.attribute(model.draft[field])),
                   .required(field.isRequired), .attribute(named: "maxlength", value: String(OperatorRecordDraft.maxTextLength)),
                   .attribute(named: "aria-invalid", value: problem == nil ? "false" : "true"),
                   .attribute(named: "aria-describedby", value: "\(field.rawValue)-problem \(field.rawValue)-hint")),
            .unwrap(hint) { .p(.class("field-hint muted small"), .id("\(field.rawValue)-hint"), .text($0)) })
    }
}
