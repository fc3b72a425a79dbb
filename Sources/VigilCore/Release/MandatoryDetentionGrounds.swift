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
        var because: [CatalogueText]
        var missing: [CatalogueText]
    }

    let criminal: Ground
    let arrival: Ground
    let finalOrder: Ground

    init(_ facts: ScreeningFacts) {
        switch facts.criminal {
        case nil:
            criminal = Ground(rule: .criminalGrounds, finding: .notShown, because: [CatalogueText("screener.grounds.no_record_given")],
                              missing: [CatalogueText("screener.grounds.record_evidence")])
        case let record? where record.felonies > 0:
            criminal = Ground(rule: .criminalGrounds, finding: .applies,
                              because: [CatalogueText("screener.grounds.felony", parts: ["record": record.summaryText])],
                              missing: [CatalogueText("screener.grounds.dispositions")])
        case let record? where record.misdemeanors > 0:
            criminal = Ground(rule: .criminalGrounds, finding: .mayApply,
                              because: [CatalogueText("screener.grounds.misdemeanor", parts: ["record": record.summaryText])],
                              missing: [CatalogueText("screener.grounds.dispositions")])
        case _?:
            criminal = Ground(rule: .criminalGrounds, finding: .notShown, because: [CatalogueText("screener.record.none")], missing: [])
        }
        switch facts.arriving {
        case true?:
            arrival = Ground(rule: .arrival, finding: .applies,
                             because: [CatalogueText("screener.grounds.arriving")],
                             missing: [CatalogueText("screener.grounds.arrival_record")])
        case false?:
            arrival = Ground(rule: .arrival, finding: .notShown, because: [CatalogueText("screener.grounds.not_arriving")], missing: [])
        case nil:
            arrival = Ground(rule: .arrival, finding: .notShown, because: [CatalogueText("screener.grounds.arrival_unknown")],
                             missing: [CatalogueText("screener.grounds.arrival_question")])
        }
        switch facts.finalOrder {
        case true?:
            finalOrder = Ground(rule: .finalOrder, finding: .applies,
                                because: [CatalogueText("screener.grounds.final_order")],
                                missing: [CatalogueText("screener.grounds.final_order_record")])
        case false?:
            finalOrder = Ground(rule: .finalOrder, finding: .notShown, because: [CatalogueText("screener.grounds.no_final_order")], missing: [])
        case nil:
            finalOrder = Ground(rule: .finalOrder, finding: .notShown, because: [CatalogueText("screener.grounds.final_order_unknown")],
                                missing: [CatalogueText("screener.grounds.final_order_question")])
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
                path.reasons.append(CatalogueText("screener.grounds.blocked_by", parts: ["rule": ground.rule.title]))
            case .mayApply:
                if path.status == .meets { path.status = .mayMeet }
                path.reasons.append(CatalogueText("screener.grounds.may_block", parts: ["rule": ground.rule.title]))
            case .notShown:
                break
            }
        }
        return path
    }
}
