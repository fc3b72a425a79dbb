/// How to use Vigil: plain-language help, the same for everyone. Its words are all in the catalogues
/// (`help.*`), whose reading level the catalogue test checks in both languages.
struct HelpModel: Sendable, Hashable {
    var chrome: PageChrome

    /// One topic: a heading and its paragraphs, by catalogue key, and where to go next.
    struct Topic: Sendable, Hashable {
        var id: String
        var paragraphs: Int
        var link: SiteURL?
    }

    static let topics: [Topic] = [
        Topic(id: "what", paragraphs: 2, link: nil),
        Topic(id: "numbers", paragraphs: 2, link: .releases),
        Topic(id: "adp", paragraphs: 2, link: .daily),
        Topic(id: "facility", paragraphs: 2, link: .national()),
        Topic(id: "deaths", paragraphs: 2, link: .deaths()),
        Topic(id: "private", paragraphs: 2, link: .privateShare()),
        Topic(id: "alerts", paragraphs: 2, link: .alerts()),
        Topic(id: "downloads", paragraphs: 2, link: nil),
        Topic(id: "privacy", paragraphs: 2, link: nil),
        Topic(id: "language", paragraphs: 1, link: nil),
    ]
}
