/// How facility names are compared: the words of a name, upper case, with ICE's
/// abbreviations expanded, and the alternative names a single written name carries.
///
/// Reference lists and workbooks write one facility many ways: `KARNES CO IMMIGRATION PROCESS
/// CTR` and `KARNES COUNTY IMMIGRATION PROCESSING CENTER`, `BAKER C. I.` and `BAKER CORRECTIONAL
/// INSTITUTION`, `MAIN - FOLKSTON IPC (D RAY JAMES)` and `FOLKSTON MAIN IPC`. Folding both sides
/// the same way lets an exact comparison of words do most of the matching.
public enum FacilityNameWords {
    /// Abbreviations ICE's lists and workbooks use for the same word; an empty expansion drops the word.
    public static let expansions: [String: String] = [
        "CO": "COUNTY", "CNTY": "COUNTY", "CTY": "COUNTY", "CNT": "COUNTY",
        "DET": "DETENTION", "DETN": "DETENTION", "DETENTIONS": "DETENTION",
        "CTR": "CENTER", "CNTR": "CENTER", "CENTRE": "CENTER", "CTRS": "CENTERS",
        "FAC": "FACILITY", "FACIL": "FACILITY", "FACILI": "FACILITY",
        "CORR": "CORRECTIONAL", "CORRECTIONS": "CORRECTIONAL", "CORRECTION": "CORRECTIONAL", "CORRL": "CORRECTIONAL",
        "CC": "CORRECTIONAL CENTER", "CI": "CORRECTIONAL INSTITUTION", "CF": "CORRECTIONAL FACILITY",
        "DC": "DETENTION CENTER", "PC": "PROCESSING CENTER", "RC": "RESIDENTIAL CENTER",
        "PROC": "PROCESSING", "PROCESS": "PROCESSING", "SPC": "SERVICE PROCESSING CENTER", "IPC": "ICE PROCESSING CENTER",
        "SVC": "SERVICE", "SERV": "SERVICE", "SVCS": "SERVICES",
        "REG": "REGIONAL", "RGNL": "REGIONAL", "RGN": "REGIONAL", "RGL": "REGIONAL",
        "DEPT": "DEPARTMENT", "DEP": "DEPARTMENT", "SHERIFFS": "SHERIFF", "OFC": "OFFICE", "OFF": "OFFICE",
        "ST": "SAINT", "MT": "MOUNT", "FT": "FORT", "CTRL": "CENTRAL", "CNTRL": "CENTRAL", "INST": "INSTITUTION",
        "PAR": "PARISH", "JUV": "JUVENILE", "FED": "FEDERAL", "ADLT": "ADULT", "FAM": "FAMILY",
        "RES": "RESIDENTIAL", "RESID": "RESIDENTIAL", "PUB": "PUBLIC", "SFTY": "SAFETY", "CPLX": "COMPLEX",
        "DIST": "DISTRICT", "MUN": "MUNICIPAL", "HOSP": "HOSPITAL", "MED": "MEDICAL", "HLTH": "HEALTH", "PEN": "PENITENTIARY",
        "HLD": "HOLD", "HOLDING": "HOLD", "HOLDROOM": "HOLD ROOM", "RM": "ROOM", "JL": "JAIL", "TEX": "TEXAS", "INSTITUTE": "INSTITUTION",
        "FCI": "FEDERAL CORRECTIONAL INSTITUTION", "FMC": "FEDERAL MEDICAL CENTER", "USP": "US PENITENTIARY",
        "NW": "NORTHWEST", "NE": "NORTHEAST", "SW": "SOUTHWEST", "SE": "SOUTHEAST", "CDF": "CONTRACT DETENTION FACILITY",
        "MDC": "METROPOLITAN DETENTION CENTER", "MCC": "METROPOLITAN CORRECTIONAL CENTER", "FDC": "FEDERAL DETENTION CENTER",
        "AND": "", "OF": "", "THE": "",
    ]

    /// `expansions` as the words each gives, split once rather than on every name.
    static let expansionWords: [String: [String]] = expansions.mapValues { $0.split(separator: " ").map(String.init) }

    /// Words that many facilities share. They count for little when names are compared
    /// fuzzily, and a fuzzy match needs at least one word that is not among them: `ELOY
    /// DETENTION CENTER` is not `YAVAPAI COUNTY DETENTION CENTER` for sharing two of these.
    public static let commonWords: Set<String> = [
        "COUNTY", "DETENTION", "CENTER", "CENTERS", "FACILITY", "CORRECTIONAL", "JAIL", "ICE", "PROCESSING", "SERVICE",
        "CONTRACT", "FEDERAL", "REGIONAL", "INSTITUTION", "DEPARTMENT", "SHERIFF", "OFFICE", "CITY", "PARISH", "PRISON",
        "ADULT", "JUVENILE", "HOLD", "ROOM", "STATE", "PUBLIC", "SAFETY", "COMPLEX", "IMMIGRATION", "RESIDENTIAL",
        "FAMILY", "MEDICAL", "HOSPITAL", "JUSTICE", "DISTRICT", "MUNICIPAL", "LAW", "ENFORCEMENT", "US", "UNITED",
        "STATES", "PENITENTIARY", "METROPOLITAN", "STAGING", "SECURITY", "MANAGEMENT", "COURT", "HOUSE", "DIVISION",
        "NEW", "SAINT", "CORRECTIONS", "DETENTIONS", "PROGRAM", "UNIT", "BUILDING", "CAMP", "SITE",
        // ICE's facility types, often written into names
        "IGSA", "DIGSA", "IGA", "USMS", "CDF", "SPC", "BOP",
    ]

    /// Directions and parts: they tell apart facilities of one state or one site (`WESTERN REGIONAL
    /// JAIL`, `SOUTHERN REGIONAL JAIL`; `LOUISIANA ICE PROCESSING CENTER`, `SOUTH LOUISIANA ...` and
    /// `CENTRAL LOUISIANA ...`;
    /// `FOLKSTON MAIN IPC` and `FOLKSTON ANNEX IPC`), so they are distinctive, but many names carry
    /// one, so they weigh less than a name's own words.
    public static let qualifierWords: Set<String> = [
        "ANNEX", "MAIN", "CENTRAL", "NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "NORTHWEST", "NORTHEAST",
        "SOUTHWEST", "SOUTHEAST", "NORTHWESTERN", "NORTHEASTERN", "SOUTHWESTERN", "SOUTHEASTERN",
    ]

    /// Words that say what kind of place a name is, other than a place where ICE detains adults:
    /// a hospital, a hold room, a juvenile facility. A jail's name does not match a psychiatric centre's for sharing a county.
    public static let kindWords: [String: Set<String>] = [
        "medical": ["HOSPITAL", "MEDICAL", "PSYCHIATRIC", "CLINIC", "HEALTH", "INFIRMARY", "BEHAVIORAL", "BEHAVIOR"],
        "hold room": ["HOLD"],
        "juvenile": ["JUVENILE", "YOUTH", "CHILD", "CHILDREN", "CHILDRENS"],
    ]

    /// The kinds (`kindWords`) a name's words say.
    public static func kinds(_ words: [String]) -> Set<String> {
        Set(kindWords.filter { !$0.value.isDisjoint(with: words) }.keys)
    }

    /// What sets a name apart: its words that are not `commonWords`, and `<NAME> COUNTY` (or
    /// PARISH) as one more token, since `BAKER COUNTY DETENTION CENTER` is the county's jail and
    /// not `BAKER CORRECTIONAL INSTITUTION`, though both are BAKER.
    public static func distinctiveTokens(_ words: [String]) -> Set<String> {
        var tokens = Set(words.filter { !commonWords.contains($0) })
        for (word, next) in zip(words, words.dropFirst()) where (next == "COUNTY" || next == "PARISH") && !commonWords.contains(word) {
            tokens.insert("\(word) \(next)")
        }
        return tokens
    }

    /// Words of a name: upper case, punctuation dropped, runs of single letters joined
    /// (`C. I.` → `CI`), abbreviations expanded, and a trailing number dropped (`CENTER2`,
    /// `FACILITY 2`: ICE numbers a second row for the same place).
    public static func words(_ name: String) -> [String] {
        let raw = PlainASCII.withBytes(name, { runsOfLettersAndDigits($0, skipping: [UInt8(ascii: "'")]) })
            ?? runsOfLettersAndDigits(name, skipping: ["'", "’"])
        var joined: [String] = []
        var letters = ""
        for word in raw {
            if word.count == 1, word.first!.isLetter {
                letters.append(word)
            } else {
                if !letters.isEmpty { joined.append(letters); letters = "" }
                joined.append(word)
            }
        }
        if !letters.isEmpty { joined.append(letters) }
        var words: [String] = []
        for word in joined {
            if let expanded = expansionWords[word] { words.append(contentsOf: expanded) } else { words.append(word) }
        }
        while let last = words.last, last.allSatisfy(\.isNumber), words.count > 1 { words.removeLast() }
        if let last = words.last, last.first?.isLetter == true, last.last?.isNumber == true {
            words[words.count - 1] = String(last.prefix { !$0.isNumber })
        }
        return words
    }

    /// The runs of letters and digits of `text`, upper case; the characters in `skipping` are
    /// dropped without ending a run (`O'NEILL` is one word), and any other character ends one.
    static func runsOfLettersAndDigits(_ text: String, skipping: Set<Character>) -> [String] {
        var runs: [String] = []
        var current = ""
        for c in text.uppercased() {
            if c.isLetter || c.isNumber {
                current.append(c)
            } else if !skipping.contains(c) {
                if !current.isEmpty { runs.append(current); current = "" }
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The same for plain ASCII (`PlainASCII`), a byte for a character: names are compared
    /// many thousand times per matching run, and nearly all are plain ASCII.
    static func runsOfLettersAndDigits(_ bytes: UnsafeBufferPointer<UInt8>, skipping: Set<UInt8>) -> [String] {
        var runs: [String] = []
        var current: [UInt8] = []
        for byte in bytes {
            if PlainASCII.isLetter(byte) || PlainASCII.isDigit(byte) {
                current.append(PlainASCII.uppercased(byte))
            } else if !skipping.contains(byte) {
                if !current.isEmpty { runs.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { runs.append(String(decoding: current, as: UTF8.self)) }
        return runs
    }

    /// The names one written name stands for: the name without its parentheses, each
    /// parenthesised part of two words or more (one of them distinctive) on its own, and each side of a ` / `. ICE writes a facility's former or
    /// other name in parentheses: `TACOMA ICE PROCESSING CENTER (NORTHWEST DET CTR)`.
    public static func variants(_ name: String) -> [String] {
        // "Winn Correctional Center (WCC) / Christus St. Francis Cabrini Hospital": two places, each a name.
        let (hasAlternatives, hasParenthesis) = Self.separators(in: name)
        // Most names are one name: then it is its only variant, when it has words at all.
        if !hasAlternatives && !hasParenthesis { return words(name).isEmpty ? [] : [name] }
        if hasAlternatives {
            let alternatives = name.components(separatedBy: " / ")
            if alternatives.count > 1 { return alternatives.flatMap(variants) }
        }
        var outside = ""
        var inside = ""
        var parts: [String] = []
        var depth = 0
        for c in name {
            if c == "(" { depth += 1; if depth == 1 { inside = "" }; outside.append(" "); continue }
            if c == ")", depth > 0 {
                depth -= 1
                if depth == 0 { parts.append(inside) }
                continue
            }
            if depth > 0 { inside.append(c) } else { outside.append(c) }
        }
        if depth > 0 { outside += " " + inside }  // an unclosed parenthesis: keep its words
        var result = [outside]
        // An aside of generic words only names no place of its own: `ST. ELIZABETH'S HOSPITAL (DC)`
        // would otherwise be called `DETENTION CENTER`, and every county's detention centre would tie to it.
        for part in parts where words(part).count >= 2 && !distinctiveTokens(words(part)).isEmpty { result.append(part) }
        return result.filter { !words($0).isEmpty }
    }

    /// Whether `name` holds ` / ` (two names) and whether it holds `(`, found on its bytes.
    private static func separators(in name: String) -> (alternatives: Bool, parenthesis: Bool) {
        var utf8 = name.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        var parenthesis = false
        while let byte = utf8.next() {
            if byte == UInt8(ascii: "(") { parenthesis = true }
            if byte == UInt8(ascii: " "), previous == (UInt8(ascii: " "), UInt8(ascii: "/")) { return (true, parenthesis) }
            previous = (previous.1, byte)
        }
        return (false, parenthesis)
    }

    /// Upper case with runs of whitespace folded to one space.
    public static func exactForm(_ text: String) -> String {
        PlainASCII.withBytes(text) { bytes -> String in
            // In plain ASCII the only whitespace is the space.
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte == UInt8(ascii: " ") {
                    if let last = folded.last, last != UInt8(ascii: " ") { folded.append(byte) }
                } else {
                    folded.append(PlainASCII.uppercased(byte))
                }
            }
            if folded.last == UInt8(ascii: " ") { folded.removeLast() }
            return String(decoding: folded, as: UTF8.self)
        } ?? exactFormByCharacters(text)
    }

    static func exactFormByCharacters(_ text: String) -> String {
        text.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
