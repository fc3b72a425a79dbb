/// The audit's source built from a letter, as read from a text file or as stored in Vigil.
extension AuditSource {
    /// A letter read from its plain-text form (`PlainTextLetter.parse`): every organization
    /// it lists is an approved signatory, as `vigil letter import` records them.
    public init(letter: LetterDraft) {
        self.init(title: letter.subject ?? "Letter of \(letter.date.iso)",
                  text: ([letter.subject].compactMap { $0 } + letter.paragraphs).joined(separator: "\n"),
                  signatories: letter.organizations, date: letter.date, demandCount: letter.demands.isEmpty ? nil : letter.demands.count)
    }

    /// A letter stored in Vigil: its current text and its approved signatories (the lead
    /// organization included), never its pending or rejected ones.
    public init(content: LetterContent, approvedSignatories: [String]) {
        let markdown = [content.bodyMarkdown, content.conclusionMarkdown].flatMap { $0.components(separatedBy: "\n\n") }
        let paragraphs = [content.subject, content.salutation].compactMap { $0 } + markdown.prefix(1)
            + content.demands.map { "\($0.number). \($0.title): \($0.text)" } + markdown.dropFirst() + [content.closing]
        // Markdown marks (emphasis, headings, list bullets) are not words the letter says.
        let plain = paragraphs.map { paragraph in
            paragraph.split(separator: "\n").map { line in
                PlainTextLetter.plain(String(line).drop { $0 == "#" || $0 == ">" || $0 == " " }.description)
            }.joined(separator: " ")
        }.filter { !$0.isEmpty }
        self.init(title: content.title, text: plain.joined(separator: "\n"), signatories: approvedSignatories,
                  date: content.date, demandCount: content.demands.isEmpty ? nil : content.demands.count)
    }
}
