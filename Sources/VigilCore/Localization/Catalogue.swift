import Foundation

/// Vigil's own words in one language: a message per key. Keys name the place a message is used
/// (`ranking.title`), so one English sentence used in two places can read differently in Spanish.
///
/// A catalogue is written in parts, one per feature (`English+Ranking.swift`), so each feature's
/// messages sit together; `english` and `spanish` list the parts.
public struct Catalogue: Sendable {
    public let language: SiteLanguage
    public let messages: [String: String]
    /// Keys given by two parts: a mistake the catalogue test reports (the later part wins here).
    public let duplicateKeys: [String]

    public init(language: SiteLanguage, parts: [[String: String]]) {
        var messages: [String: String] = [:]
        var duplicates: [String] = []
        for part in parts {
            for (key, message) in part {
                if messages.updateValue(message, forKey: key) != nil { duplicates.append(key) }
            }
        }
        self.language = language
        self.messages = messages
        self.duplicateKeys = duplicates.sorted()
    }

    public static func of(_ language: SiteLanguage) -> Catalogue {
        switch language {
        case .english: english
        case .spanish: spanish
        }
    }

    /// The message for `key` with each `{name}` replaced by its argument. A key the catalogue lacks
    /// comes back as itself, so the page shows the key instead of failing; the catalogue test
    /// fails on it long before a reader could see one.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let message = messages[key] else { return key }
        return Self.fill(message, arguments)
    }

    /// `{name}` → its argument. Braces with no argument are left as they are.
    ///
    /// One pass over the message: an argument's value is put in as it is, never searched for
    /// braces of its own (replacing each name in turn did, in the dictionary's changing order).
    public static func fill(_ message: String, _ arguments: [String: String]) -> String {
        let utf8 = message.utf8
        guard !arguments.isEmpty, var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return message }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var copied = utf8.startIndex
        while true {
            let nameStart = utf8.index(after: open)
            var next = nameStart
            if let close = utf8[nameStart...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
               utf8[close] == UInt8(ascii: "}"), let value = arguments[String(message[nameStart..<close])] {
                result += message[copied..<open]
                result += value
                copied = utf8.index(after: close)
                next = copied
            }
            guard let following = utf8[next...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = following
        }
        result += message[copied...]
        return result
    }

    /// The plural form of `key` for `count`: `key.one` for exactly one, else `key.other`. English
    /// and Spanish share this rule for whole numbers (CLDR); a language with more forms would add
    /// its own here.
    public static func pluralKey(_ key: String, count: Int, language: SiteLanguage) -> String {
        switch language {
        case .english, .spanish: count == 1 ? key + ".one" : key + ".other"
        }
    }
}
