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
    ///
    /// Works on UTF-8 bytes: names are overwhelmingly ASCII, and a per-character Unicode
    /// lookup made this a tenth of a whole import's time. Non-ASCII letters are folded
    /// through their lower-case mapping when it is a single ASCII letter (`É` is not, and splits).
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                current.append(UInt8(v))
            } else if v >= 0x41 && v <= 0x5A {
                current.append(UInt8(v + 0x20))
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "SHERIFF'S" and "SHERIFFS" are the same word
            } else if v < 0x80 {
                flush()
                if scalar == "&" { words.append("and") }
            } else {
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let c = lower.first, c.value >= 0x61 && c.value <= 0x7A {
                    current.append(UInt8(c.value))
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }

    public var description: String { rawValue }

    public static func < (a: FacilityKey, b: FacilityKey) -> Bool { a.rawValue < b.rawValue }
}
