/// How a workbook facility (a `FacilityKey`) was tied to a registry code.
public enum FacilityMatchMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// Same name (ignoring case and spacing) and state as a name the registry holds.
    case exact
    /// Same name after normalisation (punctuation dropped, abbreviations expanded) and state.
    case normalized
    /// Word-similarity above a threshold, in the same state; `confidence` holds the score.
    case fuzzy
    /// The street address is one a list gives for the code, in the same state: a renamed facility.
    case address
    /// A person decided (`vigil facilities review --link`, or a crosswalk file).
    case manual
    /// A person decided this key has no registry code.
    case rejected

    /// Decisions a re-run of the matcher must never change.
    public var isDecidedByPerson: Bool { self == .manual || self == .rejected }
}
