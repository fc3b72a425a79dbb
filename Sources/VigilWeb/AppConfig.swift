import Logging
import VigilStore

/// How the web application listens and logs.
public struct AppConfig: Sendable, Hashable {
    /// The address to bind to; loopback by default so a first run is not exposed to the network.
    public var host: String
    public var port: Int
    public var logLevel: Logger.Level
    /// Marks the sign-in cookies Secure: turn on when Vigil is served over HTTPS (directly or behind a proxy).
    public var secureCookies: Bool
    /// The Chromium that prints dossiers to PDF; nil turns PDF downloads off (they answer 503 and say why).
    public var chromiumPath: String?
    /// The most seconds a PDF download waits for its print, queueing included, before it is refused (`--print-timeout`).
    public var printTimeoutSeconds: Int
    /// Addresses of reverse proxies in front of Vigil, whose `X-Forwarded-For` names the client.
    public var trustedProxies: [String]
    /// The most bytes of pages and downloads kept for anonymous readers per data version; 0 keeps none.
    public var responseCacheBytes: Int
    /// Where readers reach Vigil (`https://vigil.example.org`), for links in e-mails; nil means `http://host:port`.
    public var publicURL: String?
    /// The SMTP server for sign-on confirmations (`VIGIL_SMTP_URL`, `smtp://host:port`); nil turns signing off.
    public var smtpURL: String?
    /// The sender of sign-on e-mails (`VIGIL_MAIL_FROM`).
    public var mailFrom: String

    /// The key that seals case fields (`VIGIL_DATA_KEY`); nil turns case pages off (they answer 503 and say why).
    public var dataKey: DataKey?

    public init(host: String = "127.0.0.1", port: Int = 8080, logLevel: Logger.Level = .info, secureCookies: Bool = false,
                chromiumPath: String? = Chromium.locate(), printTimeoutSeconds: Int = PDFPrinter.defaultTimeoutSeconds,
                trustedProxies: [String] = [], responseCacheBytes: Int = 64 << 20,
                publicURL: String? = nil, smtpURL: String? = nil, mailFrom: String = "vigil@localhost",
                dataKey: DataKey? = nil) {
        self.host = host
        self.port = port
        self.logLevel = logLevel
        self.secureCookies = secureCookies
        self.chromiumPath = chromiumPath
        self.printTimeoutSeconds = printTimeoutSeconds
        self.trustedProxies = trustedProxies
        self.responseCacheBytes = responseCacheBytes
        self.publicURL = publicURL
        self.smtpURL = smtpURL
        self.mailFrom = mailFrom
        self.dataKey = dataKey
    }
}
