/// Fraihat v. ICE (C.D. Cal., 20 April 2020): subclass 1, the risk factors (over 55,
/// pregnant, each listed chronic condition), and subclass 2, a disability that raises the
/// risk of severe illness. Reversed on 20 October 2021, it binds no one since, but its list is
/// still the court-vetted triage used in custody requests, so its paths still count and say so.
extension ReleaseScreener {
    func fraihatPaths(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> [ScreeningPath] {
        let rule = ScreeningRule.fraihatRiskFactors
        if let reason = rule.notYetInForce(on: asOf) {
            return [rule.path(.notMet, because: [reason], missing: []),
                    ScreeningRule.fraihatDisability.path(.notMet, because: [reason], missing: [])]
        }
        let standing = asOf < ScreeningRule.fraihatReversed
            ? CatalogueText("screener.fraihat.binding", ["date": asOf.iso])
            : CatalogueText("screener.fraihat.reversed", ["date": asOf.iso, "reversed": ScreeningRule.fraihatReversed.iso])

        // subclass 1: each risk factor by name
        var factors: [CatalogueText] = []
        var missing: [CatalogueText] = []
        var unknown: [CatalogueText] = []
        switch facts.age(on: asOf) {
        case let age? where age > 55:
            factors.append(CatalogueText("screener.fraihat.over_55", ["age": String(age), "date": asOf.iso]))
            missing.append(CatalogueText("screener.fraihat.proof_of_age"))
        case let age?:
            unknown.append(CatalogueText("screener.fraihat.not_over_55", ["age": String(age), "date": asOf.iso]))
        case nil:
            unknown.append(CatalogueText("screener.fraihat.no_birth_date"))
            missing.append(CatalogueText("screener.date_of_birth"))
        }
        if facts.pregnant == true {
            factors.append(Self.pregnantText)
            missing.append(CatalogueText("screener.fraihat.pregnancy_confirmation"))
        }
        for (name, condition) in facts.fraihatConditions {
            let named = name.lowercased() == condition.rawValue.lowercased() ? condition.rawValue : "\(name) (\(condition.rawValue))"
            factors.append(CatalogueText("screener.fraihat.chronic_condition", ["condition": named]))
            missing.append(CatalogueText("screener.fraihat.medical_records", ["condition": name]))
        }
        if facts.conditions == nil { missing.append(CatalogueText("screener.fraihat.conditions_unknown")) }
        let riskFactors = factors.isEmpty
            ? rule.path(.notMet, because: unknown + [CatalogueText("screener.fraihat.no_risk_factor"), standing], missing: missing)
            : rule.path(.meets, because: factors + [standing], missing: missing)

        // subclass 2: a disability, if it raises the risk of severe illness (a doctor says)
        let disability: ScreeningPath = switch facts.disability {
        case true?:
            ScreeningRule.fraihatDisability.path(.mayMeet, because: [
                CatalogueText("screener.fraihat.disability"), standing,
            ], missing: [CatalogueText("screener.fraihat.disability_letter")])
        case false?:
            ScreeningRule.fraihatDisability.path(.notMet, because: [CatalogueText("screener.fraihat.no_disability"), standing], missing: [])
        case nil:
            ScreeningRule.fraihatDisability.path(.notMet, because: [CatalogueText("screener.fraihat.disability_unknown"), standing],
                                                 missing: [CatalogueText("screener.fraihat.disability_question")])
        }
        return [riskFactors, disability].map { MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: $0) }
    }
}
