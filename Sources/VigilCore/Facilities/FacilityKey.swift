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
        // The words of name and state joined by hyphens, written straight into one buffer: a key
        // is made for every facility row of every import, several times.
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count + 4)
        func append(wordsOf text: String) {
            var inWord = false
            Self.forEachWordByte(of: text) { byte in
                guard let byte else { inWord = false; return }
                if !inWord, !key.isEmpty { key.append(UInt8(ascii: "-")) }
                inWord = true
                key.append(byte)
            }
        }
        append(wordsOf: name)
        if let state { append(wordsOf: state) }
        rawValue = String(decoding: key, as: UTF8.self)
    }

    /// Lower-case ASCII letters and digits, split on everything else; `&` reads as `and`.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        forEachWordByte(of: text) { byte in
            if let byte { current.append(byte); return }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with each byte of each word of `text` in turn, and with nil where a word
    /// ends: lower-case ASCII letters and digits, split on everything else; `&` is the word `and`.
    ///
    /// Works on Unicode scalars' values, not characters: names are overwhelmingly ASCII, and a
    /// per-character Unicode lookup made this a tenth of a whole import's time. Non-ASCII letters
    /// are folded through their lower-case mapping when it is a single ASCII letter (`É` is not, and splits).
    private static func forEachWordByte(of text: String, _ body: (UInt8?) -> Void) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                body(UInt8(v))
            } else if v >= 0x41 && v <= 0x5A {
                body(UInt8(v + 0x20))
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "SHERIFF'S" and "SHERIFFS" are the same word
            } else if v < 0x80 {
                body(nil)
                if scalar == "&" { for byte in "and".utf8 { body(byte) }; body(nil) }
            } else {
                let lower = scalar.properties.lowercaseMapping.unicodeScalars
                if lower.count == 1, let c = lower.first, c.value >= 0x61 && c.value <= 0x7A {
                    body(UInt8(c.value))
                } else {
                    body(nil)
                }
            }
        }
        body(nil)
    }

    public var description: String { rawValue }

    public static func < (a: FacilityKey, b: FacilityKey) -> Bool { a.rawValue < b.rawValue }
}
