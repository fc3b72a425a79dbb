/// The languages drafts are written in, by their `?lang=` code.
enum DraftLanguage: String, Sendable, Hashable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// `?lang=es` is Spanish; anything else, or nothing, is English.
    init(query value: String?) {
        self = value.flatMap { DraftLanguage(rawValue: $0.lowercased()) } ?? .english
    }
}
