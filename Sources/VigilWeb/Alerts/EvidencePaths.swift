import VigilCore

/// Where an expansion event's evidence is on the site, for alerts sent elsewhere (webhooks,
/// e-mail), which add the site's public address: paths come from `SiteURL`, so they follow it.
public enum EvidencePaths {
    /// The facility's page: every release's figures with their source files.
    public static func facility(_ event: ExpansionEvent) -> String { SiteURL.facility(event.facilityKey).path }
    /// The release archive: each release's files, SHA-256s and anomalies.
    public static var releases: String { SiteURL.releases.path }
    /// The page an alert e-mail's unsubscribe link opens, with its token.
    public static func unsubscribe(token: String) -> String { SiteURL.alertUnsubscribe(token: token).href }
}
