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
    public static func fill(_ message: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, message.contains("{") else { return message }
        var result = message
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
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
