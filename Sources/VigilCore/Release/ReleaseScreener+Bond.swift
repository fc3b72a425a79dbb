/// Bond redetermination before an immigration judge under INA 236(a), weighed by the factors
/// of Matter of Guerra (BIA 2006): what the facts say about each, and the evidence for the
/// rest. Never `meets`: bond is the judge's discretion, so the best is `may-meet`; any
/// mandatory-detention ground blocks it (235(b) included: arriving people get parole, not bond).
extension ReleaseScreener {
    func bondPath(_ facts: ScreeningFacts, asOf: CalendarDate, grounds: MandatoryDetentionGrounds) -> ScreeningPath {
        var known: [CatalogueText] = []
        var missing: [CatalogueText] = [
            CatalogueText("screener.bond.fixed_address"),
        ]
        if let entered = facts.enteredUS {
            let years = Self.wholeYears(from: entered, to: asOf)
            let values = ["date": entered.iso, "count": String(years), "as_of": asOf.iso]
            known.append(years == 1 ? CatalogueText("screener.bond.residence.one", values) : CatalogueText("screener.bond.residence.other", values))
            missing.append(CatalogueText("screener.bond.proof_of_residence", ["date": entered.iso]))
        } else {
            missing.append(CatalogueText("screener.bond.entry_date"))
        }
        missing += [
            CatalogueText("screener.bond.family_ties"),
            CatalogueText("screener.bond.employment"),
            CatalogueText("screener.bond.court_appearances"),
        ]
        switch facts.criminal {
        case nil: missing.append(CatalogueText("screener.bond.criminal_record_evidence"))
        case let record? where record.isEmpty: known.append(CatalogueText("screener.bond.criminal_record_none"))
        case let record?: known.append(CatalogueText("screener.bond.criminal_record", parts: ["record": record.summaryText]))
        }
        if facts.finalOrder == true {
            known.append(CatalogueText("screener.bond.final_order"))
        } else {
            missing.append(CatalogueText("screener.bond.prior_removal"))
        }
        missing.append(CatalogueText("screener.bond.flight"))
        switch facts.arriving {
        case true?: known.append(CatalogueText("screener.bond.entry_on_arrival"))
        case false?: missing.append(CatalogueText("screener.bond.entry_manner"))
        case nil: missing.append(CatalogueText("screener.bond.entry_manner_unknown"))
        }
        var because = known.isEmpty ? [CatalogueText("screener.bond.no_factor_known")] : known
        because.append(CatalogueText("screener.bond.minimum"))
        let path = ScreeningRule.bond.path(.mayMeet, because: because, missing: missing)
        return MandatoryDetentionGrounds.applying(grounds.blockingBond, to: path)
    }

    /// Whole years from `start` to `end` (birthdays' arithmetic).
    static func wholeYears(from start: CalendarDate, to end: CalendarDate) -> Int {
        ScreeningFacts(birthDate: start).age(on: end) ?? 0
    }
}
