/// The sign-in form, with what went wrong last time, if anything.
struct SignInModel: Sendable {
    var chrome: PageChrome
    /// The token the form posts back; `CSRFMiddleware` checks it.
    var csrfToken: String
    /// What the person typed, kept on a failed attempt (never the password).
    var email: String = ""
    /// Why the last attempt failed.
    var problem: String?
    /// Where to go once signed in (see `ReturnPath`); nil goes to the national page.
    var returnPath: String? = nil
}
