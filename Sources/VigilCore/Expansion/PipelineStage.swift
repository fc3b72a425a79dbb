/// The stages a detention site passes through, from the first public sign to people held
/// and more of them. Ordered: a site's furthest stage is the largest it has reached.
public enum PipelineStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A county or city agenda item, a 287(g) agreement, a dossier on a proposal.
    case signal
    /// A request for information or proposals.
    case solicitation
    /// A contract award or modification.
    case award
    /// Beds a contract, proposal or ICE's own guaranteed minimum puts a number on.
    case fundedBeds = "funded-beds"
    /// The first ICE release that lists the site holding people.
    case firstBookIn = "first-book-in"
    /// Growth in average daily population since that first release.
    case growth

    public var label: String {
        switch self {
        case .signal: "Signal"
        case .solicitation: "Solicitation (RFI/RFP)"
        case .award: "Award or modification"
        case .fundedBeds: "Funded beds"
        case .firstBookIn: "First appearance in an ICE release with people held"
        case .growth: "Growth since"
        }
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: PipelineStage, b: PipelineStage) -> Bool { a.order < b.order }

    /// Words that make an award or agenda item a solicitation rather than a signal or award.
    static let solicitationWords = ["REQUEST FOR PROPOSAL", "REQUEST FOR INFORMATION", "SOLICITATION", " RFP", " RFI", "SOURCES SOUGHT"]

    /// Whether text asks for information or proposals.
    public static func isSolicitation(_ text: String) -> Bool {
        let upper = " " + text.uppercased()
        return solicitationWords.contains { upper.contains($0) }
    }

    /// Whether an award's description says it modifies an earlier contract.
    public static func isModification(_ text: String) -> Bool {
        let upper = text.uppercased()
        return upper.contains("MODIFICATION") || upper.contains("MODIFY")
    }
}
