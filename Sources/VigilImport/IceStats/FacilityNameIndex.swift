import VigilCore

/// Ties a facility name as a segregation sheet prints it (no state) to the one facility of
/// the same workbook's Facilities sheet with that name, compared as `FacilityKey` words
/// (case, punctuation and spacing folded).
///
/// A name two facilities share (in different states) stays untied: guessing would put one
/// facility's figures on another's page.
struct FacilityNameIndex {
    private var keysByName: [String: Set<FacilityKey>] = [:]

    /// `keys` are the facilities' keys, in the same order: worked out once for the workbook.
    init(_ facilities: [FacilityObservation], keys: [FacilityKey]) {
        for (facility, key) in zip(facilities, keys) {
            keysByName[Self.normalized(facility.name), default: []].insert(key)
        }
    }

    func key(for name: String) -> FacilityKey? {
        guard let keys = keysByName[Self.normalized(name)], keys.count == 1 else { return nil }
        return keys.first
    }

    static func normalized(_ name: String) -> String { FacilityKey(name: name, state: nil).rawValue }
}
