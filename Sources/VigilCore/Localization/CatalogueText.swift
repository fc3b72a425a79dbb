/// Vigil's own words as data: a catalogue key and the values its `{placeholders}` name, drawn
/// later in the reader's language (a page, a draft) or in English (the API, downloads and the
/// command line, which stay in English). Used where VigilCore writes sentences a page shows,
/// such as the release screener's reasons.
public struct CatalogueText: Sendable, Hashable, Codable {
    /// What fills one placeholder.
    public enum Argument: Sendable, Hashable, Codable {
        /// Data, shown as it is: a date, a number, a country, a condition's name.
        case plain(String)
        /// Vigil's words inside Vigil's words, drawn in the same language.
        case text(CatalogueText)
        /// Several of them, joined by `separator`.
        case list([CatalogueText], separator: String)
    }

    /// Empty for a verbatim text (`verbatim(_:)`).
    public var key: String
    public var arguments: [String: Argument]

    /// `arguments` are data; `parts` are Vigil's words drawn in the same language.
    public init(_ key: String, _ arguments: [String: String] = [:], parts: [String: CatalogueText] = [:]) {
        self.key = key
        self.arguments = arguments.mapValues(Argument.plain).merging(parts.mapValues(Argument.text)) { $1 }
    }

    public init(key: String, arguments: [String: Argument]) {
        self.key = key
        self.arguments = arguments
    }

    /// Text that is not Vigil's words (a document title someone typed, a sentence read back from
    /// JSON): the same in every language.
    public static func verbatim(_ text: String) -> CatalogueText {
        CatalogueText(key: "", arguments: ["text": .plain(text)])
    }

    /// The message in `catalogue`'s language.
    public func text(in catalogue: Catalogue) -> String {
        guard !key.isEmpty else {
            if case .plain(let text)? = arguments["text"] { return text }
            return ""
        }
        return catalogue.text(key, arguments.mapValues { argument in
            switch argument {
            case .plain(let value): value
            case .text(let inner): inner.text(in: catalogue)
            case .list(let items, let separator): items.map { $0.text(in: catalogue) }.joined(separator: separator)
            }
        })
    }

    /// For the API, downloads, the command line and logs.
    public var english: String { text(in: .english) }
}
