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
    public var problems: [String: FieldProblemReason] {
        var found: [String: FieldProblemReason] = [:]
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        if blank(title) { found["title"] = .required } else if title.count > 300 { found["title"] = .atMost(max: 300) }
        if blank(outlet) { found["outlet"] = .required } else if outlet.count > 200 { found["outlet"] = .atMost(max: 200) }
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 2000 || url.contains(where: \.isWhitespace) {
            found["url"] = .addressNeedsScheme
        }
        if blank(text) { found["text"] = .pasteText } else if text.unicodeScalars.count > 50_000 {
            found["text"] = .articleTooLong(max: 50_000)
        }
        return found
    }
}
