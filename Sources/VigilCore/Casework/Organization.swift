/// A legal team or bond fund that works cases in Vigil. Its cases are seen by its members only.
public struct Organization: Sendable, Hashable, Identifiable {
    public var id: Int
    public var name: String
    /// The short name in its addresses (`/orgs/{slug}`) and on the command line (`--org`).
    public var slug: String
    public var kind: OrganizationKind

    public init(id: Int, name: String, slug: String, kind: OrganizationKind) {
        self.id = id
        self.name = name
        self.slug = slug
        self.kind = kind
    }

    /// Lower-case letters, digits and single dashes, 2 to 60 characters, starting with a letter
    /// or digit: safe in a path and easy to type.
    public static func isValidSlug(_ text: String) -> Bool {
        guard (2...60).contains(text.count), !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
