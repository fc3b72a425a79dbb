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
        var previous: (release: ExpansionRelease, figures: [String: ExpansionFacilityFigure])?
        for release in ordered[max(0, position - 1)...] {
            let figures = combined(release.facilities)
            if let (before, beforeFigures) = previous {
                // In identity order, each figure taken with its identity rather than looked up again.
                for (identity, now) in figures.sorted(by: { $0.key < $1.key }) {
                    events += changes(from: beforeFigures[identity], to: now, before: before, after: release,
                                      listedBefore: listedEarlier.contains(identity))
                }
                listedEarlier.formUnion(beforeFigures.keys)
            }
            previous = (release, figures)
        }
        // Each release's identities were added once the release after it was worked out: all but the last's.
        return (events, listedEarlier)
    }

    /// The events of the releases at `position` and after in `ordered`, when the release at
    /// `position` has just been put in among releases whose events were `stored` (this
    /// detector's answer for them before): the same answer as `events(in:from:)`, without working
    /// out every later release again each time a release arrives out of date order.
    ///
    /// Only the release put in and the one after it (whose previous release it now is) are
    /// worked out. A release further on keeps its previous release; what the new one changes
    /// there is what was listed before that, and a facility listed earlier is reopened, not new.
    public static func events(in ordered: [ExpansionRelease], insertedAt position: Int,
                              stored: some Sequence<ExpansionEvent>) -> [ExpansionEvent] {
        let near = events(in: Array(ordered.prefix(position + 2)), from: position)
        guard position + 2 < ordered.count else { return near }
        let order = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.releaseID, (index: $0, release: $1)) })
        let listedByInserted = Set(ordered[position].facilities.lazy.map(\.identity))
        var later: [ExpansionEvent] = []
        for var event in stored {
            guard let (index, release) = order[event.releaseID], index >= position + 2,
                  let previous = order[event.previousReleaseID]?.release else { continue }
            if event.kind == .new, listedByInserted.contains(event.identity) {
                event.kind = .reopened
                event.eventKey = ExpansionEvent.eventKey(kind: .reopened, key: event.facilityKey,
                                                         previousFingerprint: previous.fingerprint, fingerprint: release.fingerprint)
            }
            later.append(event)
        }
        // In the order `events(in:from:)` gives them: by release, then identity, a population change before a guaranteed-minimum one.
        later.sort { a, b in
            (order[a.releaseID]!.index, a.identity, a.kind == .guaranteedMinimumChange ? 1 : 0)
                < (order[b.releaseID]!.index, b.identity, b.kind == .guaranteedMinimumChange ? 1 : 0)
        }
        return near + later
    }

    /// Every facility identity the releases list, holding people or not.
    public static func listedIdentities(in releases: some Sequence<ExpansionRelease>) -> Set<String> {
        var listed = Set<String>()
        for release in releases { listed.formUnion(release.facilities.lazy.map(\.identity)) }
        return listed
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

    /// One figure per identity: rows of one facility listed twice in a release (a registry code
    /// matched by two workbook names) are added up; the row holding most people names it.
    static func combined(_ rows: [ExpansionFacilityFigure]) -> [String: ExpansionFacilityFigure] {
        var byIdentity: [String: ExpansionFacilityFigure] = [:]
        byIdentity.reserveCapacity(rows.count)
        for row in rows {
            guard var seen = byIdentity[row.identity] else { byIdentity[row.identity] = row; continue }
            let seenADP = seen.averageDailyPopulation, rowADP = row.averageDailyPopulation
            if (rowADP ?? -1) > (seenADP ?? -1) {
                (seen.key, seen.name, seen.state, seen.areaOfResponsibility) = (row.key, row.name, row.state, row.areaOfResponsibility)
            }
            seen.averageDailyPopulation = sum(seenADP, rowADP)
            seen.guaranteedMinimum = sum(seen.guaranteedMinimum, row.guaranteedMinimum)
            byIdentity[row.identity] = seen
        }
        return byIdentity
    }

    static func sum(_ a: Double?, _ b: Double?) -> Double? {
        switch (a, b) {
        case (nil, nil): nil
        default: (a ?? 0) + (b ?? 0)
        }
    }
}
