import Crypto
import _CryptoExtras
import Foundation

/// Password hashing with PBKDF2-HMAC-SHA256, a random 16-byte salt per password, stored as
/// `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`.
///
/// PBKDF2 because it is what swift-crypto offers (BoringSSL underneath), at the 600,000
/// iterations OWASP asks of PBKDF2-HMAC-SHA256. The iteration count is stored with each hash,
/// so hashes made with fewer (210,000 before) keep verifying; `needsRehash` tells sign-in to
/// replace them (`UserAccounts.upgradePasswordHash`).
public enum PasswordHash {
    public static let iterations = 600_000
    static let scheme = "pbkdf2-sha256"
    static let saltByteCount = 16
    static let hashByteCount = 32

    /// A new stored hash of `password`.
    public static func make(_ password: String, iterations: Int = PasswordHash.iterations) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let hash = try derive(Array(password.utf8), salt: salt, iterations: iterations, byteCount: hashByteCount)
        return [scheme, String(iterations), Data(salt).base64EncodedString(), Data(hash).base64EncodedString()].joined(separator: "$")
    }

    /// True when `password` matches `stored`; false for a wrong password or a malformed hash.
    public static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let iterations = Int(parts[1]), iterations > 0,
              let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])), !expected.isEmpty,
              let actual = try? derive(Array(password.utf8), salt: Array(salt), iterations: iterations, byteCount: expected.count)
        else { return false }
        return constantTimeEqual(actual, Array(expected))
    }

    /// True when `stored` is a well-formed hash made with fewer than `iterations` rounds: after
    /// its password has verified, it should be hashed again at today's strength.
    public static func needsRehash(_ stored: String, iterations current: Int = PasswordHash.iterations) -> Bool {
        guard let rounds = iterations(of: stored) else { return false }
        return rounds < current
    }

    /// The iteration count a stored hash was made with; nil when it is not one of ours.
    public static func iterations(of stored: String) -> Int? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == scheme, let iterations = Int(parts[1]), iterations > 0 else { return nil }
        return iterations
    }

    /// PBKDF2-HMAC-SHA256 (RFC 8018). Takes any iteration count, so known vectors can be checked;
    /// `make` is what enforces a strong one.
    static func derive(_ password: [UInt8], salt: [UInt8], iterations: Int, byteCount: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: password, salt: salt, using: .sha256,
                                                    outputByteCount: byteCount, unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Array($0) }
    }

    /// Compares without stopping at the first difference, so timing does not reveal how much matched.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
