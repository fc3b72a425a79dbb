#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import VigilTestSupport
@testable import VigilMail

@Suite("Sending through a real SMTP server on loopback")
struct SMTPMailerTests {
    @Test(.enabled(if: LoopbackSMTP.runs, LoopbackSMTP.skipReason))
    func deliversTextHTMLAndAccentsToTheServer() async throws {
        // given a mailer pointed at the loopback server, and a recipient no other test uses
        let mailer = SMTPMailer(url: try SMTPServerURL(parsing: try LoopbackSMTP.requireURL()))
        let recipient = "mailer-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let message = MailMessage(
            from: try MailAddress("letters@vigil.example"), fromName: "Vigil", to: [try MailAddress(recipient)],
            subject: "Confirme su firma", text: "Gracias por firmar.\n.\nEnlace: https://vigil.example/c/abc",
            html: "<p>Gracias por firmar.</p>", headers: [("X-Vigil-Letter", "7")])

        // when it is sent
        let messageID = try await mailer.send(message)

        // then the server holds exactly that message, decoded intact (a lone "." line survived DATA)
        let received = try await LoopbackSMTP.waitForMessages(to: recipient)
        #expect(received.count == 1)
        let mail = try #require(received.first)
        #expect(mail.subject == "Confirme su firma")
        #expect(mail.text == "Gracias por firmar.\n.\nEnlace: https://vigil.example/c/abc")
        #expect(mail.html == "<p>Gracias por firmar.</p>")
        #expect(mail.headers["x-vigil-letter"] == "7")
        #expect(mail.headers["message-id"] == "<\(messageID)>")
        #expect(mail.headers["x-mailfrom"] == "letters@vigil.example")
    }

    @Test func namesTheServerWhenNothingListens() async throws {
        // given a loopback port that was free a moment ago
        let port = try Self.freePort()
        let mailer = SMTPMailer(url: SMTPServerURL(host: "127.0.0.1", port: port), timeout: 2)
        let message = MailMessage(from: try MailAddress("a@vigil.example"), to: [try MailAddress("b@example.org")],
                                  subject: "x", text: "y")
        // then sending fails with an error naming the server, not a hang or a crash
        await #expect {
            try await mailer.send(message)
        } throws: { error in
            guard case let MailError.connectionFailed(server, _) = error else { return false }
            return server == "smtp://127.0.0.1:\(port)"
        }
    }

    @Test func givesUpOnAServerThatNeverGreets() async throws {
        // given a socket that accepts connections (the kernel's backlog) but never says a word
        let (descriptor, port) = try Self.silentListener()
        defer { close(descriptor) }
        let mailer = SMTPMailer(url: SMTPServerURL(host: "127.0.0.1", port: port), timeout: 0.5)
        let message = MailMessage(from: try MailAddress("a@vigil.example"), to: [try MailAddress("b@example.org")],
                                  subject: "x", text: "y")
        await #expect(throws: MailError.timedOut(server: "smtp://127.0.0.1:\(port)", waitingFor: "the greeting")) {
            try await mailer.send(message)
        }
    }

    @Test func refusesAMessageWithoutRecipients() async throws {
        let mailer = SMTPMailer(url: SMTPServerURL(host: "127.0.0.1", port: 1))
        let message = MailMessage(from: try MailAddress("a@vigil.example"), to: [], subject: "x", text: "y")
        await #expect(throws: MailError.noRecipients) { try await mailer.send(message) }
    }

    static func freePort() throws -> Int {
        let (descriptor, port) = try silentListener()
        close(descriptor)
        return port
    }

    static func silentListener() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
