import Crypto
import Foundation
import VigilCore

/// The fingerprint raw releases are archived under: re-importing the same bytes is
/// recognised whatever the file is called.
public enum FileDigest {
    /// Lower-case hexadecimal SHA-256 of `data`.
    public static func sha256Hex(of data: Data) -> String {
        SHA256.hash(data: data).lowercaseHex
    }
}
