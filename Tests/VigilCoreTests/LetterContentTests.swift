import Foundation
import Testing
import VigilCore

@Suite("Letter versions and sign-on forms")
struct LetterContentTests {
    static let content = LetterContent(title: "Act now", to: [LetterRecipient(name: "Jane Doe", title: "Director", body: "Agency")],
                                       subject: "Act now", bodyMarkdown: "We ask you to act.",
                                       demands: [LetterDemand(number: 1, title: "Close detention centers", text: "Over 90% are private.")],
                                       leadOrganization: "Lead Org")

    @Test("a change of words in what signatories agreed to is material; spacing, case, punctuation, title, date and cc are not")
    func material() {
        var respaced = Self.content
        respaced.bodyMarkdown = "We  ask you\nto act"
        respaced.title = "A new title"
        respaced.date = CalendarDate(year: 2025, month: 1, day: 2)
        respaced.cc = [LetterRecipient(name: "Someone")]
        #expect(!respaced.isMaterialChange(from: Self.content))

        var number = Self.content
        number.demands[0].text = "Over 80% are private."
        #expect(number.isMaterialChange(from: Self.content))
        var negated = Self.content
        negated.bodyMarkdown = "We ask you not to act."
        #expect(negated.isMaterialChange(from: Self.content))
        var recipient = Self.content
        recipient.to[0].name = "John Roe"
        #expect(recipient.isMaterialChange(from: Self.content))
    }

    @Test("a sign-on form is checked field by field; the e-mail is normalized and the state read as a postal code")
    func signOnForm() throws {
        var draft = SignatureDraft()
        draft.organization = "  Make the Road   NY "
        draft.state = "New York"
        draft.scope = "State"
        draft.contactName = "Ana"
        draft.email = " Ana@Example.ORG "
        draft.consent = "yes"
        draft.website = "https://maketheroadny.org"
        let request = try draft.validated().get()
        #expect(request.organization == "Make the Road NY" && request.state == "NY" && request.scope == .state)
        #expect(request.email == "ana@example.org" && request.website == "https://maketheroadny.org")

        var bad = SignatureDraft()
        bad.state = "Atlantis"
        bad.scope = "global"
        bad.email = "not an address"
        bad.website = "javascript:alert(1)"
        guard case .failure(let invalid) = bad.validated() else { Issue.record("an empty form was accepted"); return }
        #expect(Set(invalid.problems.keys) == ["organization", "state", "scope", "website", "contact_name", "email", "consent"])
    }
}
