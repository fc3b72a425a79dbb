import Foundation

/// Where a subscription's events go. Both the webhook secret and the e-mail address are
/// private: they appear only to the database owner (`vigil alerts log`) and signed-in editors.
public enum AlertChannel: Sendable, Hashable {
    /// A JSON POST to `url`, signed with HMAC-SHA256 of the body under `secret`.
    case webhook(url: String, secret: String)
    case email(address: String)

    public var kind: String {
        switch self {
        case .webhook: "webhook"
        case .email: "email"
        }
    }

    /// The URL or the address.
    public var target: String {
        switch self {
        case .webhook(let url, _): url
        case .email(let address): address
        }
    }

    /// A webhook checked for what can be checked without sending: an http(s) URL with a host and a
    /// secret of at least 16 characters. (E-mail addresses are checked by `VigilMail.MailAddress`.)
    public static func checkedWebhook(url: String, secret: String) throws(AlertChannelError) -> AlertChannel {
        let url = url.trimmingCharacters(in: .whitespaces)
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = parsed.host, !host.isEmpty else { throw .badWebhookURL(url) }
        guard secret.count >= 16 else { throw .shortSecret }
        return .webhook(url: url, secret: secret)
    }
}

public enum AlertChannelError: Error, Hashable, CustomStringConvertible {
    case badWebhookURL(String)
    case shortSecret

    public var description: String {
        switch self {
        case .badWebhookURL(let url): "“\(url)” is not an http:// or https:// URL with a host; a webhook needs one."
        case .shortSecret: "The webhook secret must be at least 16 characters: receivers check signatures with it."
        }
    }
}
