import Foundation
import NIOCore
import VigilStore

/// Rendered pages waiting for headless Chromium to print them, each under a random single-use token.
///
/// Chromium fetches the page from this server (`SiteURL.printPage`) rather than from a file, so the
/// page comes with the server's headers (its own Content-Security-Policy) and Chromium needs no file
/// access. The token is 256 random bits, is taken by the first fetch, and lapses after `lifetime`
/// anyway (the printer withdraws it as soon as Chromium is done), so a page holding internal incidents
/// or case drafts is readable once, by the browser the printer started, for a few seconds at most.
public actor PrintPages {
    struct Entry {
        let html: String
        let expires: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    let lifetime: Duration

    public init(lifetime: Duration = .seconds(60)) {
        self.lifetime = lifetime
    }

    /// Holds `html` and returns the token that fetches it once.
    public func register(_ html: String) -> String {
        prune()
        let token = SignInSessions.randomToken()
        entries[token] = Entry(html: html, expires: ContinuousClock.now + lifetime)
        return token
    }

    /// The page, removed as it is handed out: a second fetch with the same token finds nothing.
    public func take(_ token: String) -> String? {
        prune()
        return entries.removeValue(forKey: token)?.html
    }

    /// Drops the page if nobody fetched it; true when it was still waiting (Chromium never asked for it).
    @discardableResult
    public func withdraw(_ token: String) -> Bool {
        entries.removeValue(forKey: token) != nil
    }

    /// How many pages wait: for tests that check nothing is left behind.
    public var waiting: Int {
        prune()
        return entries.count
    }

    private func prune() {
        let now = ContinuousClock.now
        entries = entries.filter { $0.value.expires > now }
    }

    /// True for a peer on this machine's loopback (127.0.0.0/8, ::1, or 127.x mapped into IPv6). A missing
    /// address (no socket, as in router tests) is not loopback.
    public static func isLoopback(_ address: SocketAddress?) -> Bool {
        guard let ip = address?.ipAddress?.lowercased() else { return false }
        switch address {
        case .v4: return ip.hasPrefix("127.")
        case .v6: return ip == "::1" || ip == "0:0:0:0:0:0:0:1" || ip.hasPrefix("::ffff:127.")
        default: return false
        }
    }

    /// The `host:port` Chromium should fetch from when the server listens at `address`: loopback for a
    /// loopback or wildcard address; nil when the server listens only on another interface, where a
    /// request from this machine does not come from loopback.
    public static func loopbackOrigin(listeningAt address: SocketAddress?) -> String? {
        guard let address, let port = address.port, let ip = address.ipAddress?.lowercased() else { return nil }
        switch address {
        case .v4: return ip == "0.0.0.0" ? "127.0.0.1:\(port)" : ip.hasPrefix("127.") ? "\(ip):\(port)" : nil
        case .v6: return ip == "::" || ip == "0:0:0:0:0:0:0:0" || ip == "::1" || ip == "0:0:0:0:0:0:0:1" ? "[::1]:\(port)" : nil
        default: return nil
        }
    }
}
