import Foundation
import Testing
@testable import VigilMail

@Suite("Rendering a message for DATA")
struct MailRenderingTests {
    let date = Date(timeIntervalSince1970: 1_731_628_800)  // 2024-11-15 00:00 UTC

    func message(subject: String = "Confirm your signature", headers: [(name: String, value: String)] = []) throws -> MailMessage {
        MailMessage(from: try MailAddress("letters@vigil.example"), fromName: "Vigil", to: [try MailAddress("ana@example.org")],
                    subject: subject, text: "Hola, señora.\n.\nA line that is only a dot.", headers: headers)
    }

    @Test func rendersHeadersAndABase64Body() throws {
        let rendered = try MailRendering.render(try message(), date: date, messageID: "abc@vigil.localhost")
        #expect(rendered.contains("From: Vigil <letters@vigil.example>\r\n"))
        #expect(rendered.contains("To: ana@example.org\r\n"))
        #expect(rendered.contains("Subject: Confirm your signature\r\n"))
        #expect(rendered.contains("Date: Fri, 15 Nov 2024 00:00:00 +0000\r\n"))
        #expect(rendered.contains("Message-ID: <abc@vigil.localhost>\r\n"))
        #expect(rendered.contains("Content-Transfer-Encoding: base64\r\n"))
        let body = rendered.components(separatedBy: "\r\n\r\n")[1].replacingOccurrences(of: "\r\n", with: "")
        #expect(String(decoding: Data(base64Encoded: body)!, as: UTF8.self) == "Hola, señora.\n.\nA line that is only a dot.")
    }

    @Test func encodesANonASCIISubject() throws {
        let rendered = try MailRendering.render(try message(subject: "Confirme su firma, por favor: carta número 1"),
                                                date: date, messageID: "x@y")
        #expect(rendered.contains("Subject: =?utf-8?B?\(Data("Confirme su firma, por favor: carta número 1".utf8).base64EncodedString())?=\r\n"))
    }

    @Test(arguments: ["Hello\r\nBcc: victim@example.org", "Hello\nX-Injected: 1", "Bell\u{7}"])
    func refusesLineBreaksInTheSubject(_ subject: String) throws {
        #expect(throws: MailError.unsafeHeader(name: "Subject")) {
            try MailRendering.render(try message(subject: subject), date: date, messageID: "x@y")
        }
    }

    @Test func refusesUnsafeExtraHeaders() throws {
        #expect(throws: MailError.unsafeHeader(name: "List-Unsubscribe")) {
            try MailRendering.render(try message(headers: [("List-Unsubscribe", "<https://x>\r\nBcc: v@example.org")]),
                                     date: date, messageID: "x@y")
        }
        #expect(throws: MailError.unsafeHeader(name: "Bad Name")) {
            try MailRendering.render(try message(headers: [("Bad Name", "1")]), date: date, messageID: "x@y")
        }
    }

    @Test func sendsHTMLAsAnAlternativeToText() throws {
        var withHTML = try message()
        withHTML.html = "<p>Hola</p>"
        let rendered = try MailRendering.render(withHTML, date: date, messageID: "m1@vigil")
        #expect(rendered.contains("Content-Type: multipart/alternative; boundary=\"vigil-m1\"\r\n"))
        #expect(rendered.contains("--vigil-m1\r\nContent-Type: text/plain; charset=utf-8"))
        #expect(rendered.contains("--vigil-m1\r\nContent-Type: text/html; charset=utf-8"))
        #expect(rendered.hasSuffix("--vigil-m1--\r\n"))
    }
}
