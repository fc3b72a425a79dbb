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
        if facts.pregnant == true { medical.removeAll { $0 == "pregnant" } }
        paths.append(medical.isEmpty
            ? Self.paroleGroup(.paroleMedical, .notMet, because: ["no medical condition given"], missing: [], facts: facts)
            : Self.paroleGroup(.paroleMedical, .mayMeet, because: ["medical facts: \(medical.joined(separator: "; "))",
                                                                   "whether a condition is serious enough that detention is not appropriate is a doctor's judgement"],
                               missing: ["a doctor's letter on each condition, its treatment, and why continued detention is not appropriate"], facts: facts))

        // (2) women medically certified as pregnant
        paths.append(facts.pregnant == true
            ? Self.paroleGroup(.parolePregnant, .meets, because: ["pregnant"], missing: ["a medical certification of the pregnancy"], facts: facts)
            : Self.paroleGroup(.parolePregnant, .notMet, because: [facts.pregnant == false ? "not pregnant" : "pregnancy not known"], missing: [], facts: facts))

        // (3) certain juveniles
        if let age = facts.age(on: asOf) {
            paths.append(age < 18
                ? Self.paroleGroup(.paroleJuvenile, .meets, because: ["\(age) years old on \(asOf.iso): a juvenile"],
                                   missing: ["proof of age (birth certificate)", "a parent, relative or guardian to release to (8 CFR 212.5(b)(3))"], facts: facts)
                : Self.paroleGroup(.paroleJuvenile, .notMet, because: ["\(age) years old on \(asOf.iso): not a juvenile"], missing: [], facts: facts))
        } else {
            paths.append(Self.paroleGroup(.paroleJuvenile, .notMet, because: ["birth date not given"], missing: ["the person's date of birth"], facts: facts))
        }

        // (4) witnesses: the facts have no field for it, so the question goes on the checklist
        paths.append(Self.paroleGroup(.paroleWitness, .notMet, because: ["the facts given do not say whether the person is a witness"],
                                      missing: ["whether the person is a witness in a judicial, administrative or legislative proceeding (a subpoena or a prosecutor's letter)"],
                                      facts: facts))

        // (5) continued detention not in the public interest: every vulnerability counts towards it
        paths.append(vulnerabilities.all.isEmpty
            ? Self.paroleGroup(.parolePublicInterest, .notMet, because: ["no vulnerability given that would make detention against the public interest"], missing: [], facts: facts)
            : Self.paroleGroup(.parolePublicInterest, .mayMeet, because: ["vulnerabilities: \(vulnerabilities.all.joined(separator: "; "))",
                                                                          "whether detention is against the public interest is the field office director's discretion"],
                               missing: ["a letter setting out why continued detention is not in the public interest, with the records above"], facts: facts))

        return paths.map { MandatoryDetentionGrounds.applying(grounds.blockingDiscretionaryRelease, to: $0) }
    }

    /// A 212.5(b) path, capped at `may-meet` unless the person was detained on arrival, with
    /// the 212.5(d) conditions added to its evidence when the group fits.
    private static func paroleGroup(_ rule: ScreeningRule, _ status: ScreeningPath.Status, because: [String], missing: [String],
                                    facts: ScreeningFacts) -> ScreeningPath {
        var status = status
        var because = because
        var missing = missing
        if status == .meets || status == .mayMeet {
            switch facts.arriving {
            case true?:
                because.append("detained on arrival: 212.5(b) parole is the way out of 235(b) detention")
            case false?:
                because.append("not detained on arrival: 212.5(b) is written for arriving people; the same facts support release on recognizance or bond under INA 236(a)")
                status = .mayMeet
            case nil:
                because.append("not known whether the person was detained on arrival, which 212.5(b) parole is written for")
                status = .mayMeet
            }
            missing += ["no security risk and no risk of absconding: a sponsor's undertaking, close relatives with known addresses, a fixed address (212.5(d))"]
        }
        return rule.path(status, because: because, missing: missing)
    }
}
