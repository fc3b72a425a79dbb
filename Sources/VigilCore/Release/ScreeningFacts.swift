/// One person's facts as the release screener reads them: the issue's input contract.
///
/// Every fact is optional, because intake rarely has all of them: nil means *not known*,
/// which the screener reports as evidence still missing, never as `false`. `conditions` and
/// `criminal` likewise tell an unknown list (nil) from an empty one (none).
///
/// JSON uses the contract's snake_case names and `YYYY-MM-DD` dates (`ScreeningFacts+Codable`).
public struct ScreeningFacts: Sendable, Codable, Equatable {
    /// Country of citizenship, named as in the TPS designations file (`Venezuela`).
    public var citizenship: String?
    public var enteredUS: CalendarDate?
    /// The start of continuous physical presence, when it differs from the entry date.
    public var continuouslyPresentSince: CalendarDate?
    public var birthDate: CalendarDate?
    public var pregnant: Bool?
    /// The day the person gave birth, for the postpartum year of Directive 11032.4.
    public var postpartumSince: CalendarDate?
    public var nursing: Bool?
    /// Condition names as in the criteria file (`FraihatCondition.acceptedNames`).
    public var conditions: [String]?
    public var seriousMentalDisorder: Bool?
    public var disability: Bool?
    public var criminal: [CriminalRecordEntry]?
    /// Detained on arrival at a port of entry (INA 235(b)).
    public var arriving: Bool?
    /// Under a final order of removal (INA 241(a)).
    public var finalOrder: Bool?

    public init(citizenship: String? = nil, enteredUS: CalendarDate? = nil, continuouslyPresentSince: CalendarDate? = nil,
                birthDate: CalendarDate? = nil, pregnant: Bool? = nil, postpartumSince: CalendarDate? = nil, nursing: Bool? = nil,
                conditions: [String]? = nil, seriousMentalDisorder: Bool? = nil, disability: Bool? = nil,
                criminal: [CriminalRecordEntry]? = nil, arriving: Bool? = nil, finalOrder: Bool? = nil) {
        self.citizenship = citizenship
        self.enteredUS = enteredUS
        self.continuouslyPresentSince = continuouslyPresentSince
        self.birthDate = birthDate
        self.pregnant = pregnant
        self.postpartumSince = postpartumSince
        self.nursing = nursing
        self.conditions = conditions
        self.seriousMentalDisorder = seriousMentalDisorder
        self.disability = disability
        self.criminal = criminal
        self.arriving = arriving
        self.finalOrder = finalOrder
    }

    /// Age in whole years on `date`; nil when the birth date is unknown or later.
    /// Someone born on 29 February turns a year older on 1 March in other years.
    public func age(on date: CalendarDate) -> Int? {
        guard let birthDate, birthDate <= date else { return nil }
        let hadBirthday = (date.month, date.day) >= (birthDate.month, birthDate.day)
        return date.year - birthDate.year - (hadBirthday ? 0 : 1)
    }

    /// The listed conditions the names mean, in input order, each once.
    var fraihatConditions: [(name: String, condition: FraihatCondition)] {
        var seen: Set<String> = []
        return (conditions ?? []).compactMap { name in
            guard let condition = FraihatCondition(named: name), seen.insert(name.lowercased()).inserted else { return nil }
            return (name, condition)
        }
    }

    /// Checks the facts against the day they are screened on: no date after it, and every
    /// condition one the criteria file lists. Throws the first problem, naming its field.
    public func validate(asOf: CalendarDate) throws(ScreeningFactsError) {
        let dates: [(String, CalendarDate?)] = [("entered_us", enteredUS), ("continuously_present_since", continuouslyPresentSince),
                                               ("birth_date", birthDate), ("postpartum_since", postpartumSince)]
        for case let (field, date?) in dates where date > asOf {
            throw ScreeningFactsError(field: field, "\(date.iso) is after the screening date \(asOf.iso)")
        }
        if let enteredUS, let birthDate, enteredUS < birthDate {
            throw ScreeningFactsError(field: "entered_us", "\(enteredUS.iso) is before the birth date \(birthDate.iso)")
        }
        for (index, name) in (conditions ?? []).enumerated() where FraihatCondition(named: name) == nil {
            throw ScreeningFactsError(field: "conditions[\(index)]", FraihatCondition.unknownNameReason(name))
        }
    }
}

extension FraihatCondition {
    static func unknownNameReason(_ name: String) -> String {
        "“\(name)” is not a condition the criteria file lists; use one of: \(acceptedNames.joined(separator: ", "))"
    }
}
