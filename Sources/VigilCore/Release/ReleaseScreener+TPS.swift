/// TPS: nationality, continuous residence and continuous physical presence against every
/// designation of the person's country in force on the day, and any announced but not yet
/// in force; the criminal bar flagged for a lawyer.
extension ReleaseScreener {
    /// The TPS statute, for a path that names no designation.
    static let tpsStatute = (source: CatalogueText("screener.source.tps_statute"), effective: "1990-11-29")

    func tpsPaths(_ facts: ScreeningFacts, asOf: CalendarDate) -> [ScreeningPath] {
        guard let citizenship = facts.citizenship else {
            return [Self.tpsWithoutDesignation("TPS", because: [CatalogueText("screener.tps.no_citizenship")],
                                               missing: [CatalogueText("screener.tps.citizenship_evidence")])]
        }
        let country = Self.fold(citizenship)
        let designations = tpsDesignations.filter { Self.fold($0.country) == country }
            .sorted { ($0.inForce.lowerBound, $0.designation) < ($1.inForce.lowerBound, $1.designation) }
        guard !designations.isEmpty else {
            let countries = Set(tpsDesignations.map(\.country)).sorted().joined(separator: ", ")
            return [Self.tpsWithoutDesignation("TPS \(citizenship)", because: [
                CatalogueText("screener.tps.no_designation", ["country": citizenship, "countries": countries]),
            ], missing: [])]
        }
        let relevant = designations.filter { $0.isInForce(on: asOf) || $0.isAnnouncedNotInForce(on: asOf) }
        guard !relevant.isEmpty else {
            let listed = designations.map {
                CatalogueText("screener.tps.designation_dates", ["designation": $0.designation, "from": $0.inForce.lowerBound.iso,
                                                                 "to": $0.inForce.upperBound.iso])
            }
            return [Self.tpsWithoutDesignation("TPS \(designations[0].country)", because: [
                CatalogueText(key: "screener.tps.none_in_force", arguments: ["country": .plain(designations[0].country), "date": .plain(asOf.iso),
                                                                             "designations": .list(listed, separator: ", ")]),
            ], missing: [])]
        }
        return relevant.map { designation in
            let alongside = relevant.filter { $0 != designation && $0.isInForce(on: asOf) && designation.isInForce(on: asOf) }
            return tpsPath(designation, alongside: alongside, facts, asOf: asOf)
        }
    }

    private func tpsPath(_ d: TPSDesignation, alongside: [TPSDesignation], _ facts: ScreeningFacts, asOf: CalendarDate) -> ScreeningPath {
        var status = ScreeningPath.Status.meets
        var because: [CatalogueText] = []
        var missing: [CatalogueText] = []
        func atMost(_ cap: ScreeningPath.Status) { if cap.rank > status.rank { status = cap } }

        // in force that day?
        if d.isInForce(on: asOf) {
            let dates = ["date": asOf.iso, "from": d.inForce.lowerBound.iso, "to": d.inForce.upperBound.iso]
            // Why the end moved is written from the file's notes, as data.
            because.append(d.endNotice.map {
                CatalogueText("screener.tps.in_force_changed", dates.merging(["change": $0, "notice_end": d.effectiveTo.iso]) { $1 })
            }
                           ?? CatalogueText("screener.tps.in_force", dates))
        } else if let announced = d.announced {
            let wait = asOf.days(until: d.inForce.lowerBound)
            let dates = ["announced": announced.iso, "date": asOf.iso, "from": d.inForce.lowerBound.iso, "count": String(wait)]
            because.append(wait == 1 ? CatalogueText("screener.tps.announced.one", dates) : CatalogueText("screener.tps.announced.other", dates))
            atMost(.notMet)
        }
        for other in alongside {
            because.append(CatalogueText("screener.tps.alongside", ["country": other.country, "designation": other.designation]))
        }
        because.append(CatalogueText("screener.tps.citizen", ["country": d.country]))

        // continuous residence since the designation's date, counted from entry
        if let entered = facts.enteredUS {
            if entered <= d.continuousResidenceSince {
                because.append(CatalogueText("screener.tps.residence_met", ["date": entered.iso, "since": d.continuousResidenceSince.iso]))
            } else {
                because.append(CatalogueText("screener.tps.residence_not_met", ["date": entered.iso, "since": d.continuousResidenceSince.iso]))
                atMost(.notMet)
            }
        } else {
            because.append(CatalogueText("screener.tps.no_entry_date", ["since": d.continuousResidenceSince.iso]))
            missing.append(CatalogueText("screener.tps.entry_date"))
            atMost(.mayMeet)
        }

        // continuous physical presence since the designation's date
        if let present = facts.continuouslyPresentSince {
            if present <= d.continuousPhysicalPresenceSince {
                because.append(CatalogueText("screener.tps.presence_met", ["date": present.iso, "since": d.continuousPhysicalPresenceSince.iso]))
            } else {
                because.append(CatalogueText("screener.tps.presence_not_met", ["date": present.iso, "since": d.continuousPhysicalPresenceSince.iso]))
                atMost(.notMet)
            }
        } else if let entered = facts.enteredUS {
            if entered <= d.continuousPhysicalPresenceSince {
                because.append(CatalogueText("screener.tps.presence_assumed", ["date": entered.iso, "since": d.continuousPhysicalPresenceSince.iso]))
                atMost(.mayMeet)
            } else {
                because.append(CatalogueText("screener.tps.entered_after_presence", ["date": entered.iso, "since": d.continuousPhysicalPresenceSince.iso]))
                atMost(.notMet)
            }
        }

        if d.isToVerify {
            because.append(CatalogueText("screener.tps.to_verify", ["certainty": d.certainty ?? ""]))
            atMost(.mayMeet)
        }

        // the criminal bar: flagged, never decided
        if let record = facts.criminal {
            if record.felonies > 0 || record.misdemeanors >= 2 {
                because.append(CatalogueText("screener.tps.criminal_bar", parts: ["record": record.summaryText]))
                if status != .notMet { status = .blocked }
            } else if record.misdemeanors == 1 {
                because.append(CatalogueText("screener.tps.one_misdemeanor"))
            } else {
                because.append(CatalogueText("screener.tps.no_criminal_bar"))
            }
        } else {
            missing.append(CatalogueText("screener.tps.criminal_record"))
        }

        missing += [
            CatalogueText("screener.tps.nationality_proof", ["country": d.country]),
            CatalogueText("screener.tps.residence_proof", ["since": d.continuousResidenceSince.iso]),
            CatalogueText("screener.tps.presence_proof", ["since": d.continuousPhysicalPresenceSince.iso]),
            CatalogueText("screener.tps.other_bars"),
        ]
        return ScreeningRule.tps(d).path(status, because: because, missing: missing)
    }

    /// `rule` is "TPS" and the country as the person's facts or the file write it: the same in every language.
    private static func tpsWithoutDesignation(_ rule: String, because: [CatalogueText], missing: [CatalogueText]) -> ScreeningPath {
        ScreeningPath(title: .verbatim(rule), kind: .tps, status: .notMet, reasons: because, evidence: missing,
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
