/// Bond redetermination before an immigration judge under INA 236(a), weighed by the factors
/// of Matter of Guerra (BIA 2006): what the facts say about each, and the evidence for the
/// rest. Never `meets`: bond is the judge's discretion, so the best is `may-meet`; any
/// mandatory-detention ground blocks it (235(b) included: arriving people get parole, not bond).
extension ReleaseScreener {
    func bondPath(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> ScreeningPath {
        var known: [String] = []
        var missing: [String] = [
            "fixed address: a lease or a sponsor's letter with their address and status",
        ]
        if let entered = facts.enteredUS {
            let years = Self.wholeYears(from: entered, to: asOf)
            known.append("length of residence: in the U.S. since \(entered.iso) (\(years) year\(years == 1 ? "" : "s") on \(asOf.iso))")
            missing.append("proof of residence since \(entered.iso)")
        } else {
            missing.append("length of residence: the date the person entered the U.S., with proof")
        }
        missing += [
            "family ties: relatives in the U.S. and their status (birth and marriage certificates, IDs)",
            "employment: letters from employers, pay records",
            "record of appearing in court: hearing notices and attendance",
        ]
        switch facts.criminal {
        case nil: missing.append("criminal record: certified dispositions, or a statement that there is none")
        case let record? where record.isEmpty: known.append("criminal record: none")
        case let record?: known.append("criminal record: \(record.summary) (weighs against bond; the dispositions decide how much)")
        }
        if facts.finalOrder == true {
            known.append("immigration violations: a final order of removal")
        } else {
            missing.append("immigration violations: any prior removal or order")
        }
        missing.append("attempts to flee prosecution or removal: none, or an explanation")
        switch facts.arriving {
        case true?: known.append("manner of entry: detained on arrival")
        case false?: missing.append("manner of entry: admitted, paroled, or entered without inspection (the I-213)")
        case nil: missing.append("manner of entry: arrival at a port, admission, parole or entry without inspection (the I-213)")
        }
        var because = known.isEmpty ? ["none of the Guerra factors is known from the facts given"] : known
        because.append("the minimum bond is $1,500 (INA 236(a)(2)(A)); the judge weighs flight risk and danger")
        let path = ScreeningRule.bond.path(.mayMeet, because: because, missing: missing)
        return MandatoryDetentionGrounds.applying(grounds.blockingBond, to: path)
    }

    /// Whole years from `start` to `end` (birthdays' arithmetic).
    static func wholeYears(from start: CalendarDate, to end: CalendarDate) -> Int {
        ScreeningFacts(birthDate: start).age(on: end) ?? 0
    }
}
