/// Ties a facility as the statistics workbooks name it to a registry code, with no I/O:
/// given the workbook's name, city, state and zip and every name the registry knows.
///
/// Methods, tried in order, each within the same state:
/// - `exact`: the names agree ignoring case and spacing;
/// - `normalized`: they agree after `normalisedWords` (punctuation dropped, `CO` → `COUNTY`,
///   `DET` → `DETENTION`, `CTR` → `CENTER`, ...);
/// - `fuzzy`: the best word-set similarity (Dice coefficient on normalised words, plus
///   0.15 when the city agrees and 0.1 when the 5-digit zip agrees, capped at 1).
///
/// A fuzzy match scoring at least `acceptThreshold` is used; one between `reviewThreshold` and
/// it is kept as a suggestion for review (not used in figures); below that, no match.
/// When two codes tie for the best score, the match is doubtful and goes to review.
public struct FacilityNameMatcher: Sendable {
    public struct Candidate: Hashable, Sendable {
        public var code: String
        public var name: String
        public var city: String?
        public var state: String?
        public var zip: String?

        public init(code: String, name: String, city: String?, state: String?, zip: String?) {
            self.code = code
            self.name = name
            self.city = city
            self.state = state
            self.zip = zip
        }
    }

    public struct Query: Hashable, Sendable {
        public var name: String
        public var city: String?
        public var state: String?
        public var zip: String?

        public init(name: String, city: String?, state: String?, zip: String?) {
            self.name = name
            self.city = city
            self.state = state
            self.zip = zip
        }
    }

    public struct Match: Hashable, Sendable {
        public var code: String
        public var method: FacilityMatchMethod
        /// 1 for exact and normalised matches; the similarity score for fuzzy ones.
        public var confidence: Double
        /// True when the match is good enough to count in figures without a person's review.
        public var isAccepted: Bool
    }

    public static let acceptThreshold = 0.8
    public static let reviewThreshold = 0.5

    private struct Indexed: Sendable {
        var candidate: Candidate
        var exact: String
        var words: [String]
        var wordSet: Set<String>
    }

    private let byState: [String: [Indexed]]

    public init(candidates: [Candidate]) {
        var byState: [String: [Indexed]] = [:]
        for c in candidates {
            let words = Self.normalisedWords(c.name)
            byState[Self.stateKey(c.state), default: []].append(
                Indexed(candidate: c, exact: Self.exactForm(c.name), words: words, wordSet: Set(words)))
        }
        self.byState = byState
    }

    public func match(_ query: Query) -> Match? {
        let pool = byState[Self.stateKey(query.state)] ?? []
        guard !pool.isEmpty else { return nil }
        let exact = Self.exactForm(query.name)
        if let code = Self.single(pool.filter { $0.exact == exact }, preferCity: query.city) {
            return Match(code: code, method: .exact, confidence: 1, isAccepted: true)
        }
        let words = Self.normalisedWords(query.name)
        if let code = Self.single(pool.filter { $0.words == words }, preferCity: query.city) {
            return Match(code: code, method: .normalized, confidence: 1, isAccepted: true)
        }
        let wordSet = Set(words)
        var best: [String: Double] = [:]
        for entry in pool {
            var score = Self.dice(wordSet, entry.wordSet)
            guard score > 0 else { continue }
            if let a = query.city, let b = entry.candidate.city, Self.exactForm(a) == Self.exactForm(b) { score += 0.15 }
            if let a = query.zip?.prefix(5), let b = entry.candidate.zip?.prefix(5), a.count == 5, a == b { score += 0.1 }
            score = min(score, 1)
            best[entry.candidate.code] = max(best[entry.candidate.code] ?? 0, score)
        }
        let ranked = best.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= Self.reviewThreshold else { return nil }
        let tied = ranked.count > 1 && abs(ranked[1].value - top.value) < 1e-9
        let confidence = (top.value * 1000).rounded() / 1000
        return Match(code: top.key, method: .fuzzy, confidence: tied ? min(confidence, Self.acceptThreshold - 0.001) : confidence,
                     isAccepted: !tied && top.value >= Self.acceptThreshold)
    }

    /// The one code a set of equally good entries points at (the city breaks ties), or nil.
    private static func single(_ entries: [Indexed], preferCity city: String?) -> String? {
        let codes = Set(entries.map(\.candidate.code))
        if codes.count == 1 { return codes.first }
        guard codes.count > 1, let city else { return nil }
        let inCity = Set(entries.filter { $0.candidate.city.map(exactForm) == exactForm(city) }.map(\.candidate.code))
        return inCity.count == 1 ? inCity.first : nil
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    static func stateKey(_ state: String?) -> String {
        (state ?? "").uppercased().filter { $0.isLetter }
    }

    /// Upper case with runs of whitespace folded to one space.
    static func exactForm(_ text: String) -> String {
        text.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Abbreviations ICE's lists and workbooks use for the same word.
    static let expansions: [String: String] = [
        "CO": "COUNTY", "CNTY": "COUNTY", "CTY": "COUNTY", "DET": "DETENTION", "DETN": "DETENTION",
        "CTR": "CENTER", "CNTR": "CENTER", "CENTRE": "CENTER", "FAC": "FACILITY", "FACIL": "FACILITY",
        "CORR": "CORRECTIONAL", "CORRECTIONS": "CORRECTIONAL", "CORRECTION": "CORRECTIONAL", "CC": "CORRECTIONAL CENTER",
        "PROC": "PROCESSING", "SPC": "SERVICE PROCESSING CENTER", "IPC": "PROCESSING CENTER", "JAIL": "JAIL",
        "REG": "REGIONAL", "RGNL": "REGIONAL", "DEPT": "DEPARTMENT", "SHERIFFS": "SHERIFF", "OFC": "OFFICE",
        "ST": "SAINT", "MT": "MOUNT", "FT": "FORT", "CTRL": "CENTRAL", "INST": "INSTITUTION", "DETENTIONS": "DETENTION",
        "CNT": "COUNTY", "PAR": "PARISH", "JUV": "JUVENILE", "FED": "FEDERAL", "ADULT": "ADULT", "CTRS": "CENTERS",
        "AND": "", "OF": "", "THE": "",
    ]

    /// Words of a name, upper case, punctuation dropped, abbreviations expanded, `&`/AND/OF/THE dropped.
    public static func normalisedWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let word = expansions[current] ?? current
            words.append(contentsOf: word.split(separator: " ").map(String.init))
            current = ""
        }
        for c in name.uppercased() {
            if c.isLetter || c.isNumber { current.append(c) } else if c == "'" || c == "’" || c == "." { continue } else { flush() }
        }
        flush()
        return words
    }
}
