import Foundation
import Testing
import VigilAlerts
import VigilCore
import VigilMail
import VigilStore
import VigilTestSupport

@Suite("E-mail delivery end to end", .serialized)
struct EmailDeliveryTests {
    @Test("an event reaches a real SMTP server on loopback as one e-mail, once; a server that is down is a failed attempt",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func endToEnd() async throws {
        let server = try SMTPServerURL(parsing: try LoopbackSMTP.requireURL())
        let recipient = "alerts-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        try await withTestDatabase { db in
            // given an e-mail subscription to New Jersey, and two releases in which Delaney Hall holds people again
            try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: recipient), by: "command line")
            let archive = ReleaseArchive(database: db)
            try await archive.archive(ExpansionFixtures.release(asOf: "2021-01-13", sha: "a", facilities: [("DELANEY HALL", "NJ", 0, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-05-09", sha: "b", facilities: [("STEWART", "GA", 1500, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-08-01", sha: "c", facilities: [("DELANEY HALL", "NJ", 139, 700)]))
            let links = AlertLinks(baseURL: "https://vigil.example.org", facilityPath: { "/facilities/\($0.facilityKey.rawValue)" },
                                   releasesPath: "/releases",
                                   unsubscribePath: { "/alerts/unsubscribe?token=\($0)" })
            let from = try MailAddress("vigil-alerts@vigil.localhost")
            let dispatcher = AlertDispatcher(database: db, links: links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                             email: AlertEmail.sender(SMTPMailer(url: server, timeout: 10), from: from),
                                             retry: AlertRetryPolicy(baseSeconds: 0))
            // when alerts are sent, twice
            let first = try await dispatcher.sendDue()
            let second = try await dispatcher.sendDue()
            await dispatcher.shutdown()
            // then one message arrived, saying what happened and where the evidence is
            #expect(first.delivered == 1 && second.queued == 0 && second.delivered == 0)
            let mails = try await LoopbackSMTP.waitForMessages(to: recipient)
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.subject == "Vigil: Reopened facility: DELANEY HALL, NJ (as of 2025-08-01)")
            let text = mail.text ?? ""
            #expect(text.contains("DELANEY HALL is holding people again: ADP 139 as of 2025-08-01, none as of 2025-05-09."))
            #expect(text.contains("Evidence: https://vigil.example.org/facilities/delaney-hall-nj"))
            #expect(mail.headers["x-vigil-event"] == "reopened")
            // and a link of its own that stops the subscription, in the text and for mail programs
            #expect(text.contains("To stop these alerts: https://vigil.example.org/alerts/unsubscribe?token="))
            #expect(mail.headers["list-unsubscribe"]?.hasPrefix("<https://vigil.example.org/alerts/unsubscribe?token=") == true)
            let log = try await AlertDeliveryQueue(database: db).log()
            #expect(log.count == 1 && log[0].status == "delivered" && log[0].channel == "email" && log[0].target == recipient)
            #expect(try await AlertDeliveryQueue(database: db).attempts(ofDelivery: log[0].id).first?.detail.hasPrefix("accepted by smtp://127.0.0.1") == true)
        }
    }

    @Test("each e-mail is written in the language its subscriber used: Spanish for a Spanish subscription, English otherwise",
          .enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func inTheSubscribersLanguage() async throws {
        let server = try SMTPServerURL(parsing: try LoopbackSMTP.requireURL())
        let english = "alerts-en-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let spanish = "alerts-es-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        try await withTestDatabase { db in
            // given two subscriptions to New Jersey, one made in Spanish
            try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: english), by: "command line")
            try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: spanish), by: "someone",
                                                           language: .spanish)
            let archive = ReleaseArchive(database: db)
            try await archive.archive(ExpansionFixtures.release(asOf: "2021-01-13", sha: "a", facilities: [("DELANEY HALL", "NJ", 0, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-05-09", sha: "b", facilities: [("STEWART", "GA", 1500, nil)]))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-08-01", sha: "c", facilities: [("DELANEY HALL", "NJ", 139, 700)]))
            let links = AlertLinks(baseURL: "https://vigil.example.org", facilityPath: { "/facilities/\($0.facilityKey.rawValue)" },
                                   releasesPath: "/releases",
                                   unsubscribePath: { "/alerts/unsubscribe?token=\($0)" })
            let dispatcher = AlertDispatcher(database: db, links: links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                             email: AlertEmail.sender(SMTPMailer(url: server, timeout: 10),
                                                                      from: try MailAddress("vigil-alerts@vigil.localhost")),
                                             retry: AlertRetryPolicy(baseSeconds: 0))
            // when alerts are sent
            let report = try await dispatcher.sendDue()
            await dispatcher.shutdown()
            #expect(report.delivered == 2)
            // then the Spanish subscriber reads Spanish, with the facility's name and the links as published
            let inSpanish = try #require(try await LoopbackSMTP.waitForMessages(to: spanish).first)
            #expect(inSpanish.subject == "Vigil: Centro reabierto: DELANEY HALL, NJ (al 2025-08-01)")
            let text = inSpanish.text ?? ""
            #expect(text.contains("DELANEY HALL vuelve a tener personas detenidas: ADP 139 al 2025-08-01, ninguna al 2025-05-09."))
            #expect(text.contains("Pruebas: https://vigil.example.org/facilities/delaney-hall-nj"))
            // and the other subscriber reads English, as before
            let inEnglish = try #require(try await LoopbackSMTP.waitForMessages(to: english).first)
            #expect(inEnglish.subject == "Vigil: Reopened facility: DELANEY HALL, NJ (as of 2025-08-01)")
            #expect(inEnglish.text?.contains("Evidence: https://vigil.example.org/facilities/delaney-hall-nj") == true)
        }
    }

    @Test("without a reachable SMTP server an e-mail delivery fails, is logged and waits for a retry")
    func serverDown() async throws {
        try await withTestDatabase { db in
            try await AlertSubscriptions(database: db).add(AlertScope(state: "NJ"), channel: .email(address: "nobody@example.org"), by: "command line")
            let archive = ReleaseArchive(database: db)
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-05-09", sha: "b", facilities: []))
            try await archive.archive(ExpansionFixtures.release(asOf: "2025-08-01", sha: "c", facilities: [("DELANEY HALL", "NJ", 139, nil)]))
            let links = AlertLinks(baseURL: "http://127.0.0.1:8080", facilityPath: { _ in "/" }, releasesPath: "/releases",
                                   unsubscribePath: { "/alerts/unsubscribe?token=\($0)" })
            // port 9 (discard) on loopback: nothing listens there
            let dispatcher = AlertDispatcher(database: db, links: links, webhooks: WebhookSender(client: WebhookSender.makeClient()),
                                             email: AlertEmail.sender(SMTPMailer(url: SMTPServerURL(host: "127.0.0.1", port: 9), timeout: 2),
                                                                      from: try MailAddress("vigil-alerts@vigil.localhost")))
            let report = try await dispatcher.sendDue()
            await dispatcher.shutdown()
            #expect(report.retrying == 1)
            let log = try await AlertDeliveryQueue(database: db).log()
            #expect(log.first?.status == "pending" && log.first?.lastError?.contains("127.0.0.1") == true)
        }
    }
}
