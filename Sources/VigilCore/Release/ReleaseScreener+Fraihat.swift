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
            ? "the preliminary injunction binds ICE on \(asOf.iso)"
            : "no longer binding on \(asOf.iso) (reversed \(ScreeningRule.fraihatReversed.iso)): a court-vetted triage list still used in custody requests"

        // subclass 1: each risk factor by name
        var factors: [String] = []
        var missing: [String] = []
        var unknown: [String] = []
        switch facts.age(on: asOf) {
        case let age? where age > 55:
            factors.append("over 55: \(age) years old on \(asOf.iso)")
            missing.append("proof of age (passport or birth certificate)")
        case let age?:
            unknown.append("\(age) years old on \(asOf.iso): not over 55")
        case nil:
            unknown.append("birth date not given, so age cannot be checked")
            missing.append("the person's date of birth")
        }
        if facts.pregnant == true {
            factors.append("pregnant")
            missing.append("medical confirmation of the pregnancy")
        }
        for (name, condition) in facts.fraihatConditions {
            factors.append("chronic condition: " + (name.lowercased() == condition.rawValue.lowercased() ? condition.rawValue : "\(name) (\(condition.rawValue))"))
            missing.append("medical records of the \(name) diagnosis and its treatment")
        }
        if facts.conditions == nil { missing.append("the person's chronic health conditions (medical records)") }
        let riskFactors = factors.isEmpty
            ? rule.path(.notMet, because: unknown + ["no risk factor given", standing], missing: missing)
            : rule.path(.meets, because: factors + [standing], missing: missing)

        // subclass 2: a disability, if it raises the risk of severe illness (a doctor says)
        let disability: ScreeningPath = switch facts.disability {
        case true?:
            ScreeningRule.fraihatDisability.path(.mayMeet, because: [
                "a disability: it counts if it raises the risk of severe illness, which a doctor must say", standing,
            ], missing: ["a doctor's letter on the disability and the risk of severe illness it brings"])
        case false?:
            ScreeningRule.fraihatDisability.path(.notMet, because: ["no disability", standing], missing: [])
        case nil:
            ScreeningRule.fraihatDisability.path(.notMet, because: ["not known whether the person has a disability", standing],
                                                 missing: ["whether the person has a disability (Rehabilitation Act section 504)"])
        }
        return [riskFactors, disability].map { MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: $0) }
    }
}
