/// A researched contract dossier: YAML front matter (who, what, how much, which facility)
/// above a Markdown text, one file per contract (`contract-dossiers/*.md`).
public struct ContractDossier: Sendable, Hashable {
    /// The `id` the front matter gives; the file name without `.md` when it gives none.
    public var slug: String
    public var title: String
    public var contractType: String?
    public var awardingEntity: String?
    public var contractor: String?
    /// The slug of the facility the dossier is about (`camp-east-montana-fort-bliss`), when it names one.
    public var facility: String?
    public var value: String?
    public var period: String?
    public var beds: String?
    public var importance: Int?
    public var tags: [String]
    /// The Markdown below the front matter.
    public var body: String
    public var fileName: String

    public init(slug: String, title: String, contractType: String? = nil, awardingEntity: String? = nil, contractor: String? = nil,
                facility: String? = nil, value: String? = nil, period: String? = nil, beds: String? = nil, importance: Int? = nil,
                tags: [String] = [], body: String, fileName: String) {
        self.slug = slug
        self.title = title
        self.contractType = contractType
        self.awardingEntity = awardingEntity
        self.contractor = contractor
        self.facility = facility
        self.value = value
        self.period = period
        self.beds = beds
        self.importance = importance
        self.tags = tags
        self.body = body
        self.fileName = fileName
    }

    /// The facility slug as words a name matcher reads (`camp east montana fort bliss`).
    public var facilityWords: String? { facility.map { $0.split(separator: "-").joined(separator: " ") } }

    /// The first year the period names (“Reinstated April 3, 2025” → 2025), to date the dossier's stage.
    public var firstYear: Int? {
        let text = [period, title].compactMap { $0 }.joined(separator: " ")
        var digits = ""
        for c in text + " " {
            if c.isNumber { digits.append(c); continue }
            if digits.count == 4, let year = Int(digits), (2000...2100).contains(year) { return year }
            digits = ""
        }
        return nil
    }
}
