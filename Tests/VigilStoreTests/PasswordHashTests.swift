import Foundation
import Testing
@testable import VigilStore

@Suite("Password hashing")
struct PasswordHashTests {
    struct Vector: Sendable, CustomStringConvertible {
        var password: String; var salt: String; var iterations: Int; var hex: String
        var description: String { "\(password)/\(salt)/\(iterations)" }
    }

    /// PBKDF2-HMAC-SHA256 vectors: RFC 6070's inputs with SHA-256 (as published for RFC 7914
    /// implementations), and RFC 7914 §11's own.
    static let vectors = [
        Vector(password: "password", salt: "salt", iterations: 1, hex: "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
        Vector(password: "password", salt: "salt", iterations: 2, hex: "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
        Vector(password: "password", salt: "salt", iterations: 4096, hex: "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
        Vector(password: "passwd", salt: "salt", iterations: 1,
               hex: "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"),
    ]

    @Test("PBKDF2-HMAC-SHA256 matches the published vectors", arguments: vectors)
    func knownVectors(vector: Vector) throws {
        // when the key is derived
        let bytes = try PasswordHash.derive(Array(vector.password.utf8), salt: Array(vector.salt.utf8),
                                            iterations: vector.iterations, byteCount: vector.hex.count / 2)
        // then it is the published one
        #expect(bytes.map { String(format: "%02x", $0) }.joined() == vector.hex)
    }

    @Test("a stored hash verifies its password and nothing else")
    func roundTrip() throws {
        // given a stored hash
        let stored = try PasswordHash.make("correct horse battery staple")
        // then it names its scheme and iteration count, and keeps no password text
        let parts = stored.split(separator: "$")
        #expect(parts.count == 4 && parts[0] == "pbkdf2-sha256")
        #expect(Int(parts[1])! == 600_000)
        #expect(!stored.contains("horse"))
        // and the right password verifies, a wrong one does not
        #expect(PasswordHash.verify("correct horse battery staple", against: stored))
        #expect(!PasswordHash.verify("correct horse battery stapler", against: stored))
        #expect(!PasswordHash.verify("", against: stored))
    }

    @Test("the same password hashes differently each time (random salt)")
    func salted() throws {
        #expect(try PasswordHash.make("a long enough password", iterations: 1000) != PasswordHash.make("a long enough password", iterations: 1000))
    }

    @Test("a malformed stored hash verifies nothing", arguments: ["", "plain", "pbkdf2-sha256$x$AAAA$AAAA", "md5$1$AAAA$AAAA", "pbkdf2-sha256$1000$AAAA$"])
    func malformed(stored: String) {
        #expect(!PasswordHash.verify("anything at all", against: stored))
    }

    @Test("constant-time comparison")
    func comparison() {
        #expect(PasswordHash.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!PasswordHash.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!PasswordHash.constantTimeEqual([1, 2], [1, 2, 3]))
    }

    @Test("hashes made with fewer than 600,000 iterations still verify and are flagged for rehashing; malformed ones are not",
          arguments: [(210_000, true), (599_999, true), (600_000, false), (700_000, false)])
    func rehash(iterations: Int, needed: Bool) throws {
        let stored = try PasswordHash.make("a long enough password", iterations: iterations)
        #expect(PasswordHash.verify("a long enough password", against: stored))
        #expect(PasswordHash.iterations(of: stored) == iterations)
        #expect(PasswordHash.needsRehash(stored) == needed)
        #expect(!PasswordHash.needsRehash("md5$1$AAAA$AAAA"))
    }
}
