/// The three mandatory-detention grounds the screener flags, as the facts given show them,
/// and which release paths each blocks.
///
/// A flag is for a lawyer: the screener cannot tell whether a record entry is a 236(c)
/// offence, so a felony is flagged as the ground applying and misdemeanors alone as it
/// possibly applying. What each ground blocks:
/// - 236(c) and 241(a) block every discretionary release: 212.5(b) parole, Directive 11032.4,
///   the Fraihat subclasses and bond;
/// - 235(b) blocks bond: an arriving person is released only by parole, so parole and the
///   grounds supporting it stay open.
/// TPS and Directive 11063.2 (release planning and court notice) are never blocked.
struct MandatoryDetentionGrounds {
    enum Finding { case applies, mayApply, notShown }

    struct Ground {
        var rule: ScreeningRule
        var finding: Finding
        /// The facts behind the finding.
        var because: [String]
        var missing: [String]
    }

    let criminal: Ground
    let arrival: Ground
    let finalOrder: Ground

    init(_ facts: ScreeningFacts) {
        switch facts.criminal {
        case nil:
            criminal = Ground(rule: .criminalGrounds, finding: .notShown, because: ["no criminal record given"],
                              missing: ["the person's criminal record (certified dispositions), to rule 236(c) in or out"])
        case let record? where record.felonies > 0:
            criminal = Ground(rule: .criminalGrounds, finding: .applies,
                              because: ["criminal record: \(record.summary); a felony may be a 236(c) ground (aggravated felony, controlled substance, firearm, crime involving moral turpitude): a lawyer decides"],
                              missing: ["certified dispositions of each conviction, for a lawyer to decide whether 236(c) applies"])
        case let record? where record.misdemeanors > 0:
            criminal = Ground(rule: .criminalGrounds, finding: .mayApply,
                              because: ["criminal record: \(record.summary); some misdemeanors (crimes involving moral turpitude, controlled substances) are 236(c) grounds: a lawyer decides"],
                              missing: ["certified dispositions of each conviction, for a lawyer to decide whether 236(c) applies"])
        case _?:
            criminal = Ground(rule: .criminalGrounds, finding: .notShown, because: ["no criminal record"], missing: [])
        }
        switch facts.arriving {
        case true?:
            arrival = Ground(rule: .arrival, finding: .applies,
                             because: ["detained on arrival: detention under 235(b), released only by parole under 8 CFR 212.5(b)"],
                             missing: ["the record of arrival and any credible-fear finding"])
        case false?:
            arrival = Ground(rule: .arrival, finding: .notShown, because: ["not detained on arrival"], missing: [])
        case nil:
            arrival = Ground(rule: .arrival, finding: .notShown, because: ["not known whether the person was detained on arrival"],
                             missing: ["whether the person was detained on arrival at a port of entry (the Notice to Appear or I-213)"])
        }
        switch facts.finalOrder {
        case true?:
            finalOrder = Ground(rule: .finalOrder, finding: .applies,
                                because: ["a final order of removal: detention in the removal period under 241(a); release only under an order of supervision, which a lawyer pursues"],
                                missing: ["the final order and its date (the 90-day removal period runs from it)"])
        case false?:
            finalOrder = Ground(rule: .finalOrder, finding: .notShown, because: ["no final order of removal"], missing: [])
        case nil:
            finalOrder = Ground(rule: .finalOrder, finding: .notShown, because: ["not known whether there is a final order of removal"],
                                missing: ["whether the person has a final order of removal (EOIR case status)"])
        }
    }

    /// The grounds that block discretionary release other than by parole.
    var blockingDiscretionaryRelease: [Ground] { [criminal, finalOrder] }
    /// The grounds that block bond: all three.
    var blockingBond: [Ground] { [criminal, arrival, finalOrder] }

    /// One path per ground: `blocked` where it applies, `may-meet` where it may, else `not-met`.
    func paths(_ facts: ScreeningFacts, asOf: CalendarDate) -> [ScreeningPath] {
        [criminal, arrival, finalOrder].map { ground in
            let status: ScreeningPath.Status = switch ground.finding {
            case .applies: .blocked
            case .mayApply: .mayMeet
            case .notShown: .notMet
            }
            return ground.rule.path(status, because: ground.because, missing: ground.missing)
        }
    }

    /// `path` with the `grounds` that block it applied: a ground that applies turns a path the
    /// facts meet or may meet into `blocked`, one that may apply turns `meets` into `may-meet`;
    /// each says so in `because`. A path not met stays as it is.
    static func applying(_ grounds: [Ground], to path: ScreeningPath) -> ScreeningPath {
        guard path.status == .meets || path.status == .mayMeet else { return path }
        var path = path
        for ground in grounds {
            switch ground.finding {
            case .applies:
                path.status = .blocked
                path.because.append("blocked by \(ground.rule.name): it bars this release while it applies; a lawyer decides whether it does")
            case .mayApply:
                if path.status == .meets { path.status = .mayMeet }
                path.because.append("\(ground.rule.name) may apply and would bar this release: a lawyer decides")
            case .notShown:
                break
            }
        }
        return path
    }
}
