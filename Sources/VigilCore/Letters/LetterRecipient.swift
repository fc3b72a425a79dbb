/// Someone a letter is addressed to (To) or copied to (cc), as its header block names them.
public struct LetterRecipient: Sendable, Hashable, Codable {
    /// The first line: `The Honorable Alejandro Mayorkas`.
    public var name: String
    /// The office held, when the block gives one apart from the body: `Secretary`.
    public var title: String?
    /// The body or organization: `U.S. Department of Homeland Security`.
    public var body: String?
    /// Street, city and ZIP lines, when the block has them: `1600 Pennsylvania Avenue, NW`.
    public var address: [String]

    public init(name: String, title: String? = nil, body: String? = nil, address: [String] = []) {
        self.name = name
        self.title = title
        self.body = body
        self.address = address
    }

    /// The block's lines again, in order: name, title, body, address.
    public var lines: [String] { [name] + [title, body].compactMap { $0 } + address }
}
