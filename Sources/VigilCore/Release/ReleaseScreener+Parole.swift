/// 8 CFR 212.5(b): parole by ICE, one path for each of the five groups it names.
///
/// 212.5(b) is written for people detained on arrival, so a group the facts fit `meets` only
/// for an arriving person; for anyone else (or when arrival is not known) it is `may-meet`:
/// the same facts support release on recognizance or bond under INA 236(a), which a lawyer
/// chooses. Every group also needs the person to present no security risk and no risk of
/// absconding, shown by the 212.5(d) conditions: those are always evidence to gather.
extension ReleaseScreener {
    func parolePaths(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> [ScreeningPath] {
        let vulnerabilities = Self.vulnerabilities(facts, asOf: asOf)
        var paths: [ScreeningPath] = []

        // (1) serious medical conditions: a doctor says whether detention is appropriate
        var medical = vulnerabilities.medical
        if facts.pregnant == true { medical.removeAll { $0 == Self.pregnantText } }
        paths.append(medical.isEmpty
            ? Self.paroleGroup(.paroleMedical, .notMet, because: [CatalogueText("screener.parole.no_medical_condition")], missing: [], facts: facts)
            : Self.paroleGroup(.paroleMedical, .mayMeet, because: [CatalogueText(key: "screener.parole.medical_facts", arguments: ["facts": .list(medical, separator: "; ")]),
                                                                   CatalogueText("screener.parole.medical_judgement")],
                               missing: [CatalogueText("screener.parole.doctor_letter")], facts: facts))

        // (2) women medically certified as pregnant
        paths.append(facts.pregnant == true
            ? Self.paroleGroup(.parolePregnant, .meets, because: [Self.pregnantText], missing: [CatalogueText("screener.parole.pregnancy_certification")], facts: facts)
            : Self.paroleGroup(.parolePregnant, .notMet, because: [facts.pregnant == false ? CatalogueText("screener.parole.not_pregnant") : CatalogueText("screener.parole.pregnancy_not_known")],
                               missing: [], facts: facts))

        // (3) certain juveniles
        if let age = facts.age(on: asOf) {
            paths.append(age < 18
                ? Self.paroleGroup(.paroleJuvenile, .meets, because: [CatalogueText("screener.parole.juvenile", ["age": String(age), "date": asOf.iso])],
                                   missing: [CatalogueText("screener.parole.proof_of_age"), CatalogueText("screener.parole.guardian")], facts: facts)
                : Self.paroleGroup(.paroleJuvenile, .notMet, because: [CatalogueText("screener.parole.not_juvenile", ["age": String(age), "date": asOf.iso])],
                                   missing: [], facts: facts))
        } else {
            paths.append(Self.paroleGroup(.paroleJuvenile, .notMet, because: [CatalogueText("screener.birth_date_not_given")],
                                          missing: [CatalogueText("screener.date_of_birth")], facts: facts))
        }

        // (4) witnesses: the facts have no field for it, so the question goes on the checklist
        paths.append(Self.paroleGroup(.paroleWitness, .notMet, because: [CatalogueText("screener.parole.witness_not_known")],
                                      missing: [CatalogueText("screener.parole.witness_evidence")],
                                      facts: facts))

        // (5) continued detention not in the public interest: every vulnerability counts towards it
        paths.append(vulnerabilities.all.isEmpty
            ? Self.paroleGroup(.parolePublicInterest, .notMet, because: [CatalogueText("screener.parole.no_vulnerability")], missing: [], facts: facts)
            : Self.paroleGroup(.parolePublicInterest, .mayMeet,
                               because: [CatalogueText(key: "screener.parole.vulnerabilities", arguments: ["facts": .list(vulnerabilities.all, separator: "; ")]),
                                         CatalogueText("screener.parole.public_interest_discretion")],
                               missing: [CatalogueText("screener.parole.public_interest_letter")], facts: facts))

        return paths.map { MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: $0) }
    }

    /// A 212.5(b) path, capped at `may-meet` unless the person was detained on arrival, with
    /// the 212.5(d) conditions added to its evidence when the group fits.
    private static func paroleGroup(_ rule: ScreeningRule, _ status: ScreeningPath.Status, because: [CatalogueText], missing: [CatalogueText],
                                    facts: ScreeningFacts) -> ScreeningPath {
        var status = status
        var because = because
        var missing = missing
        if status == .meets || status == .mayMeet {
            switch facts.arriving {
            case true?:
                because.append(CatalogueText("screener.parole.arriving"))
            case false?:
                because.append(CatalogueText("screener.parole.not_arriving"))
                status = .mayMeet
            case nil:
                because.append(CatalogueText("screener.parole.arrival_not_known"))
                status = .mayMeet
            }
            missing += [CatalogueText("screener.parole.conditions")]
        }
        return rule.path(status, because: because, missing: missing)
    }
}
