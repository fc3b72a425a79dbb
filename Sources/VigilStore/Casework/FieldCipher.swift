import Crypto
import Foundation

/// Seals and opens one case field with AES-256-GCM.
///
/// A sealed value is text, the same on both engines: `v1:` then the base64 of nonce (12 bytes),
/// ciphertext and tag (16 bytes). Each value gets a fresh random nonce, so the same A-number
/// sealed twice looks different. The column's name is bound in as authenticated data, so a
/// sealed date of birth copied into the A-number column does not open.
struct FieldCipher: Sendable {
    static let prefix = "v1:"
    let key: DataKey

    enum Failure: Error, Sendable, CustomStringConvertible {
        case unreadable(column: String)

        var description: String {
            switch self {
            case .unreadable(let column):
                "A sealed \(column) does not open with this \(DataKey.environmentVariable): it is not the key the cases were stored with."
            }
        }
    }

    func seal(_ text: String, column: String) throws -> String {
        let box = try AES.GCM.seal(Data(text.utf8), using: key.symmetricKey, authenticating: Data(column.utf8))
        guard let combined = box.combined else { throw Failure.unreadable(column: column) }
        return Self.prefix + combined.base64EncodedString()
    }

    func open(_ sealed: String, column: String) throws -> String {
        guard sealed.hasPrefix(Self.prefix), let data = Data(base64Encoded: String(sealed.dropFirst(Self.prefix.count))) else {
            throw Failure.unreadable(column: column)
        }
        do {
            let box = try AES.GCM.SealedBox(combined: data)
            let plain = try AES.GCM.open(box, using: key.symmetricKey, authenticating: Data(column.utf8))
            return String(decoding: plain, as: UTF8.self)
        } catch {
            throw Failure.unreadable(column: column)
        }
    }
}
