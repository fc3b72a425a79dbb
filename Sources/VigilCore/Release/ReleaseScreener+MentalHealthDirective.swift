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
                CatalogueText("screener.vulnerability.mental_disorder"),
                CatalogueText("screener.mental_health.duties"),
            ], missing: [
                CatalogueText("screener.mental_health.evaluation"),
                CatalogueText("screener.mental_health.release_plan"),
            ])
        case false?:
            return rule.path(.notMet, because: [CatalogueText("screener.mental_health.none")], missing: [])
        case nil:
            return rule.path(.notMet, because: [CatalogueText("screener.mental_health.unknown")],
                             missing: [CatalogueText("screener.mental_health.question")])
        }
    }
}
