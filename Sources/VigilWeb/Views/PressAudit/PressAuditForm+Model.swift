import VigilCore

/// `/letters/{id}/press/new`: an article's fields, blank or as the editor submitted them, with what is wrong.
struct PressAuditFormModel: Sendable {
    var chrome: PageChrome
    var csrfToken: String
    var letterID: Int
    var letterTitle: String
    var fields: Fields
    var problems: [String: FieldProblemReason] = [:]

    /// The form's fields as typed.
    struct Fields: Sendable, Hashable {
        var title = ""
        var outlet = ""
        var url = ""
        var date = ""
        var text = ""

        init() {}

        init(_ value: (String) -> String?) {
            title = value("title") ?? ""
            outlet = value("outlet") ?? ""
            url = value("url") ?? ""
            date = value("date") ?? ""
            text = value("text") ?? ""
        }

        /// The article, or the problems by field name.
        func draft() -> (PressArticleDraft?, [String: FieldProblemReason]) {
            let trimmedURL = url.trimmingCharacters(in: .whitespaces)
            let trimmedDate = date.trimmingCharacters(in: .whitespaces)
            let published = CalendarDate(iso: trimmedDate)
            let draft = PressArticleDraft(title: title.trimmingCharacters(in: .whitespacesAndNewlines),
                                          outlet: outlet.trimmingCharacters(in: .whitespacesAndNewlines),
                                          url: trimmedURL.isEmpty ? nil : trimmedURL, publishedOn: published,
                                          text: text.replacingOccurrences(of: "\r\n", with: "\n"))
            var problems = draft.problems
            if !trimmedDate.isEmpty, published == nil { problems["date"] = .dateOrBlank }
            return (problems.isEmpty ? draft : nil, problems)
        }
    }
}
