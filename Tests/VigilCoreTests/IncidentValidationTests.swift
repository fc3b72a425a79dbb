import Testing
import VigilCore

/// The rules every incident meets, wherever it comes from: `IncidentDraft.validated(today:)`.
@Suite("Incident validation")
struct IncidentValidationTests {
    static let today = CalendarDate(year: 2025, month: 6, day: 30)!

    /// A draft that passes; tests change one field.
    static func draft(_ change: (inout IncidentDraft) -> Void = { _ in }) -> IncidentDraft {
        var d = IncidentDraft()
        d.facility = "STWRTGA"
        d.occurredOn = "2024-03-05"
        d.category = "negligent-or-abusive-medical-care"
        d.status = "alleged"
        d.visibility = "public"
        d.description = "  Insulin was withheld for three days.\nHe was hospitalised.  "
        d.sourceTitle = "Declaration"
        d.sourceURL = "https://example.org/a.pdf"
        d.documentedBy = "Example Legal Aid"
        change(&d)
        return d
    }

    func problems(_ draft: IncidentDraft) -> [IncidentProblem] {
        if case .failure(let invalid) = draft.validated(today: Self.today) { return invalid.problems }
        return []
    }

    @Test("a complete draft becomes an incident, its text trimmed at both ends")
    func valid() throws {
        let incident = try Self.draft().validated(today: Self.today).get()
        #expect(incident.facility == "STWRTGA")
        #expect(incident.occurredOn == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(incident.category == .negligentOrAbusiveMedicalCare && incident.status == .alleged && incident.visibility == .public)
        #expect(incident.description == "Insulin was withheld for three days.\nHe was hospitalised.")
        #expect(incident.source == IncidentSource(title: "Declaration", url: "https://example.org/a.pdf", documentedBy: "Example Legal Aid"))
    }

    @Test("category slugs and labels are the documented ones")
    func categories() {
        #expect(IncidentCategory.allCases.map(\.rawValue) == [
            "physical-abuse", "inadequate-food-or-water", "negligent-or-abusive-medical-care", "unsanitary-conditions", "failed-plumbing",
            "use-of-force", "solitary-confinement", "sexual-abuse", "retaliation", "denial-of-access-to-counsel", "language-access", "death",
        ])
        #expect(IncidentCategory.negligentOrAbusiveMedicalCare.label == "Negligent or abusive medical care")
        #expect(IncidentStatus.allCases.map(\.rawValue) == ["alleged", "corroborated", "official-finding"])
        #expect(IncidentVisibility.allCases.map(\.rawValue) == ["public", "internal"])
    }

    @Test("a blank or missing visibility is internal, the safe default")
    func visibilityDefault() throws {
        #expect(try Self.draft { $0.visibility = "" }.validated(today: Self.today).get().visibility == .internal)
        #expect(try Self.draft { $0.visibility = "  " }.validated(today: Self.today).get().visibility == .internal)
        #expect(try Self.draft { $0.visibility = "Public" }.validated(today: Self.today).get().visibility == .public)
    }

    @Test("a blank source URL is allowed; the incident has none")
    func noURL() throws {
        #expect(try Self.draft { $0.sourceURL = " " }.validated(today: Self.today).get().source.url == nil)
    }

    @Test("every required field left blank is named", arguments: [
        IncidentField.facility, .occurredOn, .category, .status, .description, .sourceTitle, .documentedBy,
    ])
    func required(field: IncidentField) {
        let draft = Self.draft { d in
            switch field {
            case .facility: d.facility = ""
            case .occurredOn: d.occurredOn = ""
            case .category: d.category = ""
            case .status: d.status = "   "
            case .description: d.description = "\n"
            case .sourceTitle: d.sourceTitle = ""
            case .documentedBy: d.documentedBy = ""
            case .visibility, .sourceURL: break
            }
        }
        #expect(problems(draft).map(\.description) == [IncidentProblem(field: field, message: "Required, but blank.").description])
    }

    @Test("dates: not in the future, not before 1980, written YYYY-MM-DD", arguments: [
        ("2025-07-01", "2025-07-01 is in the future (today is 2025-06-30)."),
        ("1979-12-31", "1979-12-31 is before 1980-01-01, the earliest date accepted."),
        ("03/05/2024", "“03/05/2024” is not a date written YYYY-MM-DD."),
        ("2024-02-30", "“2024-02-30” is not a date written YYYY-MM-DD."),
    ])
    func dates(text: String, message: String) {
        #expect(problems(Self.draft { $0.occurredOn = text }).map(\.description) == [IncidentProblem(field: .occurredOn, message: message).description])
    }

    @Test("today and 1980-01-01 themselves are accepted")
    func dateBounds() {
        #expect(problems(Self.draft { $0.occurredOn = "2025-06-30" }).isEmpty)
        #expect(problems(Self.draft { $0.occurredOn = "1980-01-01" }).isEmpty)
    }

    @Test("only http and https addresses are accepted as sources", arguments: [
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
        "ftp://example.org/a", "example.org/report", "/relative/path", "https://", "https://exa mple.org",
    ])
    func refusedURLs(url: String) {
        let found = problems(Self.draft { $0.sourceURL = url })
        #expect(found.count == 1 && found.first?.field == .sourceURL, "\(url) was not refused")
    }

    @Test("http and https addresses, any case, are accepted", arguments: ["http://example.org", "HTTPS://example.org/a?b=c#d"])
    func acceptedURLs(url: String) {
        #expect(problems(Self.draft { $0.sourceURL = url }).isEmpty)
    }

    @Test("length limits: description 10,000, titles and names 500")
    func lengths() {
        #expect(problems(Self.draft { $0.description = String(repeating: "a", count: 10_000) }).isEmpty)
        #expect(problems(Self.draft { $0.description = String(repeating: "a", count: 10_001) })
                .map(\.description) == [IncidentProblem(field: .description, message: "Too long: 10001 characters, at most 10000 are accepted.").description])
        #expect(problems(Self.draft { $0.sourceTitle = String(repeating: "t", count: 501) }).map(\.field) == [.sourceTitle])
        #expect(problems(Self.draft { $0.documentedBy = String(repeating: "d", count: 501) }).map(\.field) == [.documentedBy])
        #expect(problems(Self.draft { $0.facility = String(repeating: "f", count: 501) }).map(\.field) == [.facility])
        #expect(problems(Self.draft { $0.documentedBy = String(repeating: "d", count: 500) }).isEmpty)
    }

    @Test("unknown category, status and visibility slugs are refused with the accepted ones listed")
    func unknownChoices() {
        let found = problems(Self.draft { $0.category = "abuse"; $0.status = "proven"; $0.visibility = "secret" })
        #expect(found.map(\.field) == [.category, .status, .visibility])
        #expect(found[0].message.contains("physical-abuse") && found[0].message.contains("“abuse”"))
        #expect(found[1].message == "“proven” is not one of: alleged, corroborated, official-finding.")
    }

    @Test("every problem is reported at once, in field order, each naming its field")
    func allProblems() {
        let invalid = IncidentInvalid(problems: problems(IncidentDraft()))
        #expect(invalid.problems.map(\.field) == [.facility, .occurredOn, .category, .status, .description, .sourceTitle, .documentedBy])
        #expect(invalid.description.hasPrefix("facility: Required, but blank.; occurred_on: Required"))
    }

    @Test("markup in text is kept as typed: escaping is the views' job, not validation's")
    func markupKept() throws {
        let incident = try Self.draft { $0.description = "<script>alert(1)</script>" }.validated(today: Self.today).get()
        #expect(incident.description == "<script>alert(1)</script>")
    }
}
