import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Runs `body` against the app with one account of each role and the small letter imported
/// with `status`; mail goes to the loopback SMTP server when `mail` is true.
func withLetterApp(status: LetterStatus = .open, mail: Bool = false, releases: [IceStatsRelease] = [],
                   _ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, Int) async throws -> Void) async throws {
    try await withTestDatabase { db in
        for role in Role.allCases {
            try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role,
                                                     password: "a long enough password", by: .commandLine)
        }
        for release in releases { try await ReleaseArchive(database: db).archive(release, synthetic: true) }
        let id = try await LetterFixtures.importLetter(db, status: status)
        let config = AppConfig(logLevel: .warning, publicURL: "http://vigil.test", smtpURL: mail ? try LoopbackSMTP.requireURL() : nil,
                               mailFrom: "letters@vigil.test")
        let app = try await buildApplication(configuration: config, database: db)
        try await app.test(.router) { client in try await body(client, db, id) }
    }
}

@Suite("Letter pages")
struct LetterPagesTests {
    static func signOnFields(token: String, email: String, organization: String = "Make The Road New York",
                             honeypot: String = "") -> [(String, String)] {
        [("csrf_token", token), ("organization", organization), ("city", "Brooklyn"), ("state", "New York"), ("scope", "state"),
         ("website", "https://maketheroadny.org"), ("contact_name", "Ana Example"), ("email", email), ("consent", "yes"),
         (LetterPageView.honeypotField, honeypot)]
    }

    /// The path and query of the first link in `text` that starts with `prefix`.
    static func link(in text: String, after prefix: String) throws -> String {
        let start = try #require(text.range(of: prefix))
        let url = text[start.lowerBound...].prefix { !$0.isWhitespace }
        return String(url.dropFirst("http://vigil.test".count))
    }

    @Test("a signature made on the Spanish page is confirmed by an e-mail in Spanish; the letter's own words stay as written",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func signInSpanish() async throws {
        try await withLetterApp(mail: true) { client, db, id in
            let email = "es-\(UUID().uuidString.prefix(8).lowercased())@example.org"
            // given the letter read in Spanish (remembered in a cookie)
            var visitor = Browser(client: client)
            let page = try await visitor.get("/letters/\(id)?lang=es")
            #expect(page.status == .ok && page.body.contains("Firme esta carta en nombre de su organización"))
            #expect(page.body.contains("4 organizaciones"))
            let title = try #require(try await LetterQueries(database: db).letter(id: id)?.title)
            // when an organization signs
            let token = try #require(Browser.csrfToken(in: page.body))
            let signed = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: email))
            #expect(signed.status == .ok && signed.body.contains("Enviamos un enlace"), "\(signed.body)")
            // then the confirmation e-mail is in Spanish, with the letter's title as written and working links
            let mail = try #require(try await LoopbackSMTP.waitForMessages(to: email).first)
            #expect(mail.subject == "Confirme la firma de su organización: \(title)")
            let text = try #require(mail.text)
            #expect(text.contains("Para confirmar la firma") && text.contains(title))
            _ = try Self.link(in: text, after: "http://vigil.test/letters/confirm?token=")
            _ = try Self.link(in: text, after: "http://vigil.test/letters/withdraw?token=")
        }
    }

    @Test("a signature's whole path: form, e-mail from the loopback SMTP server, link, review, approval, the count up by one",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func wholePath() async throws {
        try await withLetterApp(mail: true) { client, db, id in
            let email = "path-\(UUID().uuidString.prefix(8).lowercased())@example.org"
            // given the open letter with its four imported organizations
            var visitor = Browser(client: client)
            let page = try await visitor.get("/letters/\(id)")
            #expect(page.status == .ok && page.body.contains("4 organizations"))
            #expect(page.headers[.cacheControl] == "private, no-store")
            let token = try #require(Browser.csrfToken(in: page.body))
            // when an organization signs
            let signed = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: email))
            #expect(signed.status == .ok, "\(signed.body)")
            #expect(signed.body.contains(SignOnController.checkYourEmail.prefix(40)))
            // then the loopback SMTP server receives the confirmation e-mail with its links
            let mails = try await LoopbackSMTP.waitForMessages(to: email)
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.subject?.contains("Confirm your organization's signature") == true)
            let text = try #require(mail.text)
            let confirm = try Self.link(in: text, after: "http://vigil.test/letters/confirm?token=")
            let withdraw = try Self.link(in: text, after: "http://vigil.test/letters/withdraw?token=")
            // and nothing is counted or reviewable yet
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            #expect(!(try await editor.get("/letters/\(id)/review").body.contains(email)))
            // when the link is opened, it asks; the click confirms
            let ask = try await visitor.get(confirm)
            #expect(ask.status == .ok && ask.body.contains("Confirm the signature"))
            let confirmed = try await visitor.post("/letters/confirm", [("csrf_token", try #require(Browser.csrfToken(in: ask.body))),
                                                                        ("token", String(confirm.split(separator: "=").last!))])
            #expect(confirmed.status == .ok && confirmed.body.contains("is confirmed"))
            #expect(try await client.get("/letters/\(id)").body.contains("4 organizations"))
            // then the editor sees it beside the imported "Make the Road NY", with its e-mail and website
            let review = try await editor.get("/letters/\(id)/review")
            #expect(review.body.contains(email) && review.body.contains("https://maketheroadny.org"))
            let cluster = try #require(review.body.range(of: "class=\"cluster\""))
            let clusterHTML = String(review.body[cluster.lowerBound...].prefix(6000))
            #expect(clusterHTML.contains("Make the Road NY") && clusterHTML.contains("Make The Road New York"))
            let signature = try #require(try await LetterQueries(database: db).signatures(letterID: id, statuses: [.pending]).first)
            // when the editor approves it
            let decided = try await editor.post("/letters/\(id)/review/decisions", [
                ("csrf_token", try #require(Browser.csrfToken(in: review.body))), ("signature", String(signature.id)), ("decision", "approve"),
            ])
            #expect(decided.status == .seeOther)
            // then the count is up by one everywhere, computed from the approved list
            let after = try await client.get("/letters/\(id)")
            #expect(after.body.contains("5 organizations") && after.body.contains("Make The Road New York"))
            let csv = try await client.get("/letters/\(id)/signatories.csv")
            #expect(CSV.parse(csv.body).count == 6)
            #expect(!csv.body.contains(email) && !csv.body.contains("Ana Example"))
            let api = try await client.get("/api/v1/letters/\(id)")
            #expect(api.body.contains("\"organization_count\" : 5") && !api.body.contains(email))
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "letter.signature_approve" && entry.actor == "editor@example.org")

            // when the signatory withdraws through the link in the same e-mail
            let askWithdraw = try await visitor.get(withdraw)
            #expect(askWithdraw.body.contains("Withdraw the signature"))
            let withdrawn = try await visitor.post("/letters/withdraw", [("csrf_token", try #require(Browser.csrfToken(in: askWithdraw.body))),
                                                                         ("token", String(withdraw.split(separator: "=").last!))])
            #expect(withdrawn.status == .ok && withdrawn.body.contains("is withdrawn"))
            // then the count is back down, and the confirmation link no longer works
            #expect(try await client.get("/letters/\(id)").body.contains("4 organizations"))
            let reused = try await visitor.get(confirm)
            #expect(reused.body.contains("has been used already"))
        }
    }

    @Test("the honeypot: a filled trap field is answered like a signature, and nothing is stored or sent",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func honeypot() async throws {
        try await withLetterApp(mail: true) { client, db, id in
            let email = "bot-\(UUID().uuidString.prefix(8).lowercased())@example.org"
            var bot = Browser(client: client)
            let token = try #require(Browser.csrfToken(in: try await bot.get("/letters/\(id)").body))
            let response = try await bot.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: email, honeypot: "555-0100"))
            #expect(response.status == .ok && response.body.contains(SignOnController.checkYourEmail.prefix(40)))
            #expect(try await db.rowCount("letter_signatures") == 4)
            try await Task.sleep(for: .milliseconds(500))
            #expect(try LoopbackSMTP.messages(to: email).isEmpty)
        }
    }

    @Test("rate limits: per e-mail (3 an hour) and per client address (10 an hour), past which nothing is stored or sent",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func rateLimits() async throws {
        try await withLetterApp(mail: true) { client, db, id in
            let run = UUID().uuidString.prefix(8).lowercased()
            var visitor = Browser(client: client)
            let token = try #require(Browser.csrfToken(in: try await visitor.get("/letters/\(id)").body))
            let email = "limit-\(run)@example.org"
            for attempt in 1...3 {
                let response = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: email))
                #expect(response.status == .ok, "attempt \(attempt)")
            }
            let fourth = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: email))
            #expect(fourth.status == .tooManyRequests && fourth.body.contains("Too many signatures"))
            // the three were folded into one signature (the same e-mail), with three e-mails sent
            #expect(try await db.rowCount("letter_signatures") == 5)
            #expect(try await LoopbackSMTP.waitForMessages(to: email, count: 3).count == 3)
            // seven more addresses from the same client use up its ten; the eleventh is refused
            for n in 1...7 {
                let response = try await visitor.post("/letters/\(id)/signatures",
                                                      Self.signOnFields(token: token, email: "many-\(n)-\(run)@example.org", organization: "Org \(n)"))
                #expect(response.status == .ok, "address attempt \(n)")
            }
            let refused = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: "last-\(run)@example.org"))
            #expect(refused.status == .tooManyRequests)
            #expect(try await db.rowCount("letter_signatures") == 12)
            #expect(try LoopbackSMTP.messages(to: "last-\(run)@example.org").isEmpty)
        }
    }

    @Test("an expired or unknown link changes nothing and says what to do")
    func unknownLink() async throws {
        try await withLetterApp { client, _, _ in
            var visitor = Browser(client: client)
            let ask = try await visitor.get("/letters/confirm?token=not-a-token")
            #expect(ask.status == .ok && ask.body.contains("This link is not known"))
            let posted = try await visitor.post("/letters/confirm", [("csrf_token", try #require(Browser.csrfToken(in: ask.body) ?? visitor.cookies["vigil_signin_csrf"])),
                                                                     ("token", "not-a-token")])
            #expect(posted.status == .notFound)
        }
    }

    @Test("without the form's CSRF token a signature is refused (403) and nothing is stored")
    func csrf() async throws {
        try await withLetterApp { client, db, id in
            var visitor = Browser(client: client)
            _ = try await visitor.get("/letters/\(id)")
            let response = try await visitor.post("/letters/\(id)/signatures", Array(Self.signOnFields(token: "forged", email: "x@example.org")))
            #expect(response.status == .forbidden)
            #expect(try await db.rowCount("letter_signatures") == 4)
        }
    }

    @Test("with no SMTP server configured the form says signing is unavailable and nothing is stored")
    func noMail() async throws {
        try await withLetterApp { client, db, id in
            var visitor = Browser(client: client)
            let page = try await visitor.get("/letters/\(id)")
            #expect(page.body.contains("Signing is unavailable"))
            #expect(!page.body.contains("name=\"organization\""))
            let token = try #require(visitor.cookies["vigil_signin_csrf"])
            let response = try await visitor.post("/letters/\(id)/signatures", Self.signOnFields(token: token, email: "x@example.org"))
            #expect(response.status == .serviceUnavailable)
            #expect(try await db.rowCount("letter_signatures") == 4)
        }
    }

    @Test("drafts are not found for readers; editors see them, write letters with Markdown shown safely, and change status (audited)")
    func editorsAndDrafts() async throws {
        try await withLetterApp(status: .draft) { client, db, id in
            #expect(try await client.get("/letters/\(id)").status == .notFound)
            #expect(try await client.get("/letters/\(id)/signatories.csv").status == .notFound)
            #expect(!(try await client.get("/letters").body.contains("Close the centers")))
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            #expect(try await editor.get("/letters/\(id)").status == .ok)
            let form = try await editor.get("/letters/new")
            let token = try #require(Browser.csrfToken(in: form.body))
            let created = try await editor.post("/letters", [
                ("csrf_token", token), ("title", "A new letter"), ("date", "2026-01-05"), ("to", "Jane Doe\nDirector\nSome Agency"),
                ("subject", "Stop it"), ("body", "We ask. <script>alert(1)</script>\n\n[x](javascript:alert(1))"),
                ("demands", "1. Close: Close them.\n\n2. Release: Release them."), ("closing", "Sincerely,"),
                ("lead_organization", "Detention Watch Network"),
            ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let page = try await editor.get(location)
            #expect(page.body.contains("&lt;script&gt;") && !page.body.contains("<script>alert"))
            #expect(!page.body.contains("href=\"javascript"))
            #expect(page.body.contains("<strong>Close: </strong>Close them."))
            let newID = Int(location.split(separator: "/").last!)!
            let status = try await editor.post("/letters/\(newID)/status", [("csrf_token", token), ("status", "open")])
            #expect(status.status == .seeOther)
            #expect(try await LetterQueries(database: db).letter(id: newID)?.status == .open)
            #expect(try await AuditLog(database: db).latest().first?.action == "letter.status")
            // a viewer may read but not write
            var viewer = Browser(client: client)
            _ = try await viewer.signIn("viewer@example.org", "a long enough password")
            #expect(try await viewer.get("/letters/new").status == .forbidden)
        }
    }

    @Test("an edit that changes the words is a new version and flags earlier signatures on the review page")
    func materialEditFlagged() async throws {
        try await withLetterApp { client, db, id in
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            let form = try await editor.get("/letters/\(id)/edit")
            #expect(form.body.contains("4 signatures were given to an earlier text"))
            let token = try #require(Browser.csrfToken(in: form.body))
            var fields = LetterFormFields(try #require(try await LetterQueries(database: db).letter(id: id)).content)
            fields.demands = fields.demands.replacingOccurrences(of: "close them", with: "expand them")
            let values = [fields.title, fields.date, fields.deliveryNote, fields.to, fields.cc, fields.subject, fields.salutation,
                          fields.body, fields.demands, fields.conclusion, fields.closing, fields.leadOrganization]
            let response = try await editor.post("/letters/\(id)/edit", [("csrf_token", token)] + Array(zip(LetterFormFields.names, values)))
            #expect(response.status == .seeOther)
            #expect(try await LetterQueries(database: db).letter(id: id)?.currentVersion == 2)
            let review = try await editor.get("/letters/\(id)/review")
            #expect(occurrences(of: "text changed in v2", in: review.body) == 4)
        }
    }
}
