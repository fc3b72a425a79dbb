import VigilCore

extension CustodyEventProblem {
    /// "date: …": the field and why, in the page's language.
    var localizedText: String { t("cases.event_field." + field.rawValue) + ": " + reason.localizedMessage }
}

extension BondStepProblem {
    /// "amount: …": the field and why, in the page's language.
    var localizedText: String { t("bond_funds.problem_field." + field.rawValue) + ": " + reason.localizedMessage }
}
