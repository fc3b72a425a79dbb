extension Catalogue {
    /// The message for `key` in the language of `SiteLanguage.current`, for Vigil's words written
    /// outside the web layer (form problems checked in VigilCore, alert e-mails). English when no
    /// request or mailer has set a language, as on the command line. The web layer's `t` is the same.
    public static func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        of(SiteLanguage.current).text(key, arguments)
    }
}
