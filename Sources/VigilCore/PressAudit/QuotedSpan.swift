/// Words an article puts in quotation marks, as one quotation: usually one stretch of text, two
/// or more when a quote stops for an attribution and resumes (“In your remaining months in
/// office,” the letter states, “you have…”). Offsets are Unicode scalars in the article; each
/// part runs from just inside its opening mark to just before its closing one.
public struct QuotedSpan: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public let start: Int
        public let end: Int
    }

    public let parts: [Part]
    /// True for a paragraph set off after a line ending in a colon ("The letter goes on to say:"),
    /// which articles print as a block quotation without quotation marks.
    public let isBlock: Bool

    public var start: Int { parts.first!.start }
    public var end: Int { parts.last!.end }
}
