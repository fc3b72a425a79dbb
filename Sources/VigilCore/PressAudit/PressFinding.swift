/// One thing the press audit flags in an article for a person to judge: a quotation, a number,
/// an organization's name or a claim about what the letter says, with its verdict and the
/// letter's words it was compared with.
///
/// The export columns are exactly `article,kind,text,verdict,source_text,source_value,start,end`;
/// `note` (the rule that decided, in words) is shown on the report page.
public struct PressFinding: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case quote, number, name, claim
    }

    public let article: String
    public let kind: Kind
    /// The article's words the finding is about.
    public let text: String
    public let verdict: PressVerdict
    /// The letter's words it was compared with (empty when nothing in the letter is close).
    public let sourceText: String
    /// For a quotation, the word diff; for a number, the letter's figure; for a name, the
    /// signatory it matched or the closest one; for a claim, the rule's evidence.
    public let sourceValue: String
    /// Unicode-scalar offsets in the article, end exclusive.
    public let start: Int
    public let end: Int
    /// Why the verdict: the rule that decided, in a sentence a page draws in its language.
    public let noteText: CatalogueText
    /// `noteText` in English.
    public var note: String { noteText.english }

    public init(article: String, kind: Kind, text: String, verdict: PressVerdict, sourceText: String, sourceValue: String,
                start: Int, end: Int, note: CatalogueText) {
        self.article = article
        self.kind = kind
        self.text = text
        self.verdict = verdict
        self.sourceText = sourceText
        self.sourceValue = sourceValue
        self.start = start
        self.end = end
        self.noteText = note
    }

    enum CodingKeys: String, CodingKey {
        case article, kind, text, verdict, sourceText, sourceValue, start, end, note, noteText
    }

    /// Reads a saved audit; one saved before notes were kept as catalogue words has only the
    /// English `note`, shown as it is in every language.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(article: try c.decode(String.self, forKey: .article), kind: try c.decode(Kind.self, forKey: .kind),
                  text: try c.decode(String.self, forKey: .text), verdict: try c.decode(PressVerdict.self, forKey: .verdict),
                  sourceText: try c.decode(String.self, forKey: .sourceText), sourceValue: try c.decode(String.self, forKey: .sourceValue),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  note: try c.decodeIfPresent(CatalogueText.self, forKey: .noteText) ?? .verbatim(try c.decode(String.self, forKey: .note)))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(article, forKey: .article)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(sourceText, forKey: .sourceText)
        try c.encode(sourceValue, forKey: .sourceValue)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(note, forKey: .note)
        try c.encode(noteText, forKey: .noteText)
    }
}
