import Foundation
import Testing
import VigilCore
import VigilTestSupport

/// The must-show cases: the two news reports in `../shared/seeds` against the letter.
@Suite("Press audit of the seed articles")
struct PressAuditSeedTests {
    func audit(_ prefix: String) throws -> [PressFinding] {
        let source = AuditSource(letter: try PlainTextLetter.parse(try SharedSeeds.text("001")))
        return PressAudit.findings(PressArticle(name: "\(prefix).txt", text: try SharedSeeds.text(prefix)), source: source)
    }

    func finding(_ findings: [PressFinding], _ kind: PressFinding.Kind, containing text: String) throws -> PressFinding {
        let matches = findings.filter { $0.kind == kind && $0.text.contains(text) }
        #expect(matches.count == 1, "\(kind.rawValue) findings containing “\(text)”: \(matches.map(\.text))")
        return try #require(matches.first)
    }

    @Test("000: bracketed quotations are altered-indicated, “upend the lives of millions” a misquote, the long quotations exact, 192 other signatories agrees",
          SharedSeeds.required("000", "001"))
    func faithfulReport() throws {
        let findings = try audit("000")

        let they = try finding(findings, .quote, containing: "immediate action to protect immigrant communities while [they] still can")
        #expect(they.verdict == .alteredIndicated)
        #expect(they.sourceText == "immediate action to protect immigrant communities while you still can")
        #expect(they.sourceValue.contains("[-you-]{+they+}(bracketed)"))

        let promised = try finding(findings, .quote, containing: "You [Biden and Mayorkas] promised")
        #expect(promised.verdict == .alteredIndicated)
        #expect(promised.sourceText.hasPrefix("No one should be detained in these conditions. You promised to end"))

        let upend = try finding(findings, .quote, containing: "upend the lives of millions")
        #expect(upend.verdict == .misquote)
        #expect(upend.sourceText == "upending the lives of millions")
        #expect(upend.sourceValue == "[-upending-]{+upend+} the lives of millions")

        for long in ["In your remaining months in office", "To protect families and prevent separations",
                     "People can and should be able to go through", "Now is the time to take decisive action"] {
            #expect(try finding(findings, .quote, containing: long).verdict == .exact, "\(long)")
        }

        let others = try finding(findings, .number, containing: "192 other")
        #expect(others.verdict == .agrees)
        #expect(others.sourceValue == "193")
        #expect(try finding(findings, .number, containing: "Nearly 200").verdict == .agrees)

        #expect(try finding(findings, .name, containing: "Make the Road").verdict == .ambiguous)
        #expect(try finding(findings, .name, containing: "Human Rights Watch").verdict == .listed)
        // A quotation of someone else (the mayor of Chicago) is not in the letter.
        #expect(try finding(findings, .quote, containing: "threat").verdict == .notFound)
    }

    @Test("000: offsets point at the article's own words, in Unicode scalars", SharedSeeds.required("000", "001"))
    func offsets() throws {
        let scalars = Array(try SharedSeeds.text("000").unicodeScalars)
        let findings = try audit("000")
        #expect(!findings.isEmpty)
        for finding in findings {
            let excerpt = String(String.UnicodeScalarView(scalars[finding.start..<finding.end]))
            // A quotation that resumes after an attribution spans it; its text is its parts.
            #expect(excerpt.hasPrefix(finding.text.prefix(20)), "\(finding.kind): \(finding.text)")
            #expect(excerpt.hasSuffix(finding.text.suffix(10)), "\(finding.kind): \(finding.text)")
        }
    }

    @Test("002: “private companies” is a polarity flip, “release everyone” a scope overreach, the misnamed signatory not listed, 193 agrees",
          SharedSeeds.required("002", "001"))
    func distortedReport() throws {
        let findings = try audit("002")

        let privateCompanies = try finding(findings, .claim, containing: "turn the task over to “private companies”")
        #expect(privateCompanies.verdict == .polarityFlip)
        #expect(privateCompanies.sourceText.hasPrefix("You promised to end the use of for-profit detention centers"))
        #expect(privateCompanies.note.contains("opposite"))

        let everyone = try finding(findings, .claim, containing: "release everyone")
        #expect(everyone.verdict == .scopeOverreach)
        #expect(everyone.sourceValue == "everyone ↔ starting with particularly vulnerable populations")

        let misnamed = try finding(findings, .name, containing: "National Immigration Justice Center")
        #expect(misnamed.verdict == .notListed)
        #expect(misnamed.sourceValue == "National Immigrant Justice Center")

        let counts = findings.filter { $0.kind == .number && $0.text == "193" }
        #expect(counts.count == 2)
        #expect(counts.allSatisfy { $0.verdict == .agrees && $0.sourceValue == "193" })

        // The block quotation after "The letter goes on to say:" is the letter's words.
        #expect(try finding(findings, .quote, containing: "We ask that you take action to release people").verdict == .exact)
        // The quotation that resumes after “the letter states,” is one quotation, exact.
        let resumed = try finding(findings, .quote, containing: "In your remaining months in office,")
        #expect(resumed.verdict == .exact)
        #expect(resumed.text.contains("you have an opportunity"))
        // The dateline is the article's own date, not a figure it attributes to the letter.
        #expect(!findings.contains { $0.text.contains("2024-11-19") })
        #expect(try finding(findings, .number, containing: "Friday").verdict == .agrees)
    }
}
