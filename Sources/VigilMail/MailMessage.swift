import Foundation

/// One message to send: plain text always, HTML optionally as its alternative.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var fromName: String?
    public var to: [MailAddress]
    public var subject: String
    public var text: String
    public var html: String?
    /// Extra headers such as `List-Unsubscribe`; names must be header tokens and values one line.
    public var headers: [(name: String, value: String)]

    public init(
        from: MailAddress, fromName: String? = nil, to: [MailAddress], subject: String, text: String,
        html: String? = nil, headers: [(name: String, value: String)] = []
    ) {
        self.from = from
        self.fromName = fromName
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.headers = headers
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool {
        lhs.from == rhs.from && lhs.fromName == rhs.fromName && lhs.to == rhs.to && lhs.subject == rhs.subject
            && lhs.text == rhs.text && lhs.html == rhs.html
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }
}
