/// Ties a facility as a list names it (a workbook row, a death, an operator list, a contract
/// award) to a registry code, with no I/O: given its name, place and address, and every name,
/// place and address the registry knows for each code (its aliases).
///
/// Methods, tried in order:
/// - `exact`: a name agrees ignoring case and spacing, in the same state;
/// - `normalized`: the words agree after `FacilityNameWords.words` (abbreviations spelled out,
///   punctuation, parentheses and a trailing number dropped), in order or as a set;
/// - `address`: the street address (`StreetAddress.key`) is one the registry lists for the
///   code, in the same state: a renamed facility keeps its building. When several codes share
///   the address (a hold room beside the main facility), the name and the type decide, and the
///   winner's names must hold the query's distinctive words; when they cannot, the name is tried
///   fuzzily, and failing that the best is a suggestion for review, with the codes at the address as evidence;
/// - `fuzzy`: a weighted word similarity (Dice, words that many facilities share counting a
///   quarter; near spellings of long words agree), plus 0.15 when the city agrees and 0.1
///   when the 5-digit zip agrees. It needs one distinctive word in common. It is accepted at
///   `acceptThreshold` with no close second, or when the code is the only one in the state whose
///   names hold every distinctive word of the query (`<NAME> COUNTY` counting as one more); from
///   `reviewThreshold` it is a suggestion for review.
///
/// A query with no state (some death-list rows) is tried against every code, and ties only by
/// a name, or by distinctive words that one code alone holds.
///
/// Codes a list gives without a state (the person-level code list) are tried in the states
/// other lists give them, else in the states their letters suggest (`DetentionCodeState`);
/// a code with neither matches an exact or normalised name in any state, never fuzzily.
/// A name of another kind (a hospital, a hold room: `FacilityNameWords.kindWords`) counts
/// against a fuzzy match. When a second code scores within 0.1 of the best and holds about as
/// many of the name's words, it is not accepted.
public struct FacilityNameMatcher: Sendable {
    public struct Candidate: Hashable, Sendable {
        public var code: String
        public var name: String
        public var city: String?
        public var state: String?
        public var zip: String?
        public var address: String?
        /// ICE's facility type as the list gives it (`DIGSA`, `HOLD`, `STAGING`, ...).
        public var type: String?

        public init(code: String, name: String, city: String?, state: String?, zip: String?, address: String? = nil, type: String? = nil) {
            self.code = code
            self.name = name
            self.city = city
            self.state = state
            self.zip = zip
            self.address = address
            self.type = type
        }
    }

    public struct Query: Hashable, Sendable {
        public var name: String
        public var city: String?
        public var state: String?
        public var zip: String?
        public var address: String?
        public var type: String?

        public init(name: String, city: String?, state: String?, zip: String?, address: String? = nil, type: String? = nil) {
            self.name = name
            self.city = city
            self.state = state
            self.zip = zip
            self.address = address
            self.type = type
        }
    }

    public struct Match: Hashable, Sendable {
        public var code: String
        public var method: FacilityMatchMethod
        /// 1 for exact and normalised matches; 0.9 for an address of one code; the score for fuzzy ones.
        public var confidence: Double
        /// True when the match is good enough to count in figures without a person's review.
        public var isAccepted: Bool
        /// What a reviewer needs to see for a match that is not plain: the shared address, the other codes.
        public var evidence: String?
    }

    public static let acceptThreshold = 0.8
    public static let reviewThreshold = 0.5

    /// One name of a code, with what every comparison needs worked out once. A class, so that
    /// the pools a query filters and joins share entries rather than copying their words.
    private final class Indexed: Sendable {
        let code: String
        let name: String
        let exact: String
        let words: [String]
        let wordSet: Set<String>
        /// `FacilityNameWords.distinctiveTokens` of the words.
        let tokens: Set<String>
        /// `FacilityNameWords.kinds` of the words: a hospital, a hold room.
        let kinds: Set<String>
        let city: String?
        /// The name's words and then the city's: a query's distinctive word may be either.
        let wordsAndPlace: [String]
        let zip5: String?
        /// False for codes tried in a state only because their letters suggest it.
        let statedPlace: Bool

        init(code: String, name: String, variant: String, city: String?, zip: String?, statedPlace: Bool) {
            let words = FacilityNameWords.words(variant)
            let city = city.map(FacilityNameWords.exactForm)
            self.code = code
            self.name = name
            self.exact = FacilityNameWords.exactForm(variant)
            self.words = words
            self.wordSet = Set(words)
            self.tokens = FacilityNameWords.distinctiveTokens(words)
            self.kinds = FacilityNameWords.kinds(words)
            self.city = city
            self.wordsAndPlace = words + (city.map { FacilityNameWords.words($0) } ?? [])
            self.zip5 = FacilityNameMatcher.zip5(zip)
            self.statedPlace = statedPlace
        }
    }

    private struct Occupant: Sendable { var code: String; var name: String; var address: String; var types: Set<String> }

    private let byState: [String: [Indexed]]
    /// Codes with no state from any list or from their letters: exact and normalised names only.
    private let anywhere: [Indexed]
    /// Every entry with a distinctive word once, for a query that gives no state (some death-list rows).
    private let everywhere: [Indexed]
    /// `STATE|address key` → the codes listed at that address.
    private let byAddress: [String: [Occupant]]

    public init(candidates: [Candidate]) {
        var statesOfCode: [String: Set<String>] = [:]
        for c in candidates {
            let state = Self.stateKey(c.state)
            if !state.isEmpty { statesOfCode[c.code, default: []].insert(state) }
        }
        var byState: [String: [Indexed]] = [:]
        var anywhere: [Indexed] = []
        var byAddress: [String: [Occupant]] = [:]
        // What decides a candidate's name entries: its state decides where they go (see `statesOfCode`).
        struct Repeat: Hashable { var code: String; var name: String; var city: String?; var zip: String?; var state: String }
        var indexed = Set<Repeat>()
        for c in candidates {
            let stated = Self.stateKey(c.state)
            let states: Set<String>
            var statedPlace = true
            if !stated.isEmpty { states = [stated] }
            else if let known = statesOfCode[c.code] { states = known }
            else { states = DetentionCodeState.plausibleStates(of: c.code); statedPlace = false }
            // The reference lists repeat each facility (the real ones: 8,412 names, 2,291 different);
            // a repeat would add entries equal to the first, which change no outcome.
            if indexed.insert(Repeat(code: c.code, name: c.name, city: c.city, zip: c.zip, state: stated)).inserted {
                for variant in FacilityNameWords.variants(c.name) {
                    let entry = Indexed(code: c.code, name: c.name, variant: variant, city: c.city, zip: c.zip, statedPlace: statedPlace)
                    if states.isEmpty { anywhere.append(entry) }
                    for state in states { byState[state, default: []].append(entry) }
                }
            }
            if !stated.isEmpty, let key = StreetAddress.key(c.address) {
                let slot = "\(stated)|\(key)"
                let type = c.type.map(FacilityNameWords.exactForm)
                if let i = (byAddress[slot] ?? []).firstIndex(where: { $0.code == c.code }) {
                    if let type { byAddress[slot]![i].types.insert(type) }
                } else {
                    byAddress[slot, default: []].append(Occupant(code: c.code, name: c.name, address: c.address ?? "",
                                                                 types: type.map { [$0] } ?? []))
                }
            }
        }
        self.byState = byState
        self.anywhere = anywhere
        var seen = Set<String>()
        self.everywhere = (byState.values.joined() + anywhere).filter { !$0.tokens.isEmpty && seen.insert("\($0.code)|\($0.exact)").inserted }
        self.byAddress = byAddress
    }

    public func match(_ query: Query) -> Match? {
        let state = Self.stateKey(query.state)
        // With no state, every code is a candidate, and only a name or a set of distinctive
        // words that one code alone holds can tie it (see `matchFuzzily`). A name of generic
        // words only (`COUNTY DETENTION CENTER`, `PROCESSING CENTER`) says nothing of where it
        // is, so with no state it ties to nothing, and it is never tied to a name of generic
        // words only (nor to a hospital or hold room for a jail's name: `kinds` must agree).
        let pool = state.isEmpty ? everywhere : byState[state] ?? []
        let named = state.isEmpty ? everywhere : pool + anywhere
        let city = query.city.map(FacilityNameWords.exactForm)
        var variants = FacilityNameWords.variants(query.name)
        if state.isEmpty {
            variants = variants.filter { !FacilityNameWords.distinctiveTokens(FacilityNameWords.words($0)).isEmpty }
            guard !variants.isEmpty else { return nil }
        }
        for variant in variants {
            let exact = FacilityNameWords.exactForm(variant)
            if let code = Self.single(named.filter { $0.exact == exact }, preferCity: city) {
                return Match(code: code, method: .exact, confidence: 1, isAccepted: true)
            }
        }
        for variant in variants {
            let words = FacilityNameWords.words(variant)
            if let code = Self.single(named.filter { $0.words == words }, preferCity: city) {
                return Match(code: code, method: .normalized, confidence: 1, isAccepted: true)
            }
            let wordSet = Set(words)
            if let code = Self.single(named.filter { $0.wordSet == wordSet }, preferCity: city) {
                return Match(code: code, method: .normalized, confidence: 1, isAccepted: true)
            }
        }
        let words = FacilityNameWords.words(variants.first ?? query.name)
        let byAddress = matchByAddress(query, state: state, words: words, pool: pool)
        if let byAddress, byAddress.isAccepted { return byAddress }
        let fuzzy = matchFuzzily(words: words, city: city, zip5: Self.zip5(query.zip), pool: pool, stateless: state.isEmpty)
        if let fuzzy, fuzzy.isAccepted { return fuzzy }
        // Neither decides: the address's suggestion, with the codes there as evidence, else the name's.
        return byAddress ?? fuzzy
    }

    /// What a code's names say of a query's distinctive tokens (`FacilityNameWords.distinctiveTokens`).
    struct Holding {
        /// The tokens some name (or the city) of the code holds.
        var held = Set<String>()
        /// Some single name holds them all and says nothing distinctive the query does not:
        /// `ELOY FEDERAL CONTRACT FACILITY` for `Eloy Detention Center`, unlike
        /// `JACKSON MEMORIAL HOSPITAL` for `Memorial Regional Hospital`.
        var exactly = false
        /// Some name is of another kind (a hospital, a hold room) than the query.
        var otherKind = false
    }

    private func holdings(of tokens: Set<String>, words: [String], in pool: [Indexed]) -> [String: Holding] {
        let queryKinds = FacilityNameWords.kinds(words)
        var result: [String: Holding] = [:]
        for entry in pool {
            let held = tokens.filter { token in
                token.utf8.contains(UInt8(ascii: " ")) ? entry.tokens.contains(token)
                                    : entry.wordsAndPlace.contains { Self.sameWord(token, $0) }
            }
            let extra = entry.tokens.filter { token in
                token.utf8.contains(UInt8(ascii: " ")) ? !tokens.contains(token) : !words.contains { Self.sameWord(token, $0) }
            }
            var current = result[entry.code] ?? Holding()
            current.held.formUnion(held)
            if held.count == tokens.count && extra.isEmpty && entry.kinds == queryKinds { current.exactly = true }
            if entry.kinds != queryKinds { current.otherKind = true }
            result[entry.code] = current
        }
        return result
    }

    private func matchByAddress(_ query: Query, state: String, words: [String], pool: [Indexed]) -> Match? {
        guard !state.isEmpty, let key = StreetAddress.key(query.address), let occupants = byAddress["\(state)|\(key)"] else { return nil }
        if occupants.count == 1, let only = occupants.first {
            return Match(code: only.code, method: .address, confidence: 0.9, isAccepted: true,
                         evidence: "same address as \(only.name) (\(only.address))")
        }
        // Several codes at one address: the one whose names are clearly closest to the query's and
        // hold all its distinctive words, with a type that agrees counting for it.
        let codes = Set(occupants.map(\.code))
        var scores: [String: Double] = [:]
        for entry in pool where codes.contains(entry.code) {
            scores[entry.code] = max(scores[entry.code] ?? 0, Self.similarity(words, entry.words))
        }
        if let type = query.type.map(FacilityNameWords.exactForm) {
            for occupant in occupants where occupant.types.contains(type) { scores[occupant.code, default: 0] += 0.2 }
        }
        // A hold room shares the main facility's address; a name that does not say HOLD is not it, and the reverse.
        let queryIsHold = words.contains("HOLD") || query.type.map(FacilityNameWords.exactForm) == "HOLD"
        for occupant in occupants {
            let isHold = occupant.types.contains("HOLD") || FacilityNameWords.words(occupant.name).contains("HOLD")
            if isHold != queryIsHold { scores[occupant.code, default: 0] -= 0.2 }
        }
        let ranked = scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let evidence = "address \(occupants[0].address) is listed for " + occupants.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        guard let top = ranked.first else { return nil }
        let margin = top.value - (ranked.count > 1 ? ranked[1].value : 0)
        let tokens = FacilityNameWords.distinctiveTokens(words)
        let holdsAll = holdings(of: tokens, words: words, in: pool.filter { $0.code == top.key })[top.key]?.held == tokens
        let clear = top.value >= 0.4 && margin >= 0.15 && holdsAll
        return Match(code: top.key, method: .address, confidence: clear ? 0.85 : 0.6, isAccepted: clear, evidence: evidence)
    }

    private func matchFuzzily(words: [String], city: String?, zip5: String?, pool: [Indexed], stateless: Bool) -> Match? {
        let distinctive = FacilityNameWords.distinctiveTokens(words)
        guard !distinctive.isEmpty else { return nil }
        let queryKinds = FacilityNameWords.kinds(words)
        var best: [String: Double] = [:]
        var coverage: [String: Double] = [:]
        for entry in pool where entry.tokens.contains(where: { t in distinctive.contains { Self.sameWord(t, $0) } }) {
            var score = Self.similarity(words, entry.words)
            if let city, city == entry.city { score += 0.15 }
            if let zip5, zip5 == entry.zip5 { score += 0.1 }
            if entry.kinds != queryKinds { score -= 0.3 }
            best[entry.code] = max(best[entry.code] ?? 0, min(score, 1))
            coverage[entry.code] = max(coverage[entry.code] ?? 0, Self.coverage(of: words, by: entry.words))
        }
        let holdings = holdings(of: distinctive, words: words, in: pool.filter { best[$0.code] != nil })
        // One code alone holds every distinctive word of the name and is of the same kind:
        // `Eloy Detention Center` is EAZ, the only facility in Arizona whose names say ELOY. When
        // its names also say something the query does not (`CAYUGA COUNTY JAIL` for `CAYUGA
        // CENTERS`), the names must agree more closely.
        let holders = holdings.filter { $0.value.held == distinctive }.map(\.key)
        if holders.count == 1, let only = holders.first, let holding = holdings[only], !holding.otherKind, let score = best[only],
           score >= (holding.exactly ? 0.4 : 0.75) {
            let shown = distinctive.sorted().joined(separator: ", ")
            return Match(code: only, method: .fuzzy, confidence: Self.rounded(max(score, Self.acceptThreshold)), isAccepted: true,
                         evidence: "the only facility \(stateless ? "anywhere" : "in the state") whose names hold \(shown)")
        }
        guard !stateless else { return nil }
        let ranked = best.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= Self.reviewThreshold else { return nil }
        // A close second is a doubt (`Florence, CO` names three federal prisons in one town), unless
        // the best holds clearly more of the name's words (`El Paso Processing Center` is the SPC,
        // not `EL PASO JUVENILE`).
        let runnerUp = ranked.count > 1 ? ranked[1] : nil
        let close = runnerUp.map { second in
            top.value - second.value < 0.1 && (coverage[top.key] ?? 0) - (coverage[second.key] ?? 0) < 0.1
        } ?? false
        let confidence = Self.rounded(top.value)
        // and a name that leaves out a distinctive word of the query is another place, however
        // alike (`LAKE COUNTY JAIL` is not `NORTH LAKE CORRECTIONAL FACILITY`).
        let accepted = !close && top.value >= Self.acceptThreshold && holdings[top.key]?.held == distinctive
        return Match(code: top.key, method: .fuzzy, confidence: accepted ? confidence : min(confidence, Self.acceptThreshold - 0.001),
                     isAccepted: accepted, evidence: close ? "close to \(runnerUp!.key) (\(Self.rounded(runnerUp!.value)))" : nil)
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    /// The one code a set of equally good entries points at (the city breaks ties), or nil.
    private static func single(_ entries: [Indexed], preferCity city: String?) -> String? {
        let codes = Set(entries.map(\.code))
        if codes.count == 1 { return codes.first }
        guard codes.count > 1, let city else { return nil }
        let inCity = Set(entries.filter { $0.city == city }.map(\.code))
        return inCity.count == 1 ? inCity.first : nil
    }

    static func weight(_ word: String) -> Double {
        FacilityNameWords.commonWords.contains(word) ? 0.25 : FacilityNameWords.qualifierWords.contains(word) ? 0.6 : 1
    }

    /// Weighted Dice coefficient of two names' words.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        let setA = Set(a), setB = Set(b)
        let total = setA.reduce(0) { $0 + weight($1) } + setB.reduce(0) { $0 + weight($1) }
        guard total > 0 else { return 0 }
        let shared = setA.filter { word in setB.contains { sameWord(word, $0) } }.reduce(0) { $0 + weight($1) }
        return 2 * shared / total
    }

    /// The share of a query's words (weighted as in `similarity`) that a name holds.
    static func coverage(of query: [String], by name: [String]) -> Double {
        let words = Set(query)
        let total = words.reduce(0) { $0 + weight($1) }
        guard total > 0 else { return 0 }
        return words.filter { word in name.contains { sameWord(word, $0) } }.reduce(0) { $0 + weight($1) } / total
    }

    /// Equal, or one letter added or dropped in a word of four letters or more (`FORTH`), or long
    /// enough that one slip of the keyboard (`CIMMARRON`, `PROCSESING`) is a misspelling, or sharing
    /// all but the last letter of the shorter and at least six (`SERVICING` for SERVICE).
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return PlainASCII.withBytes(a, b, { sameWord($0, $1) }) ?? sameWordByCharacters(a, b)
    }

    /// `sameWord` on characters, for text that is not plain ASCII.
    static func sameWordByCharacters(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let space = UInt8(ascii: " ")
        guard a.first == b.first, !a.allSatisfy(\.isNumber), !b.allSatisfy(\.isNumber),
              !a.utf8.contains(space), !b.utf8.contains(space) else { return false }
        // A letter too many in a word of four or more (`FORTH WORTH`)
        if min(a.count, b.count) >= 4, abs(a.count - b.count) == 1, EditDistance.between(a, b, limit: 1) != nil { return true }
        guard a.count >= 6, b.count >= 6 else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        if common >= min(a.count, b.count) - 1 { return true }
        return abs(a.count - b.count) <= 1 && EditDistance.between(a, b, limit: 1) != nil
    }

    /// `sameWord` on plain ASCII, a byte for a character: the matcher compares words some
    /// hundred thousand times per run, and almost every word is plain ASCII.
    private static func sameWord(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let space = UInt8(ascii: " ")
        guard a.first == b.first, !a.allSatisfy(PlainASCII.isDigit), !b.allSatisfy(PlainASCII.isDigit),
              !a.contains(space), !b.contains(space) else { return false }
        let shorter = min(a.count, b.count)
        if shorter >= 4, abs(a.count - b.count) == 1, EditDistance.between(a, b, limit: 1) != nil { return true }
        guard shorter >= 6 else { return false }
        var common = 0
        while common < shorter, a[common] == b[common] { common += 1 }
        if common >= shorter - 1 { return true }
        return abs(a.count - b.count) <= 1 && EditDistance.between(a, b, limit: 1) != nil
    }

    static func zip5(_ zip: String?) -> String? {
        guard let zip else { return nil }
        let digits = zip.split(separator: "-").first.map { $0.split(separator: ".").first.map(String.init) ?? "" } ?? ""
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 5 || digits.count == 9 else { return nil }
        let padded = String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        return String(padded.prefix(5))
    }

    static func stateKey(_ state: String?) -> String {
        (state ?? "").uppercased().filter { $0.isLetter }
    }

    /// Words of a name as the matcher compares them (`FacilityNameWords.words`).
    public static func normalisedWords(_ name: String) -> [String] { FacilityNameWords.words(name) }
}
