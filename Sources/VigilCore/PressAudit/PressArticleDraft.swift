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
        if blank(title) { found["title"] = Catalogue.t("letters.problem.required") } else if title.count > 300 { found["title"] = Catalogue.t("letters.problem.too_long_max", ["max": "300"]) }
        if blank(outlet) { found["outlet"] = Catalogue.t("letters.problem.required") } else if outlet.count > 200 { found["outlet"] = Catalogue.t("letters.problem.too_long_max", ["max": "200"]) }
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 2000 || url.contains(where: \.isWhitespace) {
            found["url"] = Catalogue.t("press_audit.problem.url")
        }
        if blank(text) { found["text"] = Catalogue.t("press_audit.problem.paste_text") } else if text.unicodeScalars.count > 50_000 {
            found["text"] = Catalogue.t("press_audit.problem.text_too_long")
        }
        return found
    }
}
