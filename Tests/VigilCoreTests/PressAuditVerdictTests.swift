import Testing
import VigilCore

/// Every verdict of the press audit on small hand-made articles against a small letter.
@Suite("Press audit verdicts")
struct PressAuditVerdictTests {
    static let letter = AuditSource(
        title: "Close them",
        text: """
            Close them: a letter
            We ask that you close detention centers now.
            We do not want the agency to expand detention.
            Release people from detention, starting with particularly vulnerable populations.
            Over 40% of people are held in private facilities.
            """,
        signatories: ["Lead Network", "Make the Road NY", "Make the Road Nevada", "National Immigrant Justice Center (NIJC)"],
        date: CalendarDate(year: 2024, month: 11, day: 15), demandCount: 2)

    func findings(_ text: String) -> [PressFinding] {
        PressAudit.findings(PressArticle(name: "hand-made.txt", text: text), source: Self.letter)
    }

    func only(_ kind: PressFinding.Kind, _ text: String) throws -> PressFinding {
        let found = findings(text).filter { $0.kind == kind }
        #expect(found.count == 1, "\(found.map { "\($0.verdict.rawValue): \($0.text)" })")
        return try #require(found.first)
    }

    @Test("quotations", arguments: [
        // the letter's words, with case, punctuation and curly quotes folded
        ("He read: “we ask that you close detention-centers now.”", PressVerdict.exact, "we ask that you close detention centers now"),
        // an ellipsis at the start cuts nothing from inside the quotation
        ("They wrote \"… close detention centers now\".", .exact, "close detention centers now"),
        // brackets replacing a word
        ("They wrote \"We ask that [President Biden] close detention centers now.\"", .alteredIndicated, "{+biden+}(bracketed)"),
        // an ellipsis inside, leaving words out
        ("They wrote \"We ask that you close … now.\"", .alteredIndicated, "[-detention centers-](…)"),
        // an unmarked pronoun change
        ("They wrote \"We ask that they close detention centers now.\"", .misquote, "[-you-]{+they+}"),
        // a dropped "not"
        ("They wrote: \"We do want the agency to expand detention.\"", .misquote, "[-not-]"),
        // somebody else's words
        ("The mayor said \"abolish the border patrol tomorrow\".", .notFound, ""),
    ])
    func quotations(text: String, verdict: PressVerdict, diff: String) throws {
        let quote = try only(.quote, text)
        #expect(quote.verdict == verdict)
        if diff.isEmpty { #expect(quote.sourceValue.isEmpty) } else { #expect(quote.sourceValue.contains(diff)) }
        if verdict == .misquote, diff == "[-not-]" { #expect(quote.note.contains("negation")) }
        if verdict == .notFound { #expect(quote.sourceText.isEmpty) } else { #expect(!quote.sourceText.isEmpty) }
    }

    @Test("numbers", arguments: [
        ("The letter was signed by 4 organizations.", PressVerdict.agrees, "4"),
        ("Lead Network and 3 other signatories sent the letter.", .agrees, "4"),
        ("The letter was signed by 5 organizations.", .contradicts, "4"),
        ("The letter was signed by more than 3 organizations.", .agrees, "4"),
        ("The letter was signed by over 4 organizations.", .contradicts, "4"),
        ("The groups say 45% of people are held in private facilities.", .contradicts, "Over 40%"),
        ("The groups say 40% of people are held in private facilities.", .agrees, "Over 40%"),
        ("The letter makes two demands.", .agrees, "2"),
        ("The letter makes 7 demands.", .contradicts, "2"),
        ("The groups say 12 facilities closed.", .unsupported, ""),
        ("The letter was sent on November 16, 2024.", .contradicts, "2024-11-15"),
    ])
    func numbers(text: String, verdict: PressVerdict, value: String) throws {
        let number = try only(.number, text)
        #expect(number.verdict == verdict)
        #expect(number.sourceValue == value)
    }

    @Test("names", arguments: [
        ("The signatories include the National Immigrant Justice Center.", PressVerdict.listed, "National Immigrant Justice Center (NIJC)"),
        ("The signatories include the National Immigration Justice Center.", .notListed, "National Immigrant Justice Center (NIJC)"),
        ("Signers include Lead Network, Make the Road and others.", .ambiguous, "Make the Road NY; Make the Road Nevada"),
    ])
    func names(text: String, verdict: PressVerdict, value: String) throws {
        let names = findings(text).filter { $0.kind == .name && $0.verdict == verdict }
        #expect(names.count == 1, "\(findings(text).map { "\($0.kind.rawValue) \($0.verdict.rawValue): \($0.text)" })")
        #expect(names.first?.sourceValue == value)
    }

    @Test("claims", arguments: [
        ("The groups ask that detention centers close now.", PressVerdict.supported, "We ask that you close detention centers now."),
        // a dropped "not" turns the letter round
        ("The groups say they want the agency to expand detention.", .polarityFlip, "We do not want the agency to expand detention."),
        ("The letter demands that the agency open detention centers.", .polarityFlip, "We ask that you close detention centers now."),
        ("The groups demand the release of everyone in detention.", .scopeOverreach, "Release people from detention, starting with particularly vulnerable populations."),
        ("The letter demands tax cuts for farmers.", .unsupported, ""),
    ])
    func claims(text: String, verdict: PressVerdict, source: String) throws {
        let claim = try only(.claim, text)
        #expect(claim.verdict == verdict, "\(claim.note)")
        if !source.isEmpty { #expect(claim.sourceText == source) }
        #expect(!claim.note.isEmpty)
    }

    @Test("quotation marks: curly, straight, single, resumed around an attribution, and apostrophes that are not quotes")
    func quotationMarks() {
        let text = "“We ask that you close,” the letter says, “detention centers now.” It’s ‘expand detention’ they fear. The groups' aim."
        let spans = QuoteFinder.quotations(in: text)
        let scalars = Array(text.unicodeScalars)
        let parts = spans.map { $0.parts.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } }
        #expect(parts == [["We ask that you close,", "detention centers now."], ["expand detention"]])
        let resumed = findings(text).first { $0.kind == .quote }
        #expect(resumed?.verdict == .exact)
    }
}
