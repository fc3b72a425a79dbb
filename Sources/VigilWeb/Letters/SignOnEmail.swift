import VigilCore

/// The e-mails a signatory receives, as plain text: the confirmation (with its single-use link
/// and the withdrawal link) and the notice that the letter changed after they signed.
struct SignOnEmail: Sendable, Hashable {
    var to: String
    var subject: String
    var text: String

    static func confirmation(to email: String, organization: String, letterTitle: String, confirmURL: String, withdrawURL: String,
                             hoursValid: Int) -> SignOnEmail {
        SignOnEmail(to: email, subject: "Confirm your organization's signature: \(letterTitle)", text: """
            Someone, we hope you, signed this letter for \(organization):

              \(letterTitle)

            To confirm the signature, open this link within \(hoursValid) hours. It works once:

              \(confirmURL)

            Only confirmed signatures go to the letter's editors, who review every one before it is
            counted and published. If you did not sign, ignore this e-mail and nothing is published.

            To take the signature back at any time, before or after it is published, open:

              \(withdrawURL)

            Your e-mail address is never published or exported.
            """)
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
