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
        // The words of name and state joined by hyphens, written straight into the key's own
        // storage: a key is made for every facility row of every import, several times. Through
        // a closure per byte and a byte array, keys took 3% of an ICE-statistics import's CPU; 0.7% so.
        // Each byte of text yields at most 4 of the key ("&" is "-and"), and one hyphen joins the state.
        let capacity = 4 * (name.utf8.count + (state?.utf8.count ?? 0)) + 1
        rawValue = String(unsafeUninitializedCapacity: max(1, capacity)) { buffer in
            var key = HyphenatedWords(buffer: buffer)
            Self.forEachWordByte(of: name, into: &key)
            if let state {
                key.endWord()
                Self.forEachWordByte(of: state, into: &key)
            }
            return key.count
        }
    }

    /// Lower-case ASCII letters and digits, split on everything else; `&` reads as `and`.
    static func words(of text: String) -> [String] {
        var words = SeparateWords()
        forEachWordByte(of: text, into: &words)
        return words.words
    }

    /// Gives `sink` each byte of each word of `text` in turn, and ends a word where one ends:
    /// lower-case ASCII letters and digits, split on everything else; `&` is the word `and`.
    ///
    /// Names are overwhelmingly ASCII, and are read as bytes then. Other text goes scalar by
    /// scalar (a per-character Unicode lookup made this a tenth of a whole import's time): a
    /// non-ASCII letter is folded through its lower-case mapping when that is a single ASCII
    /// letter (`É` is not, and splits).
    static func forEachWordByte<Sink: WordByteSink>(of text: String, into sink: inout Sink) {
        let readAsASCII = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for byte in bytes { take(ascii: byte, into: &sink) }
            return true
        }
        if readAsASCII != true {
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x80 {
                    take(ascii: UInt8(v), into: &sink)
                } else if scalar == "\u{2019}" {
                    continue  // a typographic apostrophe, as `'`
                } else {
                    let lower = scalar.properties.lowercaseMapping.unicodeScalars
                    if lower.count == 1, let c = lower.first, c.value >= 0x61 && c.value <= 0x7A {
                        sink.take(UInt8(c.value))
                    } else {
                        sink.endWord()
                    }
                }
            }
        }
        sink.endWord()
    }

    @inline(__always)
    private static func take<Sink: WordByteSink>(ascii byte: UInt8, into sink: inout Sink) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            sink.take(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            sink.take(byte + 0x20)
        case UInt8(ascii: "'"):
            break  // "SHERIFF'S" and "SHERIFFS" are the same word
        case UInt8(ascii: "&"):
            sink.endWord()
            for letter in "and".utf8 { sink.take(letter) }
            sink.endWord()
        default:
            sink.endWord()
        }
    }

    public var description: String { rawValue }

    public static func < (a: FacilityKey, b: FacilityKey) -> Bool { a.rawValue < b.rawValue }
}

/// Where `FacilityKey.forEachWordByte` puts the words it finds.
protocol WordByteSink {
    mutating func take(_ byte: UInt8)
    mutating func endWord()
}

/// Words joined by hyphens, written into a buffer large enough for them.
private struct HyphenatedWords: WordByteSink {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    var inWord = false

    mutating func take(_ byte: UInt8) {
        if !inWord && count > 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        inWord = true
        buffer[count] = byte
        count += 1
    }

    mutating func endWord() { inWord = false }
}

/// Each word as a string of its own.
private struct SeparateWords: WordByteSink {
    var words: [String] = []
    var current: [UInt8] = []

    mutating func take(_ byte: UInt8) { current.append(byte) }

    mutating func endWord() {
        guard !current.isEmpty else { return }
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
    }
}
