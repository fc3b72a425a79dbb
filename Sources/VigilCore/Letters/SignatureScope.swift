/// How far a signing organization works: the sign-on form's "scope".
public enum SignatureScope: String, Sendable, Hashable, CaseIterable, Codable {
    case national
    case state
    case local

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
