import Crypto
import Foundation

/// The fingerprint raw releases are archived under: re-importing the same bytes is
/// recognised whatever the file is called.
public enum FileDigest {
    /// Lower-case hexadecimal SHA-256 of `data`.
    public static func sha256Hex(of data: Data) -> String {
        let digest = SHA256.hash(data: data)
        let hexDigits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
