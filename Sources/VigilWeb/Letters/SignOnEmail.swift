import VigilCore

/// The e-mails a signatory receives, as plain text: the confirmation (with its single-use link
/// and the withdrawal link) and the notice that the letter changed after they signed.
struct SignOnEmail: Sendable, Hashable {
    var to: String
    var subject: String
    var text: String

    /// Written in the language of `SiteLanguage.current`: the sign-on POST's, the language the
    /// person signed in. The letter's title is data and stays as written.
    static func confirmation(to email: String, organization: String, letterTitle: String, confirmURL: String, withdrawURL: String,
                             hoursValid: Int) -> SignOnEmail {
        SignOnEmail(to: email, subject: t("letters.email.confirm_subject", ["title": letterTitle]),
                    text: t("letters.email.confirm_text", ["organization": organization, "title": letterTitle, "hours": String(hoursValid),
                                                           "confirm": confirmURL, "withdraw": withdrawURL]))
    }

    /// Sent when an editor changes the words: the signatory's language is not stored with the
    /// signature, so the notice says it in English and then in Spanish.
    static func materialChange(to email: String, organization: String, letterTitle: String, letterURL: String, version: Int) -> SignOnEmail {
        let arguments = ["organization": organization, "title": letterTitle, "url": letterURL, "version": String(version)]
        func both(_ text: () -> String) -> [String] {
            SiteLanguage.allCases.map { language in SiteLanguage.$current.withValue(language, operation: text) }
        }
        return SignOnEmail(to: email, subject: both { t("letters.email.changed_subject", arguments) }.joined(separator: " / "),
                           text: both { t("letters.email.changed_text", arguments) }.joined(separator: "\n\n———\n\n"))
    }
}
