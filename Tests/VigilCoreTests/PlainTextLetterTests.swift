import Foundation
import Testing
import VigilCore
import VigilTestSupport

@Suite("Plain-text letters")
struct PlainTextLetterTests {
    @Test("the seed letter: 193 organizations in order, two To and three cc recipients, three demands",
          SharedSeeds.required("001"))
    func seedLetter() throws {
        // given the coalition's letter as circulated
        let text = try SharedSeeds.text("001")

        // when it is read
        let letter = try PlainTextLetter.parse(text)

        // then every organization line between "Sincerely," and "cc" is one organization, in order,
        // counted here independently of the parser: each non-blank line of that stretch.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex(of: "Sincerely,")) + 1
        let end = try #require(lines[start...].firstIndex(of: "cc"))
        let expected = lines[start..<end].filter { !$0.isEmpty }
        #expect(expected.count == 193)
        #expect(letter.organizations.count == 193)
        #expect(letter.organizations == expected)
        #expect(letter.leadOrganization == "Detention Watch Network")
        #expect(letter.organizations[1] == "18 Million Rising")
        #expect(letter.organizations.last == "Woori Juntos")
        for name in ["Immigrant Justice Committee, Plymouth Congregational Church, Minneapolis",
                     "Services, Immigrant Rights & Education Network (SIREN)", "Asian Americans Advancing Justice | AAJC",
                     "Community Justice Exchange / National Bail Fund Network", "Alliance to Mobilize Our Resistance -AMOR-",
                     "Central American Resource Center - CARECEN- of California", "Lawyers' Committee for Civil Rights of the SF Bay Area",
                     "Florence Immigrant & Refugee Rights Project", "Florida Immigrant Coalition", "The Bronx Defenders"] {
            #expect(letter.organizations.filter { $0 == name }.count == 1, "\(name)")
        }

        #expect(letter.date == CalendarDate(year: 2024, month: 11, day: 15))
        #expect(letter.deliveryNote == "Via email delivery only")
        #expect(letter.subject == "Act now to protect immigrant communities")
        #expect(letter.salutation == "Dear President Biden and Secretary Mayorkas,")
        #expect(letter.to == [
            LetterRecipient(name: "President Joe Biden", body: "The White House",
                            address: ["1600 Pennsylvania Avenue, NW", "Washington, DC 20500"]),
            LetterRecipient(name: "The Honorable Alejandro Mayorkas", title: "Secretary", body: "U.S. Department of Homeland Security"),
        ])
        #expect(letter.cc.map(\.name) == ["Neera Tanden", "Patrick J. Lechleitner", "Michael Lumpkin"])
        #expect(letter.cc[0].title == "Domestic Policy Advisor to President Biden and Director")
        #expect(letter.cc[0].body == "Domestic Policy Council")
        #expect(letter.cc[2] == LetterRecipient(name: "Michael Lumpkin", title: "Chief of Staff", body: "U.S. Immigration and Customs Enforcement"))

        #expect(letter.body.count == 2)
        #expect(letter.body[0].hasPrefix("Our 193 immigrant and civil rights organizations"))
        #expect(letter.demands.map(\.number) == [1, 2, 3])
        #expect(letter.demands.map(\.title) == ["Close detention centers", "Halt all expansion efforts", "Release people from detention"])
        #expect(letter.demands[0].text.contains("with over 90% detained at facilities run by private companies"))
        // The page break inside the second demand does not end it.
        #expect(letter.demands[1].text.contains("an expanded system will have disastrous effects"))
        #expect(letter.demands[1].text.hasSuffix("a reduced appropriation for immigration detention."))
        #expect(letter.conclusion.count == 1)
        #expect(letter.conclusion[0].hasPrefix("Now is the time to take decisive action"))
        #expect(letter.closing == "Sincerely,")
        #expect(!letter.paragraphs.joined().contains("**"))
    }

    static let small = """
        November 1, 2025

        Jane Doe
        Director
        Some Agency

        Re: A test

        Dear Director Doe,

        We ask two things of you, and this paragraph breaks over a page
        
        in the middle.

        1. **First:** do one thing.
        2. **Second:** do another.

        Thank you.

        Respectfully,

        Lead Organization
        Center for Immigration Law and Policy at the UCLA School
        of Law
        Arab Resource &
        Organizing Center
        Coalition for Humane Immigrant Rights (CHIRLA,

        Los Angeles)
        Make the Road NY
        - The Bronx Defenders

        CC:

        John Roe
        Deputy
        Other Agency
        """

    @Test("wrapped organization lines are joined; page breaks inside paragraphs rejoin; markers and emphasis go")
    func wrapsAndBreaks() throws {
        let letter = try PlainTextLetter.parse(Self.small)
        #expect(letter.organizations == [
            "Lead Organization", "Center for Immigration Law and Policy at the UCLA School of Law",
            "Arab Resource & Organizing Center", "Coalition for Humane Immigrant Rights (CHIRLA, Los Angeles)",
            "Make the Road NY", "The Bronx Defenders",
        ])
        #expect(letter.deliveryNote == nil)
        #expect(letter.body == ["We ask two things of you, and this paragraph breaks over a page in the middle."])
        #expect(letter.demands == [LetterDemand(number: 1, title: "First", text: "do one thing."),
                                   LetterDemand(number: 2, title: "Second", text: "do another.")])
        #expect(letter.conclusion == ["Thank you."])
        #expect(letter.closing == "Respectfully,")
        #expect(letter.to == [LetterRecipient(name: "Jane Doe", title: "Director", body: "Some Agency")])
        #expect(letter.cc == [LetterRecipient(name: "John Roe", title: "Deputy", body: "Other Agency")])
    }

    @Test("a letter missing a part is refused, naming the part and the line", arguments: [
        ("Dear all,\n\nText.\n\nSincerely,\n\nOrg", "date", 1),
        ("November 1, 2025\n\nDear all,\n\nText.\n\nSincerely,\n\nOrg", "recipients", 1),
        ("November 1, 2025\n\nJane Doe\n\nText.\n\nOrg", "closing", 7),
        ("November 1, 2025\n\nJane Doe\n\nDear all,\n\nText.\n\nSincerely,\n\ncc\n\nJohn Roe", "organizations", 9),
        ("November 1, 2025\n\nJane Doe\n\nDear all,\n\nText.\n\nSincerely,\n\nOrg\n\ncc\n", "cc", 13),
    ])
    func refusals(text: String, field: String, line: Int) {
        #expect {
            try PlainTextLetter.parse(text)
        } throws: { error in
            guard let error = error as? LetterTextError else { return false }
            return error.field == field && error.line == line
        }
    }

    @Test("dates with the month spelled out", arguments: [
        ("November 15, 2024", "2024-11-15"), ("Nov. 5 2024", "2024-11-05"), ("Sept 3, 2024", "2024-09-03"),
    ])
    func spelledDates(text: String, iso: String) {
        #expect(CalendarDate(spelledMonthFirst: text)?.iso == iso)
        #expect(CalendarDate(iso: iso)?.spelled == CalendarDate(spelledMonthFirst: text)?.spelled)
    }
}
