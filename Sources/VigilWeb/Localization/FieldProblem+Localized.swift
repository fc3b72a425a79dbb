import VigilCore

/// A form's field as its page names it in the sentence of a refusal, in the page's language.
protocol LocalizedFieldName {
    var localizedName: String { get }
}

extension FieldProblem where Field: LocalizedFieldName {
    /// "date: …": the field and why, in the page's language.
    var localizedText: String { field.localizedName + ": " + reason.localizedMessage }
}

extension CustodyEventDraft.Field: LocalizedFieldName {
    var localizedName: String { t("cases.event_field." + rawValue) }
}

extension BondStepDraft.Field: LocalizedFieldName {
    var localizedName: String { t("bond_funds.problem_field." + rawValue) }
}
