import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilAlerts
import VigilCore
import VigilMail
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Stopping alert subscriptions on the web: the link in every alert e-mail (no account), and the
/// Stop button on `/alerts/subscriptions` (the maker or an admin).
@Suite("Stopping alert subscriptions", .serialized)
struct AlertUnsubscribeTests {
    static let password = "a long enough password"
    static let base = "https://vigil.example.org"

    @Test("an alert e-mail's unsubscribe link, followed through a real SMTP server, stops the subscription without signing in, once, audited",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason), arguments: TestEngine.available)
    func emailLink(engine: TestEngine) async throws {
        let server = try SMTPServerURL(parsing: try LoopbackSMTP.requireURL())
        let recipient = "stop-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        try await withTestDatabase(engine) { db in
            // given an e-mail subscription to New Jersey and a release in which Delaney Hall holds people again
            let subscription = try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: recipient),
                                                                              by: "command line")
            let archive = ReleaseArchive(database: db)
            try await archive.archive(ExpansionFixtures.release(asOf: "2021-01-13", sha: "a", facilities: [("DELANEY HALL", "NJ", 0, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-05-09", sha: "b", facilities: [("STEWART", "GA", 1500, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-08-01", sha: "c", facilities: [("DELANEY HALL", "NJ", 139, nil)]))
            let links = AlertLinks(baseURL: Self.base, facilityPath: { EvidencePaths.facility($0) }, releasesPath: EvidencePaths.releases,
                                   unsubscribePath: { EvidencePaths.unsubscribe(token: $0) })
            let dispatcher = AlertDispatcher(database: db, links: links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                             email: AlertEmail.sender(SMTPMailer(url: server, timeout: 10), from: try MailAddress("vigil-alerts@vigil.localhost")),
                                             retry: AlertRetryPolicy(baseSeconds: 0))
            // (the dispatcher's HTTP client must be shut down on every path, a failed expectation included)
            let later: AlertDispatcher.Report
            do {
                // when the alert is sent
                #expect(try await dispatcher.sendDue().delivered == 1)
                // then the e-mail received carries an unsubscribe link, in its text and in List-Unsubscribe
                let mail = try #require(try await LoopbackSMTP.waitForMessages(to: recipient).first)
                let line = try #require((mail.text ?? "").split(separator: "\n").first { $0.hasPrefix("To stop these alerts: ") })
                let url = String(line.dropFirst("To stop these alerts: ".count)).trimmingCharacters(in: .whitespaces)
                #expect(url.hasPrefix(Self.base + "/alerts/unsubscribe?token="))
                #expect(mail.headers["list-unsubscribe"] == "<\(url)>")
                let path = String(url.dropFirst(Self.base.count))
                let token = String(path.dropFirst("/alerts/unsubscribe?token=".count))

                let app = try await buildApplication(configuration: AppConfig(logLevel: .warning), database: db)
                try await app.test(.router) { client in
                    // when an anonymous reader opens the link
                    var browser = Browser(client: client)
                    let ask = try await browser.get(path)
                    // then the page asks first, naming what is watched but not the address, and nothing is stopped yet
                    #expect(ask.status == .ok)
                    #expect(ask.body.contains("Stop alert subscription \(subscription.id), watching state NJ"))
                    #expect(!ask.body.contains(recipient))
                    #expect(ask.headers[.cacheControl] == "private, no-store")
                    #expect(try await AlertSubscriptions(database: db).subscription(id: subscription.id)?.isActive == true)
                    // when they press the button (the anonymous forms' cookie token)
                    let csrf = try #require(Browser.csrfToken(in: ask.body))
                    let done = try await browser.post("/alerts/unsubscribe", [("csrf_token", csrf), ("token", token)])
                    // then the subscription is stopped, audited as done by the e-mail's reader
                    #expect(done.status == .ok && done.body.contains("Alert subscription \(subscription.id) is stopped."))
                    #expect(try await AlertSubscriptions(database: db).subscription(id: subscription.id)?.isActive == false)
                    let entry = try #require(try await AuditLog(database: db).latest(limit: 1).first)
                    #expect(entry.action == "alert.unsubscribe" && entry.actor == "anonymous" && entry.subject == "subscription \(subscription.id)")
                    #expect(entry.details["via"] == "e-mail link")
                    // and the link works once; a made-up one is not known; neither changes anything
                    let again = try await browser.post("/alerts/unsubscribe", [("csrf_token", csrf), ("token", token)])
                    #expect(again.status == .gone && again.body.contains("used already"))
                    #expect(try await browser.get("/alerts/unsubscribe?token=made-up").status == .notFound)
                    #expect(try await browser.post("/alerts/unsubscribe", [("token", token)]).status == .forbidden)
                }
                // and a later event in New Jersey is not sent to it
                try await archive.archive(ExpansionFixtures.release(asOf: "2025-09-01", sha: "d", facilities: [("DELANEY HALL", "NJ", 600, nil)]))
                later = try await dispatcher.sendDue()
            } catch {
                await dispatcher.shutdown()
                throw error
            }
            await dispatcher.shutdown()
            #expect(later.queued == 0 && later.delivered == 0)
            #expect(try LoopbackSMTP.messages(to: recipient).count == 1)
        }
    }

    func withSubscription(_ body: @escaping @Sendable (any TestClientProtocol, VigilDatabase, AlertSubscription) async throws -> Void) async throws {
        try await withApp(releases: [], synthetic: false) { client, db in
            for role in Role.allCases {
                try await UserAccounts(database: db).add(email: "\(role.rawValue)@example.org", role: role, password: Self.password, by: .commandLine)
            }
            let mine = try await AlertSubscriptions(database: db).add(AlertScope(state: "TX"), channel: .email(address: "viewer@example.org"),
                                                                      by: "viewer@example.org")
            try await body(client, db, mine)
        }
    }

    func signedIn(_ role: Role, _ client: any TestClientProtocol) async throws -> (Browser, String) {
        var browser = Browser(client: client)
        _ = try await browser.signIn("\(role.rawValue)@example.org", Self.password)
        let page = try await browser.get("/alerts/subscriptions")
        return (browser, try #require(Browser.csrfToken(in: page.body)))
    }

    @Test("the maker stops their subscription with the Stop button: 303 back, stopped, audited")
    func makerStops() async throws {
        try await withSubscription { client, db, mine in
            var (browser, token) = try await signedIn(.viewer, client)
            let page = try await browser.get("/alerts/subscriptions")
            #expect(page.body.contains("action=\"/alerts/subscriptions/\(mine.id)/stop\""))
            let response = try await browser.post("/alerts/subscriptions/\(mine.id)/stop", [("csrf_token", token)])
            #expect(response.status == .seeOther && response.headers[.location] == "/alerts/subscriptions?stopped=\(mine.id)")
            #expect(try await AlertSubscriptions(database: db).subscription(id: mine.id)?.isActive == false)
            let entry = try #require(try await AuditLog(database: db).latest(limit: 1).first)
            #expect(entry.action == "alert.unsubscribe" && entry.actor == "viewer@example.org" && entry.details["via"] == "web")
            let after = try await browser.get(try #require(response.headers[.location]))
            #expect(after.body.contains("Subscription \(mine.id) stopped") && !after.body.contains("/alerts/subscriptions/\(mine.id)/stop"))
        }
    }

    @Test("someone else's subscription is not found for an editor, and a post without the CSRF token is 403; neither stops it")
    func othersRefused() async throws {
        try await withSubscription { client, db, mine in
            var (editor, token) = try await signedIn(.editor, client)
            #expect(!(try await editor.get("/alerts/subscriptions")).body.contains("/alerts/subscriptions/\(mine.id)/stop"))
            #expect(try await editor.post("/alerts/subscriptions/\(mine.id)/stop", [("csrf_token", token)]).status == .notFound)
            var (viewer, _) = try await signedIn(.viewer, client)
            #expect(try await viewer.post("/alerts/subscriptions/\(mine.id)/stop", []).status == .forbidden)
            var anonymous = Browser(client: client)
            #expect(try await anonymous.post("/alerts/subscriptions/\(mine.id)/stop", []).status == .forbidden)
            #expect(try await AlertSubscriptions(database: db).subscription(id: mine.id)?.isActive == true)
        }
    }

    @Test("an admin sees everyone's subscriptions with their maker, and stops any")
    func adminStops() async throws {
        try await withSubscription { client, db, mine in
            var (admin, token) = try await signedIn(.admin, client)
            let page = try await admin.get("/alerts/subscriptions")
            #expect(page.body.contains("Made by") && page.body.contains("/alerts/subscriptions/\(mine.id)/stop"))
            #expect(try await admin.post("/alerts/subscriptions/\(mine.id)/stop", [("csrf_token", token)]).status == .seeOther)
            #expect(try await AlertSubscriptions(database: db).subscription(id: mine.id)?.isActive == false)
            #expect(try await AuditLog(database: db).latest(limit: 1).first?.actor == "admin@example.org")
        }
    }
}
