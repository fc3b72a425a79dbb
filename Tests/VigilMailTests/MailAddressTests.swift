import Foundation
import Testing
@testable import VigilMail

@Suite("E-mail addresses and the SMTP server URL")
struct MailAddressTests {
    @Test(arguments: ["ana@example.org", "  ana.lopez+letters@mail.example.org ", "o'brien@example.co.uk"])
    func acceptsOrdinaryAddresses(_ text: String) throws {
        let address = try MailAddress(text)
        #expect(address.text == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        "", "ana", "ana@", "@example.org", "ana@localhost", "ana@example..org", "ana@@example.org",
        "ana lopez@example.org", "<ana@example.org>",
        // A visitor's attempt to add a recipient through the SMTP command line or a header.
        "ana@example.org\r\nRCPT TO:<victim@example.org>", "ana@example.org\nBcc: victim@example.org",
    ])
    func refusesWhatIsNotOneAddress(_ text: String) {
        #expect(throws: MailError.invalidAddress(text)) { try MailAddress(text) }
    }

    @Test func foldsCaseForDuplicateChecks() throws {
        #expect(try MailAddress("Ana@Example.ORG").folded == MailAddress("ana@example.org").folded)
    }

    @Test func parsesServerURLs() throws {
        let plain = try SMTPServerURL(parsing: "smtp://127.0.0.1:2525")
        #expect(plain == SMTPServerURL(host: "127.0.0.1", port: 2525))
        let withUser = try SMTPServerURL(parsing: "smtp://relay:s3cret@mail.example.org")
        #expect(withUser.port == 25 && withUser.username == "relay" && withUser.password == "s3cret")
        // The password never appears in what logs and errors print.
        #expect(withUser.description == "smtp://relay@mail.example.org:25")
    }

    @Test(arguments: ["", "mail.example.org", "http://mail.example.org", "smtp://", "smtp://host:0", "smtp://host:70000"])
    func refusesOtherURLs(_ text: String) {
        #expect(throws: MailError.self) { try SMTPServerURL(parsing: text) }
    }

    @Test func environmentWithoutURLMeansMailIsOff() throws {
        #expect(try SMTPMailer.fromEnvironment([:]) == nil)
        #expect(try SMTPMailer.fromEnvironment(["VIGIL_SMTP_URL": "smtp://127.0.0.1:2525"])?.server.port == 2525)
        #expect(throws: MailError.self) { try SMTPMailer.fromEnvironment(["VIGIL_SMTP_URL": "smtps://x"]) }
    }
}
