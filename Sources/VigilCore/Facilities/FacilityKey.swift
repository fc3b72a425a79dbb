/// A stable, URL-safe identity for a facility derived from its name and state,
/// e.g. `stewart-detention-center-ga`.
///
/// ICE's workbooks carry no facility code, and write names in varying case and
/// punctuation ("STEWART DETENTION CENTER", "Stewart Detention Center"). The key folds
/// those differences so the same facility lines up across releases.
public struct FacilityKey: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(name: String, state: String?) {
        var words = FacilityKey.words(of: name)
        if let state, !state.isEmpty { words.append(contentsOf: FacilityKey.words(of: state)) }
        rawValue = words.joined(separator: "-")
    }

    /// Lower-case ASCII letters and digits, split on everything else; `&` reads as `and`.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping
            if lower.unicodeScalars.count == 1, let c = lower.unicodeScalars.first,
               (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                current.unicodeScalars.append(c)
            } else if scalar == "'" || scalar == "’" {
                continue  // "SHERIFF'S" and "SHERIFFS" are the same word
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if scalar == "&" { words.append("and") }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    public var description: String { rawValue }

    public static func < (a: FacilityKey, b: FacilityKey) -> Bool { a.rawValue < b.rawValue }
}
