import Foundation

/// A message as the loopback server stored it, with its text decoded for assertions: headers (folded
/// lines joined, names lower-cased), the envelope recipients aiosmtpd records in `X-RcptTo`, and the
/// plain-text and HTML parts with their base64 or quoted-printable transfer encoding undone.
public struct ReceivedMail: Sendable {
    public let raw: String
    public let headers: [String: String]
    public let text: String?
    public let html: String?

    public var subject: String? { headers["subject"].map(Self.decodeEncodedWords) }
    public var envelopeRecipients: [String] {
        (headers["x-rcptto"] ?? headers["to"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    public init(raw: String) {
        self.raw = raw
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let (headers, body) = Self.split(normalized)
        self.headers = headers
        let contentType = headers["content-type"] ?? "text/plain"
        if let boundary = Self.boundary(of: contentType) {
            var text: String?
            var html: String?
            for part in body.components(separatedBy: "--\(boundary)").dropFirst() where !part.hasPrefix("--") {
                let (partHeaders, partBody) = Self.split(String(part.drop(while: { $0 == "\n" })))
                let decoded = Self.decode(partBody, encoding: partHeaders["content-transfer-encoding"])
                if (partHeaders["content-type"] ?? "").lowercased().hasPrefix("text/html") { html = decoded } else { text = decoded }
            }
            self.text = text
            self.html = html
        } else {
            let decoded = Self.decode(body, encoding: headers["content-transfer-encoding"])
            self.text = contentType.lowercased().hasPrefix("text/html") ? nil : decoded
            self.html = contentType.lowercased().hasPrefix("text/html") ? decoded : nil
        }
    }

    private static func split(_ text: String) -> ([String: String], String) {
        let parts = text.components(separatedBy: "\n\n")
        let headerBlock = parts.first ?? ""
        let body = parts.dropFirst().joined(separator: "\n\n")
        var headers: [String: String] = [:]
        var lastName: String?
        for line in headerBlock.split(separator: "\n") {
            if line.first == " " || line.first == "\t", let name = lastName {
                headers[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                lastName = name
            }
        }
        return (headers, body)
    }

    private static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/"), let range = contentType.range(of: "boundary=") else { return nil }
        return contentType[range.upperBound...].split(separator: ";").first
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
    }

    private static func decode(_ body: String, encoding: String?) -> String {
        switch encoding?.lowercased() {
        case "base64":
            let joined = body.split(whereSeparator: \.isWhitespace).joined()
            return Data(base64Encoded: joined).map { String(decoding: $0, as: UTF8.self) } ?? body
        case "quoted-printable":
            return decodeQuotedPrintable(body)
        default:
            return body
        }
    }

    private static func decodeQuotedPrintable(_ body: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(body.replacingOccurrences(of: "=\n", with: "").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
               let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func decodeEncodedWords(_ text: String) -> String {
        guard text.hasPrefix("=?"), text.hasSuffix("?="), case let pieces = text.dropFirst(2).dropLast(2).split(separator: "?"),
              pieces.count == 3, pieces[1].uppercased() == "B", let data = Data(base64Encoded: String(pieces[2]))
        else { return text }
        return String(decoding: data, as: UTF8.self)
    }
}
