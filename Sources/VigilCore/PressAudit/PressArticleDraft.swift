/// An article an editor pastes to audit: its title, outlet, address, date and text.
public struct PressArticleDraft: Sendable, Hashable, Codable {
    public var title: String
    public var outlet: String
    public var url: String?
    public var publishedOn: CalendarDate?
    public var text: String

    public init(title: String, outlet: String, url: String? = nil, publishedOn: CalendarDate? = nil, text: String) {
        self.title = title
        self.outlet = outlet
        self.url = url
        self.publishedOn = publishedOn
        self.text = text
    }

    /// The article as the audit reads it, named by its title (as the issue asks of pasted articles).
    public var article: PressArticle { PressArticle(name: title, text: text) }

    /// Problems an editor must fix before the audit is saved, by field name.
    public var problems: [String: String] {
        var found: [String: String] = [:]
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        if blank(title) { found["title"] = "Required, but blank." } else if title.count > 300 { found["title"] = "Too long: at most 300 characters." }
        if blank(outlet) { found["outlet"] = "Required, but blank." } else if outlet.count > 200 { found["outlet"] = "Too long: at most 200 characters." }
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 2000 || url.contains(where: \.isWhitespace) {
            found["url"] = "An address starting https:// or http://, without spaces."
        }
        if blank(text) { found["text"] = "Paste the article's text." } else if text.unicodeScalars.count > 50_000 {
            found["text"] = "Too long: at most 50,000 characters (a long article can be audited in parts, or from the command line)."
        }
        return found
    }
}
