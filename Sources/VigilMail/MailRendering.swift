import Foundation

/// Turns a `MailMessage` into the RFC 5322 text handed to the server after `DATA`.
///
/// Bodies go as base64 so that any UTF-8 text (Spanish, names from any language) survives relays that
/// do not speak 8BITMIME, and so no body line can ever be a lone "." ending the transfer early.
enum MailRendering {
    static func render(_ message: MailMessage, date: Date, messageID: String) throws(MailError) -> String {
        for header in message.headers {
            guard isToken(header.name) else { throw MailError.unsafeHeader(name: header.name) }
            guard isOneLine(header.value) else { throw MailError.unsafeHeader(name: header.name) }
        }
        guard isOneLine(message.subject) else { throw MailError.unsafeHeader(name: "Subject") }
        if let name = message.fromName, !isOneLine(name) { throw MailError.unsafeHeader(name: "From") }

        var lines: [String] = []
        let from = message.fromName.map { "\(encodedWord($0)) <\(message.from)>" } ?? message.from.text
        lines.append("From: \(from)")
        lines.append("To: \(message.to.map(\.text).joined(separator: ", "))")
        lines.append("Subject: \(encodedWord(message.subject))")
        lines.append("Date: \(rfc5322Date(date))")
        lines.append("Message-ID: <\(messageID)>")
        lines.append("MIME-Version: 1.0")
        for header in message.headers { lines.append("\(header.name): \(header.value)") }

        if let html = message.html {
            let boundary = "vigil-\(messageID.prefix(while: { $0 != "@" }))"
            lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("--\(boundary)")
            lines.append(contentsOf: part(type: "text/plain", body: message.text))
            lines.append("--\(boundary)")
            lines.append(contentsOf: part(type: "text/html", body: html))
            lines.append("--\(boundary)--")
        } else {
            lines.append(contentsOf: part(type: "text/plain", body: message.text))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func part(type: String, body: String) -> [String] {
        ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            + base64Lines(Data(body.utf8))
    }

    private static func base64Lines(_ data: Data) -> [String] {
        let encoded = data.base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines
    }

    /// RFC 2047: ASCII text stays readable, anything else travels as a UTF-8 base64 encoded word.
    private static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return text }
        return "=?utf-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    private static func isOneLine(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }
    }

    private static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && $0 != ":"
        }
    }

    private static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
