import Foundation

/// An e-mail address checked just enough to be safe on an SMTP command line and in a header: one `@`,
/// a non-empty local part and a dotted domain, no spaces, angle brackets or control characters.
/// Whether the mailbox exists is learnt the only reliable way, by sending to it.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public init(_ text: String) throws(MailError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.utf8.count <= 254, parts.count == 2,
              let local = parts.first, let domain = parts.last,
              !local.isEmpty, local.utf8.count <= 64,
              domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains(".."),
              trimmed.unicodeScalars.allSatisfy(Self.isAllowed)
        else { throw MailError.invalidAddress(text) }
        self.text = trimmed
    }

    /// The same address with the domain in lower case, so that `Ana@Example.org` and `ana@example.org`
    /// count as one signer (the local part is case-sensitive in principle, never in practice).
    public var folded: String { text.lowercased() }

    public var description: String { text }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x20 && scalar.value != 0x7F && !"<>()[],;:\\\"".unicodeScalars.contains(scalar)
    }
}
