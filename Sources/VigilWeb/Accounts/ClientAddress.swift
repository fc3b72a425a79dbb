import Foundation

/// Which address a request comes from, for sign-in rate limiting and the audit log.
///
/// The socket's peer, unless the peer is a reverse proxy the operator named
/// (`vigil serve --trusted-proxy`): then the `X-Forwarded-For` entry the proxy appended. Entries
/// are read from the right, skipping trusted proxies, because a client can write anything at
/// the left of the header but cannot forge what the operator's own proxy added.
enum ClientAddress {
    static func resolve(peer: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String {
        guard let peer else { return "unknown" }
        guard trustedProxies.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.reversed().first { !trustedProxies.contains($0) } ?? peer
    }
}
