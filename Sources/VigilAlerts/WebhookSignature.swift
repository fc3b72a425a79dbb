import Crypto
import Foundation
import VigilCore

/// The signature a webhook carries in `X-Vigil-Signature`: `sha256=` and the lower-case hex
/// HMAC-SHA256 of the exact request body, keyed with the subscription's secret. A receiver
/// recomputes it over the bytes it received and compares in constant time.
public enum WebhookSignature {
    public static let headerName = "X-Vigil-Signature"

    public static func sign(_ body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.lowercaseHex
    }

    /// Whether `signature` is the signature of `body` under `secret` (constant time).
    public static func verify(_ signature: String, body: Data, secret: String) -> Bool {
        let expected = Array(sign(body, secret: secret).utf8)
        let given = Array(signature.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
