import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

@Suite("Client address behind a reverse proxy")
struct ClientAddressTests {
    @Test("the peer is the client unless it is a trusted proxy; then the right-most untrusted X-Forwarded-For entry")
    func resolve() {
        let proxies: Set<String> = ["10.0.0.2", "10.0.0.3"]
        #expect(ClientAddress.resolve(peer: "198.51.100.9", forwardedFor: ["1.2.3.4"], trustedProxies: proxies) == "198.51.100.9")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["6.6.6.6, 203.0.113.5"], trustedProxies: proxies) == "203.0.113.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["203.0.113.5, 10.0.0.3"], trustedProxies: proxies) == "203.0.113.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["6.6.6.6", "203.0.113.5"], trustedProxies: proxies) == "203.0.113.5")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: [], trustedProxies: proxies) == "10.0.0.2")
        #expect(ClientAddress.resolve(peer: nil, forwardedFor: ["1.2.3.4"], trustedProxies: proxies) == "unknown")
    }

    /// Five wrong passwords for five accounts from one forwarded address, then a sixth attempt
    /// from it and one from another forwarded address; returns the two statuses.
    func attempts(trustingLoopback: Bool) async throws -> (same: HTTPResponse.Status, other: HTTPResponse.Status) {
        try await withTestDatabase { db in
            for n in 0..<7 {
                try await UserAccounts(database: db).add(email: "user\(n)@example.org", role: .viewer, password: "a long enough password",
                                                         by: .commandLine)
            }
            let app = try await buildApplication(
                configuration: AppConfig(host: "127.0.0.1", port: 0, logLevel: .warning, chromiumPath: nil,
                                         trustedProxies: trustingLoopback ? ["127.0.0.1"] : []),
                database: db)
            return try await app.test(.live) { client in
                var attacker = Browser(client: client)
                attacker.extraHeaders[.init("X-Forwarded-For")!] = "203.0.113.5"
                for n in 0..<5 { _ = try await attacker.signIn("user\(n)@example.org", "wrong password, wrong") }
                let same = try await attacker.signIn("user5@example.org", "a long enough password").status
                var neighbour = Browser(client: client)
                neighbour.extraHeaders[.init("X-Forwarded-For")!] = "198.51.100.7"
                let other = try await neighbour.signIn("user6@example.org", "a long enough password").status
                return (same, other)
            }
        }
    }

    @Test("behind a trusted proxy, one client's failures do not lock out the others")
    func trustedProxy() async throws {
        let (same, other) = try await attempts(trustingLoopback: true)
        #expect(same == .tooManyRequests)
        #expect(other == .seeOther)
    }

    @Test("without --trusted-proxy the header is ignored: everyone behind one address shares its limit")
    func untrusted() async throws {
        let (same, other) = try await attempts(trustingLoopback: false)
        #expect(same == .tooManyRequests)
        #expect(other == .tooManyRequests)
    }
}

@Suite("Caching of pages that depend on the session")
struct SessionCachingTests {
    @Test("signed-in pages are private and never stored; anonymous ones public for a minute; every page varies by cookie")
    func headers() async throws {
        try await withAccounts { client, _ in
            let anonymous = try await client.get("/incidents")
            #expect(anonymous.headers[.vary] == "Accept-Encoding, Cookie, Accept-Language")
            #expect(anonymous.headers[.cacheControl] == "public, max-age=60")
            var editor = Browser(client: client)
            _ = try await editor.signIn("editor@example.org", "a long enough password")
            for path in ["/incidents", "/ranking", "/"] {
                let page = try await editor.get(path)
                #expect(page.headers[.cacheControl] == "private, no-store", "\(path)")
                #expect(page.headers[.vary] == "Cookie, Accept-Language, Accept-Encoding", "\(path)")
            }
        }
    }
}
