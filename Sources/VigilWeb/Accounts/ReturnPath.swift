/// Where the sign-in form sends someone once signed in: back to the page that asked them to
/// sign in (e.g. the incident form), and only ever to a path on this site.
///
/// Anything that could leave the site (`https://…`, `//host/…`, `/\host`) or carries control
/// characters is dropped, so the parameter cannot be used as an open redirect.
enum ReturnPath {
    /// The query parameter of `/sign-in` and the hidden field of its form.
    static let field = "return"

    static func validated(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.hasPrefix("/\\"), text.count <= 2_000,
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else { return nil }
        return text
    }

    /// `/sign-in?return=<path>`: the sign-in page, coming back to `path` afterwards.
    static func signIn(returningTo path: String) -> String {
        SiteURL.signIn.path + "?\(field)=" + SiteURL.encodeQueryValue(path)
    }
}
