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

    static func materialChange(to email: String, organization: String, letterTitle: String, letterURL: String, version: Int) -> SignOnEmail {
        SignOnEmail(to: email, subject: "The letter you signed has changed: \(letterTitle)", text: """
            \(organization) signed an earlier version of this letter:

              \(letterTitle)

            Its editors have since changed what it says (version \(version)). Read it here:

              \(letterURL)

            If your organization no longer agrees, use the withdrawal link in the e-mail that
            confirmed your signature.
            """)
    }
}
