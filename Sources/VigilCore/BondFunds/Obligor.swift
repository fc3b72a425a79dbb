/// The person or organization named on Form I-352, who promises ICE the person will appear
/// and receives the refund. Private to the fund: an obligor field is never published.
public struct Obligor: Sendable, Hashable, Identifiable {
    public var id: Int
    public var name: String
    public var kind: ObligorKind
    /// How the fund reaches them: address, phone, e-mail, as the fund writes it.
    public var contact: String
    public var documents: [ObligorDocument]

    public init(id: Int = 0, name: String, kind: ObligorKind, contact: String, documents: [ObligorDocument] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.contact = contact
        self.documents = documents
    }
}

/// A document the fund checked to qualify an obligor (a passport, a green card, a 501(c)(3)
/// letter), and the day it was checked.
public struct ObligorDocument: Sendable, Hashable, Codable {
    public var title: String
    public var verifiedOn: CalendarDate

    public init(title: String, verifiedOn: CalendarDate) {
        self.title = title
        self.verifiedOn = verifiedOn
    }
}
