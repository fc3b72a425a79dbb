/// Where an incident is documented: the document, report or page, an optional web address,
/// and who documented it (a person or an organisation).
public struct IncidentSource: Sendable, Hashable, Codable {
    /// The document's or report's title, e.g. "DHS OIG report OIG-24-09".
    public var title: String
    /// An `http` or `https` address for it, when there is one (see `IncidentRules.isAcceptableURL`).
    public var url: String?
    /// Who documented it, e.g. "Southern Poverty Law Center".
    public var documentedBy: String

    public init(title: String, url: String?, documentedBy: String) {
        self.title = title
        self.url = url
        self.documentedBy = documentedBy
    }
}
