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
    /// Why the verdict: the rule that decided, in a sentence.
    public let note: String

    public init(article: String, kind: Kind, text: String, verdict: PressVerdict, sourceText: String, sourceValue: String,
                start: Int, end: Int, note: String) {
        self.article = article
        self.kind = kind
        self.text = text
        self.verdict = verdict
        self.sourceText = sourceText
        self.sourceValue = sourceValue
        self.start = start
        self.end = end
        self.note = note
    }
}
