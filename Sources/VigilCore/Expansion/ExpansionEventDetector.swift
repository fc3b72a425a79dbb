/// Finds what changed between consecutive releases: new and reopened facilities, surges and
/// guaranteed-minimum changes. Pure: it sees only the releases it is given, so the store can
/// recompute every event whenever a release arrives, in any order, and get the same answer.
public enum ExpansionEventDetector {
    /// A surge is an ADP rise of at least this share of the previous ADP...
    public static let surgeShare = 0.25
    /// ...and of at least this many people.
    public static let surgePeople = 50.0

    /// Whether going from `previous` to `current` ADP is a surge. Both thresholds hold at their
    /// edge (exactly +25% and +50 people is a surge; +24.9% or +49 people is not).
    public static func isSurge(previous: Double, current: Double) -> Bool {
        guard previous > 0 else { return false }
        let rise = current - previous
        return rise >= surgePeople && rise >= surgeShare * previous
    }

    /// Every event of every release but the first (which has no previous release), in release
    /// order, each release's events by facility key and kind.
    public static func events(in releases: [ExpansionRelease]) -> [ExpansionEvent] {
        events(in: releases.sorted(by: ExpansionRelease.precedes), from: 0)
    }

    /// The events of the releases at `position` and after in `ordered` (sorted by
    /// `ExpansionRelease.precedes`). A release's events depend only on the releases before it, so
    /// adding a release at `position` changes no event of an earlier one: a store that adds one
    /// release recomputes from there, not everything.
    ///
    /// `listedEarlier`, when the caller keeps it, is `listedIdentities(in: ordered.prefix(position - 1))`;
    /// without it that union is worked out here, which made a batch of imports quadratic in releases.
    public static func events(in ordered: [ExpansionRelease], from position: Int,
                              listedEarlier known: Set<String>? = nil) -> [ExpansionEvent] {
        eventsAndListed(in: ordered, from: position, listedEarlier: known).events
    }

    /// `events(in:from:listedEarlier:)`, and every facility identity listed by the releases in
    /// `ordered` but the last: the detector gathers them on its way, and a store that keeps them
    /// passes them as `listedEarlier` when it adds the next release after all of these.
    public static func eventsAndListed(in ordered: [ExpansionRelease], from position: Int,
                                       listedEarlier known: Set<String>? = nil) -> (events: [ExpansionEvent], listedBeforeLast: Set<String>) {
        var events: [ExpansionEvent] = []
        // Every facility listed in a release before the previous one, holding people or not: ICE lists a
        // facility only once it is in its system (its FY2021 full list names every authorized one, empty
        // ones too). A facility listed empty only in the previous release is still new.
        var listedEarlier = known ?? listedIdentities(in: ordered.prefix(max(0, position - 1)))
        var previous: (release: ExpansionRelease, figures: [ExpansionFacilityFigure])?
        for release in ordered[max(0, position - 1)...] {
            let figures = combined(release.facilities)
            if let (before, beforeFigures) = previous {
                events += changes(from: beforeFigures, to: figures, before: before, after: release, listedEarlier: listedEarlier)
                addIdentities(of: beforeFigures, to: &listedEarlier)
            }
            previous = (release, figures)
        }
        // Each release's identities were added once the release after it was worked out: all but the last's.
        return (events, listedEarlier)
    }

    /// The events of the releases from the first of `positions` on in `ordered`, when the
    /// releases at `positions` have just been put in among releases whose events were `stored`
    /// (this detector's answer for them before), and what every release but the last lists: the
    /// same answer as `eventsAndListed(in:from:)`, without working out every later release again
    /// each time releases arrive out of date order.
    ///
    /// Only each release put in and the one after it (whose previous release it now is) are
    /// worked out. A release further on keeps its previous release; what the new ones change
    /// there is what was listed before that, and a facility listed earlier is reopened, not new.
    /// A batch import meets this whenever its files' names do not sort by date (ICE's
    /// `FY19-detentionstats.xlsx` after `20240719…-FY24_detentionStats07182024.xlsx`): working
    /// out every later release again made such a group's detection 8–11 ms long; it is 3–4 ms now.
    public static func eventsAndListed(in ordered: [ExpansionRelease], inserted positions: some Collection<Int>,
                                       stored: some Sequence<ExpansionEvent>) -> (events: [ExpansionEvent], listedBeforeLast: Set<String>) {
        guard let first = positions.min() else { return ([], listedIdentities(in: ordered.dropLast())) }
        let inserted = Set(positions)
        let workedOut = Set(positions.flatMap { [$0, $0 + 1] }.filter { $0 < ordered.count })
        let indexByID = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.releaseID, $0) })
        var keptByIndex: [Int: [ExpansionEvent]] = [:]
        for event in stored {
            guard let index = indexByID[event.releaseID], index >= first, !workedOut.contains(index) else { continue }
            keptByIndex[index, default: []].append(event)
        }
        var events: [ExpansionEvent] = []
        // What the releases before the previous one listed, and what those of them put in listed.
        var listedEarlier = Set<String>()
        var listedByInserted = Set<String>()
        for index in ordered.indices {
            if index >= 2 {
                addIdentities(of: ordered[index - 2].facilities, to: &listedEarlier)
                if inserted.contains(index - 2) { addIdentities(of: ordered[index - 2].facilities, to: &listedByInserted) }
            }
            guard index >= first, index > 0 else { continue }
            let (before, release) = (ordered[index - 1], ordered[index])
            if workedOut.contains(index) {
                events += changes(from: combined(before.facilities), to: combined(release.facilities), before: before, after: release,
                                  listedEarlier: listedEarlier)
                continue
            }
            var kept = keptByIndex[index] ?? []
            // Each kept event's identity, worked out once (it is made from the code or key).
            let identities = kept.map(\.identity)
            for offset in kept.indices where kept[offset].kind == .new && listedByInserted.contains(identities[offset]) {
                kept[offset].kind = .reopened
                kept[offset].eventKey = ExpansionEvent.eventKey(kind: .reopened, key: kept[offset].facilityKey,
                                                                previousFingerprint: before.fingerprint, fingerprint: release.fingerprint)
            }
            // In the order `eventsAndListed(in:from:)` gives them: by identity, a population change before a guaranteed-minimum one.
            let isPopulation = kept.map { $0.kind != .guaranteedMinimumChange }
            let order = kept.indices.sorted { a, b in
                identities[a] != identities[b] ? identities[a] < identities[b] : isPopulation[a] && !isPopulation[b]
            }
            events += order.map { kept[$0] }
        }
        if ordered.count >= 2 { addIdentities(of: ordered[ordered.count - 2].facilities, to: &listedEarlier) }
        return (events, listedEarlier)
    }

    /// Every facility identity the releases list, holding people or not.
    public static func listedIdentities(in releases: some Sequence<ExpansionRelease>) -> Set<String> {
        var listed = Set<String>()
        for release in releases { addIdentities(of: release.facilities, to: &listed) }
        return listed
    }

    /// Adds each figure's identity to `set`, read where the figure is: a key path mapped lazily
    /// over them copied every figure (eight fields) to read one, a third of detection's time.
    static func addIdentities(of figures: [ExpansionFacilityFigure], to set: inout Set<String>) {
        for index in figures.indices { set.insert(figures[index].identity) }
    }

    /// The events between two releases' figures (each as `combined` gives them, in identity
    /// order), in identity order: the two are walked side by side, so a facility's figure in the
    /// release before is found without a look-up.
    static func changes(from beforeFigures: [ExpansionFacilityFigure], to figures: [ExpansionFacilityFigure], before: ExpansionRelease,
                        after release: ExpansionRelease, listedEarlier: Set<String>) -> [ExpansionEvent] {
        var events: [ExpansionEvent] = []
        var beforeIndex = 0
        for now in figures {
            while beforeIndex < beforeFigures.count, beforeFigures[beforeIndex].identity < now.identity { beforeIndex += 1 }
            let then = beforeIndex < beforeFigures.count && beforeFigures[beforeIndex].identity == now.identity ? beforeFigures[beforeIndex] : nil
            events += changes(from: then, to: now, before: before, after: release, listedBefore: listedEarlier.contains(now.identity))
        }
        return events
    }

    static func changes(from then: ExpansionFacilityFigure?, to now: ExpansionFacilityFigure, before: ExpansionRelease,
                        after: ExpansionRelease, listedBefore: Bool) -> [ExpansionEvent] {
        func event(_ kind: ExpansionEventKind, change: Double) -> ExpansionEvent {
            ExpansionEvent(kind: kind, facilityCode: now.code, facilityKey: now.key, name: now.name, state: now.state,
                           areaOfResponsibility: now.areaOfResponsibility, previousReleaseID: before.releaseID, releaseID: after.releaseID,
                           previousAsOf: before.asOfDate, asOf: after.asOfDate, previousADP: then?.averageDailyPopulation,
                           adp: now.averageDailyPopulation, change: change, previousGuaranteedMinimum: then?.guaranteedMinimum,
                           guaranteedMinimum: now.guaranteedMinimum,
                           eventKey: ExpansionEvent.eventKey(kind: kind, key: now.key, previousFingerprint: before.fingerprint,
                                                             fingerprint: after.fingerprint))
        }
        var found: [ExpansionEvent] = []
        let adp = now.averageDailyPopulation ?? 0
        let previousADP = then?.averageDailyPopulation ?? 0
        if now.isHolding {
            if !(then?.isHolding ?? false) {
                found.append(event(listedBefore ? .reopened : .new, change: adp - previousADP))
            } else if isSurge(previous: previousADP, current: adp) {
                found.append(event(.surge, change: adp - previousADP))
            }
        }
        // A blank guaranteed minimum is "not reported" (older layouts have no such column), not a change.
        if let was = then?.guaranteedMinimum, let is_ = now.guaranteedMinimum, abs(is_ - was) > 1e-9 {
            found.append(event(.guaranteedMinimumChange, change: is_ - was))
        }
        return found
    }

    /// One figure per identity, in identity order: rows of one facility listed twice in a release
    /// (a registry code matched by two workbook names) are added up; the row holding most people
    /// names it (the first of them on a tie). The rows' positions are sorted, not the rows: a
    /// figure is eight fields, and sorting them (with the dictionary this used to fill) was most
    /// of detection's time.
    static func combined(_ rows: [ExpansionFacilityFigure]) -> [ExpansionFacilityFigure] {
        let identities = rows.map(\.identity)
        let order = rows.indices.sorted { identities[$0] != identities[$1] ? identities[$0] < identities[$1] : $0 < $1 }
        var figures: [ExpansionFacilityFigure] = []
        figures.reserveCapacity(rows.count)
        // A row is read where it is, not bound to a name: that was a copy of it for every row, the one appended besides.
        for index in order {
            guard let last = figures.indices.last, figures[last].identity == identities[index] else { figures.append(rows[index]); continue }
            let seenADP = figures[last].averageDailyPopulation, rowADP = rows[index].averageDailyPopulation
            if (rowADP ?? -1) > (seenADP ?? -1) {
                (figures[last].key, figures[last].name, figures[last].state, figures[last].areaOfResponsibility)
                    = (rows[index].key, rows[index].name, rows[index].state, rows[index].areaOfResponsibility)
            }
            figures[last].averageDailyPopulation = sum(seenADP, rowADP)
            figures[last].guaranteedMinimum = sum(figures[last].guaranteedMinimum, rows[index].guaranteedMinimum)
        }
        return figures
    }

    static func sum(_ a: Double?, _ b: Double?) -> Double? {
        switch (a, b) {
        case (nil, nil): nil
        default: (a ?? 0) + (b ?? 0)
        }
    }
}
