/// The documents a case can be drafted into.
enum DraftKind: String, Sendable, Hashable, CaseIterable {
    /// A request to ICE's field office director for parole under 8 CFR 212.5(b).
    case parole
    /// A request to the immigration court for a custody (bond) redetermination.
    case custodyRedetermination = "custody-redetermination"
    /// An outline for the sponsor's letter of support.
    case sponsorLetter = "sponsor-letter"
}
