/// A sign-on letter's text and its signatories as one document gives them, before it is stored.
///
/// `PlainTextLetter.parse(_:)` reads one from the seed's plain-text form; editors build one on the
/// web. Text is plain: Markdown emphasis the plain-text form carries (`*…*`, `**…**`) is removed.
public struct LetterDraft: Sendable, Hashable, Codable {
    public var date: CalendarDate
    /// How the letter travels, as its first line says: `Via email delivery only`.
    public var deliveryNote: String?
    public var to: [LetterRecipient]
    public var cc: [LetterRecipient]
    /// The subject without its `Re:`: `Act now to protect immigrant communities`.
    public var subject: String?
    /// `Dear President Biden and Secretary Mayorkas,`
    public var salutation: String?
    /// The paragraphs before the numbered demands, each as one line.
    public var body: [String]
    public var demands: [LetterDemand]
    /// The paragraphs after the demands: `Now is the time to take decisive action …`.
    public var conclusion: [String]
    /// The complimentary close: `Sincerely,`.
    public var closing: String
    /// Every organization line after the closing, in the letter's order, the lead organization
    /// first. A line the document wrapped in two is one organization here.
    public var organizations: [String]

    public init(date: CalendarDate, deliveryNote: String? = nil, to: [LetterRecipient], cc: [LetterRecipient] = [],
                subject: String? = nil, salutation: String? = nil, body: [String], demands: [LetterDemand] = [],
                conclusion: [String] = [], closing: String = "Sincerely,", organizations: [String]) {
        self.date = date
        self.deliveryNote = deliveryNote
        self.to = to
        self.cc = cc
        self.subject = subject
        self.salutation = salutation
        self.body = body
        self.demands = demands
        self.conclusion = conclusion
        self.closing = closing
        self.organizations = organizations
    }

    /// The organization that leads the letter and signs first: `Detention Watch Network`.
    public var leadOrganization: String? { organizations.first }

    /// Every paragraph of the letter's text in reading order — salutation, body, each demand as
    /// `1. Title: text`, conclusion, closing — for readers that work sentence by sentence.
    public var paragraphs: [String] {
        [salutation].compactMap { $0 } + body
            + demands.map { "\($0.number). \($0.title): \($0.text)" }
            + conclusion + [closing]
    }
}
