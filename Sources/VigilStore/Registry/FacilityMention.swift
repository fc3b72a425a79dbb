import VigilCore

/// Which registry facility a free text names (an award's description, an agenda item, a
/// dossier), through the registry matcher: the one rule operator evidence and expansion links share.
///
/// Every candidate name in the text (`ContractAwardEvidence.candidateNames`, plus any names
/// given whole) is matched in each state the record gives or names. Matches the matcher
/// accepts at `minimumConfidence` or above count; when none does, the matcher's state-less
/// query (which ties only a name one code alone has) is tried. The text names a facility when
/// the best of them all point at one code.
public struct FacilityMention: Sendable, Hashable {
    /// Accepted matches at the best confidence found.
    public var best: [FacilityNameMatcher.Match]
    /// Accepted matches below `minimumConfidence` in the record's states: suggestions for a person.
    public var weaker: [FacilityNameMatcher.Match]

    /// The codes the best matches point at, sorted.
    public var codes: [String] { Set(best.map(\.code)).sorted() }

    /// The one facility named, when exactly one code is.
    public var match: FacilityNameMatcher.Match? { codes.count == 1 ? best.first : nil }

    public static func find(names allNames: [String], states: [String], matcher: FacilityNameMatcher, minimumConfidence: Double) -> FacilityMention {
        // A run of generic words only (“DETENTION CENTER”, “COUNTY DETENTION CENTER”) names no
        // facility: it would tie to any registry name of generic words only, in any state.
        let names = allNames.filter { !FacilityNameWords.distinctiveTokens(FacilityNameMatcher.normalisedWords($0)).isEmpty }
        var found: [FacilityNameMatcher.Match] = []
        var weaker: [FacilityNameMatcher.Match] = []
        for state in states {
            for name in names {
                guard let m = matcher.match(.init(name: name, city: nil, state: state, zip: nil)), m.isAccepted else { continue }
                if m.confidence >= minimumConfidence { found.append(m) } else { weaker.append(m) }
            }
        }
        if found.isEmpty {
            for name in names {
                if let m = matcher.match(.init(name: name, city: nil, state: nil, zip: nil)), m.isAccepted { found.append(m) }
            }
        }
        let top = found.map(\.confidence).max() ?? 0
        var seen = Set<String>()
        let best = found.filter { $0.confidence == top && seen.insert($0.code).inserted }
        var seenWeak = Set<String>()
        return FacilityMention(best: best, weaker: weaker.sorted { $0.confidence > $1.confidence }.filter { seenWeak.insert($0.code).inserted })
    }

    /// The states an award is about: its place of performance, then any its description names.
    public static func states(of award: ContractAward, among known: Set<String>) -> [String] {
        var states: [String] = award.placeState.map { [$0] } ?? []
        for s in ContractAwardEvidence.statesNamed(in: award.description ?? "", among: known) where !states.contains(s) { states.append(s) }
        return states
    }
}
