import VigilCore

/// A row of `alert_subscriptions`.
struct AlertSubscriptionRecord: Codable, Sendable {
    var id: Int
    var facility: String?
    var state: String?
    var aor: String?
    var operator_name: String?
    /// Comma-separated event kinds; empty for every kind.
    var kinds: String
    var channel: String
    var webhook_url: String?
    var webhook_secret: String?
    var email: String?
    var created_by: String
    var created_at: String
    var active: Int
    /// `en` or `es` (M0023); English for a value Vigil does not speak.
    var language: String?

    var subscription: AlertSubscription? {
        let channel: AlertChannel
        switch self.channel {
        case "webhook":
            guard let url = webhook_url, let secret = webhook_secret else { return nil }
            channel = .webhook(url: url, secret: secret)
        case "email":
            guard let email else { return nil }
            channel = .email(address: email)
        default:
            return nil
        }
        let kinds = Set(kinds.split(separator: ",").compactMap { ExpansionEventKind(rawValue: String($0)) })
        return AlertSubscription(id: id, scope: AlertScope(facility: facility, state: state, areaOfResponsibility: aor,
                                                           operatorName: operator_name, kinds: kinds),
                                 channel: channel, createdBy: created_by, createdAt: created_at, isActive: active != 0,
                                 language: language.flatMap(SiteLanguage.init(rawValue:)) ?? .english)
    }
}
