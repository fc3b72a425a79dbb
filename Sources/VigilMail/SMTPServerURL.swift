import Foundation

/// Where outgoing mail goes: `smtp://[user:password@]host[:port]`, as named by `VIGIL_SMTP_URL`.
///
/// Only plain SMTP is spoken: Vigil hands mail to a relay on the same machine or network (Postfix, a
/// provider's submission relay behind stunnel, or a test server on loopback), which does TLS onwards.
public struct SMTPServerURL: Sendable, Equatable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let username: String?
    public let password: String?

    public init(host: String, port: Int = 25, username: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
    }

    public init(parsing text: String) throws(MailError) {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "smtp",
              let host = components.host, !host.isEmpty
        else {
            throw MailError.invalidServerURL(text: text, reason: "expected smtp://[user:password@]host[:port]")
        }
        let port = components.port ?? 25
        guard (1...65535).contains(port) else {
            throw MailError.invalidServerURL(text: text, reason: "port \(port) is out of range")
        }
        self.init(host: host, port: port, username: components.user, password: components.password)
    }

    /// The address without its password, for logs and error messages.
    public var description: String {
        let user = username.map { "\($0)@" } ?? ""
        return "smtp://\(user)\(host):\(port)"
    }
}
