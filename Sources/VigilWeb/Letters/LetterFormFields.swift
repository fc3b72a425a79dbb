import VigilCore

/// The letter editor's fields as text, to and from `LetterContent`: recipients as blocks (name,
/// title, body, one per line; a blank line between people) and demands as `1. Title: text`
/// paragraphs, read by the same rules as a letter file (`PlainTextLetter`).
struct LetterFormFields: Sendable, Hashable {
    var title = ""
    var date = ""
    var deliveryNote = ""
    var to = ""
    var cc = ""
    var subject = ""
    var salutation = ""
    var body = ""
    var demands = ""
    var conclusion = ""
    var closing = "Sincerely,"
    var leadOrganization = ""

    static let names = ["title", "date", "delivery_note", "to", "cc", "subject", "salutation", "body", "demands", "conclusion",
                        "closing", "lead_organization"]

    init() {}

    init(fields: (String) -> String?) {
        title = fields("title") ?? ""
        date = fields("date") ?? ""
        deliveryNote = fields("delivery_note") ?? ""
        to = fields("to") ?? ""
        cc = fields("cc") ?? ""
        subject = fields("subject") ?? ""
        salutation = fields("salutation") ?? ""
        body = fields("body") ?? ""
        demands = fields("demands") ?? ""
        conclusion = fields("conclusion") ?? ""
        closing = fields("closing") ?? ""
        leadOrganization = fields("lead_organization") ?? ""
    }

    init(_ content: LetterContent) {
        title = content.title
        date = content.date?.iso ?? ""
        deliveryNote = content.deliveryNote ?? ""
        to = content.to.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n\n")
        cc = content.cc.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n\n")
        subject = content.subject ?? ""
        salutation = content.salutation ?? ""
        body = content.bodyMarkdown
        demands = content.demands.map { "\($0.number). \($0.title.isEmpty ? "" : $0.title + ": ")\($0.text)" }.joined(separator: "\n\n")
        conclusion = content.conclusionMarkdown
        closing = content.closing
        leadOrganization = content.leadOrganization
    }

    /// The content, or the problems by field name.
    func content() -> Result<LetterContent, LetterArchiveProblems> {
        var problems: [String: FieldProblemReason] = [:]
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ text: String) -> String? { trimmed(text).isEmpty ? nil : trimmed(text) }
        var day: CalendarDate?
        if let written = optional(date) {
            day = CalendarDate(iso: written) ?? CalendarDate(spelledMonthFirst: written)
            if day == nil { problems["date"] = .notADateOrSpelled(written) }
        }
        for (name, text) in [("body", body), ("conclusion", conclusion), ("to", to), ("cc", cc), ("demands", demands)]
        where text.count > 100_000 {
            problems[name] = .atMost(max: 100_000)
        }
        let content = LetterContent(title: trimmed(title), date: day, deliveryNote: optional(deliveryNote),
                                    to: PlainTextLetter.recipients(to), cc: PlainTextLetter.recipients(cc), subject: optional(subject),
                                    salutation: optional(salutation), bodyMarkdown: trimmed(body), demands: PlainTextLetter.demands(demands),
                                    conclusionMarkdown: trimmed(conclusion), closing: optional(closing) ?? "Sincerely,",
                                    leadOrganization: trimmed(leadOrganization))
        problems.merge(content.problems) { first, _ in first }
        return problems.isEmpty ? .success(content) : .failure(LetterArchiveProblems(problems: problems))
    }
}

/// What is wrong with an editor's letter, a reason per field, said in the reader's language when the form is drawn.
struct LetterArchiveProblems: Error, Sendable, Hashable {
    var problems: [String: FieldProblemReason]
}
