/// TPS: nationality, continuous residence and continuous physical presence against every
/// designation of the person's country in force on the day, and any announced but not yet
/// in force; the criminal bar flagged for a lawyer.
extension ReleaseScreener {
    /// The TPS statute, for a path that names no designation.
    static let tpsStatute = (source: "INA 244, 8 U.S.C. 1254a; the TPS designations file", effective: "1990-11-29")

    func tpsPaths(_ facts: ScreeningFacts, asOf: CalendarDate) -> [ScreeningPath] {
        guard let citizenship = facts.citizenship else {
            return [Self.tpsWithoutDesignation("TPS", because: ["no country of citizenship given"],
                                               missing: ["the person's country of citizenship (passport, national ID or birth certificate)"])]
        }
        let country = Self.fold(citizenship)
        let designations = tpsDesignations.filter { Self.fold($0.country) == country }
            .sorted { ($0.inForce.lowerBound, $0.designation) < ($1.inForce.lowerBound, $1.designation) }
        guard !designations.isEmpty else {
            let countries = Set(tpsDesignations.map(\.country)).sorted().joined(separator: ", ")
            return [Self.tpsWithoutDesignation("TPS \(citizenship)", because: [
                "no TPS designation of “\(citizenship)” in the designations file (countries designated there: \(countries))",
            ], missing: [])]
        }
        let relevant = designations.filter { $0.isInForce(on: asOf) || $0.isAnnouncedNotInForce(on: asOf) }
        guard !relevant.isEmpty else {
            let listed = designations.map { "\($0.designation) (\($0.inForce.lowerBound.iso) through \($0.inForce.upperBound.iso))" }
            return [Self.tpsWithoutDesignation("TPS \(designations[0].country)", because: [
                "no designation of \(designations[0].country) is in force on \(asOf.iso); its designations in the file: \(listed.joined(separator: ", "))",
            ], missing: [])]
        }
        return relevant.map { designation in
            let alongside = relevant.filter { $0 != designation && $0.isInForce(on: asOf) && designation.isInForce(on: asOf) }
            return tpsPath(designation, alongside: alongside, facts, asOf: asOf)
        }
    }

    private func tpsPath(_ d: TPSDesignation, alongside: [TPSDesignation], _ facts: ScreeningFacts, asOf: CalendarDate) -> ScreeningPath {
        var status = ScreeningPath.Status.meets
        var because: [String] = []
        var missing: [String] = []
        func atMost(_ cap: ScreeningPath.Status) { if cap.rank > status.rank { status = cap } }

        // in force that day?
        if d.isInForce(on: asOf) {
            because.append("in force on \(asOf.iso): from \(d.inForce.lowerBound.iso) through \(d.inForce.upperBound.iso)"
                           + (d.endChange.map { " (\($0))" } ?? ""))
        } else if let announced = d.announced {
            let wait = asOf.days(until: d.inForce.lowerBound)
            because.append("announced \(announced.iso) but not in force on \(asOf.iso): it takes effect \(d.inForce.lowerBound.iso), \(wait) day\(wait == 1 ? "" : "s") later; nothing can be granted under it before then")
            atMost(.notMet)
        }
        for other in alongside {
            because.append("\(other.country) \(other.designation) is in force the same day with its own dates: the person may qualify under either")
        }
        because.append("a citizen of \(d.country), which this designation covers")

        // continuous residence since the designation's date, counted from entry
        if let entered = facts.enteredUS {
            if entered <= d.continuousResidenceSince {
                because.append("in the U.S. since \(entered.iso), on or before the continuous-residence date \(d.continuousResidenceSince.iso)")
            } else {
                because.append("entered \(entered.iso), after the continuous-residence date \(d.continuousResidenceSince.iso)")
                atMost(.notMet)
            }
        } else {
            because.append("entry date not given: continuous residence since \(d.continuousResidenceSince.iso) cannot be checked")
            missing.append("the date the person entered the U.S.")
            atMost(.mayMeet)
        }

        // continuous physical presence since the designation's date
        if let present = facts.continuouslyPresentSince {
            if present <= d.continuousPhysicalPresenceSince {
                because.append("continuously present since \(present.iso), on or before the physical-presence date \(d.continuousPhysicalPresenceSince.iso)")
            } else {
                because.append("continuously present only since \(present.iso), after the physical-presence date \(d.continuousPhysicalPresenceSince.iso)")
                atMost(.notMet)
            }
        } else if let entered = facts.enteredUS {
            if entered <= d.continuousPhysicalPresenceSince {
                because.append("physical presence since \(d.continuousPhysicalPresenceSince.iso) assumed from the entry date \(entered.iso): continuously_present_since not given, so any trip abroad since is unknown")
                atMost(.mayMeet)
            } else {
                because.append("entered \(entered.iso), after the physical-presence date \(d.continuousPhysicalPresenceSince.iso)")
                atMost(.notMet)
            }
        }

        if d.isToVerify {
            because.append("the designations file marks this row “\(d.certainty ?? "")”: confirm the dates in the Federal Register before relying on them")
            atMost(.mayMeet)
        }

        // the criminal bar: flagged, never decided
        if let record = facts.criminal {
            if record.felonies > 0 || record.misdemeanors >= 2 {
                because.append("flagged for a lawyer: \(record.summary); a conviction for a felony or for two or more misdemeanors in the U.S. bars TPS (INA 244(c)(2)(B)(i)), and whether each entry is one is a lawyer's call")
                if status != .notMet { status = .blocked }
            } else if record.misdemeanors == 1 {
                because.append("1 misdemeanor: not a bar alone (a felony or two or more misdemeanors are)")
            } else {
                because.append("no criminal record, so no criminal bar")
            }
        } else {
            missing.append("the person's U.S. criminal record (a felony or two or more misdemeanors bar TPS)")
        }

        missing += [
            "proof of \(d.country) nationality (passport, national ID or birth certificate)",
            "proof of continuous residence in the U.S. since \(d.continuousResidenceSince.iso) (leases, school, medical or pay records)",
            "proof of continuous physical presence since \(d.continuousPhysicalPresenceSince.iso)",
            "a lawyer's check of the other bars (persecution, terrorism, serious nonpolitical crime, firm resettlement)",
        ]
        return ScreeningRule.tps(d).path(status, because: because, missing: missing)
    }

    private static func tpsWithoutDesignation(_ rule: String, because: [String], missing: [String]) -> ScreeningPath {
        ScreeningPath(rule: rule, kind: .tps, status: .notMet, because: because, missingEvidence: missing,
                      source: tpsStatute.source, effective: tpsStatute.effective)
    }

    /// A country name compared without case or extra spaces.
    static func fold(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}

extension ScreeningPath.Status {
    /// From best to worst for a person: meets, may-meet, blocked, not-met.
    var rank: Int {
        switch self {
        case .meets: 0
        case .mayMeet: 1
        case .blocked: 2
        case .notMet: 3
        }
    }
}
