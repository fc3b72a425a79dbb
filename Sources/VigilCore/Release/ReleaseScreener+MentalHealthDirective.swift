/// ICE Directive 11063.2 (April 2022): people with a serious mental disorder or condition are
/// identified, monitored and tracked; the immigration court is told where competency is in
/// question; a safe release is planned before any transfer, release or removal.
///
/// It is not a release criterion that a ground can bar: it holds whatever the custody, so no
/// mandatory-detention ground blocks it.
extension ReleaseScreener {
    func mentalHealthDirectivePath(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> ScreeningPath {
        let rule = ScreeningRule.mentalHealthDirective
        if let reason = rule.notYetInForce(on: asOf) { return rule.path(.notMet, because: [reason], missing: []) }
        switch facts.seriousMentalDisorder {
        case true?:
            return rule.path(.meets, because: [
                "a serious mental disorder or condition",
                "ICE must monitor and track it, tell the immigration court where competency is in question, and plan a safe release before any transfer, release or removal",
            ], missing: [
                "a mental-health evaluation or treatment records documenting the disorder",
                "a release plan: treatment provider, medication, housing",
            ])
        case false?:
            return rule.path(.notMet, because: ["no serious mental disorder or condition"], missing: [])
        case nil:
            return rule.path(.notMet, because: ["not known whether the person has a serious mental disorder or condition"],
                             missing: ["whether the person has a serious mental disorder or condition (a mental-health screening)"])
        }
    }
}
