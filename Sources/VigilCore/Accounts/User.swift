import Foundation

/// A person who may sign in to add or review data. Anonymous readers have no `User`.
public struct User: Sendable, Hashable, Identifiable {
    public var id: Int
    /// Stored normalized (see `User.normalizedEmail`), so sign-in is case-insensitive.
    public var email: String
    public var role: Role
    /// A disabled account cannot sign in, and its sessions end.
    public var isDisabled: Bool
    public var createdAt: String

    public init(id: Int, email: String, role: Role, isDisabled: Bool = false, createdAt: String) {
        self.id = id
        self.email = email
        self.role = role
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }

    /// Email addresses compare without case and surrounding spaces.
    public static func normalizedEmail(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: one `@` with text on both sides and no spaces. Not a full RFC 5322 check.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}
