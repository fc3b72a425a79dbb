import VigilCore
import VigilStore

/// What Vigil's own data says about the facilities cases are held in, from the closure
/// ranking's inputs (gathered once per data version and shared with the ranking).
struct FacilityRecords: Sendable {
    let inputs: ClosureInputsCache

    /// Each facility's record by the identifier cases store (registry code, else workbook key).
    func byIdentifier() async throws -> [String: FacilityRecord] {
        guard let gathered = try await inputs.inputs() else { return [:] }
        let candidates = gathered.candidates(deathsSince: ClosureWeights().deathsSince, includeInternalIncidents: false).candidates
        var records: [String: FacilityRecord] = [:]
        for candidate in candidates {
            records[candidate.identifier] = FacilityRecord(name: candidate.name, deaths: Int(candidate[.deaths]),
                                                           failedInspections: Int(candidate[.adverseInspections]),
                                                           segregationPlacements: Int(candidate[.segregation]))
        }
        return records
    }
}
