import Foundation

/// The text of one version of a letter, as editors write it and signatories sign it.
///
/// The body and conclusion are Markdown; recipients and demands are structured so the published
/// letter and its PDF lay them out. Every edit stores a new version; signatures name the version
/// they signed.
public struct LetterContent: Sendable, Hashable, Codable {
    public var title: String
    public var date: CalendarDate?
    public var deliveryNote: String?
    public var to: [LetterRecipient]
    public var cc: [LetterRecipient]
    public var subject: String?
    public var salutation: String?
    public var bodyMarkdown: String
    public var demands: [LetterDemand]
    public var conclusionMarkdown: String
    public var closing: String
    /// The organization that leads the letter: its letterhead, and the first signatory.
    public var leadOrganization: String

    public init(title: String, date: CalendarDate? = nil, deliveryNote: String? = nil, to: [LetterRecipient] = [],
                cc: [LetterRecipient] = [], subject: String? = nil, salutation: String? = nil, bodyMarkdown: String = "",
                demands: [LetterDemand] = [], conclusionMarkdown: String = "", closing: String = "Sincerely,",
                leadOrganization: String = "") {
        self.title = title
        self.date = date
        self.deliveryNote = deliveryNote
        self.to = to
        self.cc = cc
        self.subject = subject
        self.salutation = salutation
        self.bodyMarkdown = bodyMarkdown
        self.demands = demands
        self.conclusionMarkdown = conclusionMarkdown
        self.closing = closing
        self.leadOrganization = leadOrganization
    }

    /// The text of a letter read from a file; its title is its subject, else its date.
    public init(_ draft: LetterDraft) {
        self.init(title: draft.subject ?? "Letter of \(draft.date.spelled)", date: draft.date, deliveryNote: draft.deliveryNote,
                  to: draft.to, cc: draft.cc, subject: draft.subject, salutation: draft.salutation,
                  bodyMarkdown: draft.body.joined(separator: "\n\n"), demands: draft.demands,
                  conclusionMarkdown: draft.conclusion.joined(separator: "\n\n"), closing: draft.closing,
                  leadOrganization: draft.leadOrganization ?? "")
    }

    /// Whether going from `earlier` to this text changes what a signatory agreed to: the words
    /// of the subject, body, demands, conclusion or To recipients. Case, punctuation and spacing
    /// are not material; nor are the title, date, delivery note, cc list, salutation or closing.
    public func isMaterialChange(from earlier: LetterContent) -> Bool {
        materialWords != earlier.materialWords
    }

    var materialWords: [String] {
        let parts = [subject ?? "", bodyMarkdown, conclusionMarkdown]
            + demands.flatMap { [String($0.number), $0.title, $0.text] }
            + to.flatMap(\.lines)
        return parts.flatMap { part in
            part.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "%") }).map(String.init)
        }
    }

    /// Problems an editor must fix before the text is stored, by field name; the page says them in
    /// its reader's language, the command line in English.
    public var problems: [String: FieldProblemReason] {
        var found: [String: FieldProblemReason] = [:]
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found["title"] = .required }
        if title.count > 300 { found["title"] = .atMost(max: 300) }
        if bodyMarkdown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && demands.isEmpty {
            found["body"] = .needsBodyOrDemand
        }
        if bodyMarkdown.count + conclusionMarkdown.count > 100_000 { found["body"] = .atMost(max: 100_000) }
        if leadOrganization.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found["lead_organization"] = .required }
        return found
    }
}
