/// What an article is checked against: the letter's words as sentences, its approved
/// signatories (the lead organization first) and the figures a reporter could cite.
///
/// Built from a letter, whether read from a text file or stored in Vigil, so the audit never
/// reads a letter itself.
public struct AuditSource: Sendable {
    /// The letter's title or subject, for pages and reports.
    public let title: String
    /// The letter's words as checked: subject, salutation, body, demands and closing, one
    /// paragraph a line.
    public let text: String
    public let sentences: [AuditSentence]
    /// Approved signatories in the letter's order, the lead organization first.
    public let signatories: [String]
    public let date: CalendarDate?
    /// How many numbered demands the letter makes, when it numbers them.
    public let demandCount: Int?
    /// Every word of `text`, for aligning quotations.
    public let tokens: [AuditToken]
    /// Numbers the letter's own words state ("193 … organizations", "over 90%").
    public let statedNumbers: [StatedNumber]

    /// The organization count a reporter should give: the approved signatories, lead included.
    public var organizationCount: Int { signatories.count }

    public init(title: String, text: String, signatories: [String], date: CalendarDate?, demandCount: Int?) {
        self.title = title
        self.text = text
        self.signatories = signatories
        self.date = date
        self.demandCount = demandCount
        self.sentences = SentenceSplitter.sentences(in: text)
        self.tokens = AuditTokenizer.tokens(text).filter { $0.kind == .word }
        self.statedNumbers = NumberReader.numbers(in: text)
    }

    /// The letter's text between two scalar offsets.
    public func excerpt(_ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        let to = scalars.index(scalars.startIndex, offsetBy: end)
        return String(scalars[from..<to])
    }

    /// The sentences a span of the letter's text falls in, joined.
    public func sentences(covering start: Int, _ end: Int) -> String {
        sentences.filter { $0.end > start && $0.start < end }.map(\.text).joined(separator: " ")
    }
}
