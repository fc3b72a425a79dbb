import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// The sent letter as readers get it: a page and a PDF with letterhead, date, recipients, body,
/// signatories alphabetised and counted, cc, and the fact sheet beside it.
@Suite("The published letter", .serialized)
struct LetterPublishedTests {
    /// The seed letter imported as sent, with the demo releases for the fact sheet.
    static func withSeedLetter(live: Bool = false,
                               _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
        try await withTestDatabase { db in
            for release in Fixtures.demoReleases() { try await ReleaseArchive(database: db).archive(release, synthetic: true) }
            let draft = try PlainTextLetter.parse(try SharedSeeds.text("001"))
            let id = try await LetterArchive(database: db).importLetter(
                draft, source: SourceFile(fileName: "001.txt", sha256: String(repeating: "1", count: 64), byteCount: 1), status: .sent,
                audit: .commandLine).letterID
            let app = try await buildApplication(configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning,
                                                                          printTimeoutSeconds: testPrintTimeoutSeconds), database: db)
            try await app.test(live ? .live : .router) { client in try await body(client, db, id) }
        }
    }

    @Test("the page: letterhead, date, recipients, body, 193 organizations counted and alphabetised, cc, and the fact sheet",
          SharedSeeds.required("001"))
    func page() async throws {
        try await Self.withSeedLetter { client, db, id in
            let page = try await client.get("/letters/\(id)")
            #expect(page.status == .ok)
            let html = page.body
            for text in ["Detention Watch Network", "November 15, 2024", "Via email delivery only", "President Joe Biden",
                         "U.S. Department of Homeland Security", "Re: Act now to protect immigrant communities",
                         "Dear President Biden and Secretary Mayorkas,", "<strong>Close detention centers: </strong>",
                         "193 organizations", "Neera Tanden", "Michael Lumpkin", "Sincerely,"] {
                #expect(html.contains(Escape.attribute(text)) || html.contains(text), "missing \(text)")
            }
            // no sign-on form on a sent letter
            #expect(!html.contains("name=\"organization\""))
            // alphabetised: the lead first, then "The Bronx Defenders" under B
            let listStart = try #require(html.range(of: "class=\"signatory-list\""))
            let list = String(html[listStart.lowerBound...])
            func position(_ name: String) throws -> String.Index { try #require(list.range(of: "<li>\(name)</li>")).lowerBound }
            #expect(try position("Detention Watch Network") < position("18 Million Rising"))
            #expect(try position("Brighton Park Neighborhood Council") < position("The Bronx Defenders"))
            #expect(try position("The Bronx Defenders") < position("Buen Vecino"))
            #expect(occurrences(of: "<li>", in: list.components(separatedBy: "</ul>")[0]) == 193)
            // the fact sheet: each figure with source, release and method; what is missing said plainly
            #expect(html.contains("Fact sheet"))
            #expect(html.contains("People detained: national average daily population"))
            #expect(html.contains("The letter says over 90% are detained at facilities run by private companies."))
            for missing in ["Funded beds", "Deaths in ICE custody", "daily midnight population"] {
                let at = try #require(html.range(of: missing), "no \(missing)")
                #expect(html[at.upperBound...].prefix(400).contains(LetterFact.notAvailable), "\(missing) should say it is not available")
            }
            // new facilities and surges come from the expansion events of the releases after the letter's date
            let events = try await ExpansionEventQueries(database: db).all().map(\.event)
                .filter { $0.asOf > CalendarDate(year: 2024, month: 11, day: 15)! }
            let expansion = try #require(html.range(of: "New facilities and surges"))
            let after = html[expansion.upperBound...].prefix(400)
            if events.isEmpty {
                #expect(after.contains(LetterFact.notAvailable))
            } else {
                let new = Set(events.filter { $0.kind == .new }.map(\.facilityKey)).count
                #expect(after.contains("\(Format.count(new)) new facilities"), "\(after)")
            }
            #expect(html.contains("href=\"/letters/\(id)/letter.pdf\""))
        }
    }

    @Test("the count and list come from the approved list: a rejection takes one off everywhere", SharedSeeds.required("001"))
    func countFromApproved() async throws {
        try await Self.withSeedLetter { client, db, id in
            let bronx = try #require(try await LetterQueries(database: db).signatures(letterID: id).first { $0.organization == "The Bronx Defenders" })
            try await SignatureArchive(database: db).decide(.reject, signatureID: bronx.id, letterID: id, audit: .commandLine)
            let page = try await client.get("/letters/\(id)")
            #expect(page.body.contains("192 organizations") && !page.body.contains("<li>The Bronx Defenders</li>"))
            let json = try await client.get("/letters/\(id)/signatories.json")
            #expect(occurrences(of: "\"organization\"", in: json.body) == 192)
            #expect(try await client.get("/api/v1/letters/\(id)").body.contains("\"organization_count\" : 192"))
        }
    }

    @Test("headless Chromium renders the published letter and prints it to PDF",
          SharedSeeds.required("001"), .enabled(if: HeadlessBrowser.path != nil, Comment(rawValue: HeadlessBrowser.skipReason)))
    func inChromium() async throws {
        try await Self.withSeedLetter(live: true) { client, _, id in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"
            // the page as Chromium builds it, with no Content-Security-Policy complaint
            let (dom, console) = try await HeadlessBrowser.load(base + "/letters/\(id)")
            #expect(dom.contains("193 organizations") && dom.contains("The Bronx Defenders") && dom.contains("Fact sheet"))
            #expect(console.filter { $0.contains("Content Security Policy") }.isEmpty, "\(console)")
            _ = try await HeadlessBrowser.run(["--screenshot=/tmp/vigil-letter.png", "--window-size=1280,2400", base + "/letters/\(id)"])
            // the PDF, printed from the same page
            let response = try await slowGet(port: port, "/letters/\(id)/letter.pdf")
            #expect(response.status == 200 && response.header("Content-Type") == "application/pdf")
            let bytes = response.body
            #expect(bytes.starts(with: Data("%PDF-".utf8)) && bytes.count > 10_000)
            #expect(try PDFPrintingTests.title(ofPDF: bytes) == "Act now to protect immigrant communities · Vigil")
            let pages = String(decoding: bytes, as: UTF8.self).matches(of: /\/Type \/Page[^s]/).count
            #expect(pages >= 3, "the letter, its 193 signatories and the fact sheet take several pages")
            try bytes.write(to: URL(fileURLWithPath: "/tmp/vigil-letter.pdf"))
        }
    }
}
