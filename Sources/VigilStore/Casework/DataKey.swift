import Crypto
import Foundation

/// The key that seals case fields at rest: 32 random bytes, given to Vigil as base64 in
/// `VIGIL_DATA_KEY`. Generate one with `openssl rand -base64 32` (or `head -c 32 /dev/urandom | base64`).
///
/// Losing the key loses the sealed fields (A-numbers, dates of birth, medical notes): keep it
/// with the database's backups, but not in them.
public struct DataKey: Sendable, Hashable {
    public static let environmentVariable = "VIGIL_DATA_KEY"
    /// How to make one, for messages.
    public static let howToGenerate = "openssl rand -base64 32"

    let bytes: [UInt8]

    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case notBase64
        case wrongLength(Int)

        public var description: String {
            switch self {
            case .notBase64:
                "\(DataKey.environmentVariable) is not base64. It must be 32 random bytes in base64: generate one with `\(DataKey.howToGenerate)`."
            case .wrongLength(let count):
                "\(DataKey.environmentVariable) holds \(count) bytes; it must hold exactly 32 (base64 of 32 random bytes: `\(DataKey.howToGenerate)`)."
            }
        }
    }

    public init(base64 text: String) throws(Problem) {
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw .notBase64 }
        guard data.count == 32 else { throw .wrongLength(data.count) }
        bytes = Array(data)
    }

    /// A fresh random key (tests, and printing one for a new installation).
    public static func random() -> DataKey {
        DataKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    init(bytes: [UInt8]) { self.bytes = bytes }

    public var base64: String { Data(bytes).base64EncodedString() }

    var symmetricKey: SymmetricKey { SymmetricKey(data: bytes) }

    /// The key from `VIGIL_DATA_KEY` in `environment`; nil when unset or blank.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(Problem) -> DataKey? {
        guard let text = environment[environmentVariable], !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return try DataKey(base64: text)
    }
}
