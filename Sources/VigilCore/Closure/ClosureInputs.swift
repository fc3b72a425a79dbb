/// Everything the closure ranking weighs, gathered once from the stored data, before the two
/// choices a reader makes in the address: from which year deaths count, and (signed in)
/// whether internal incidents count.
///
/// Gathering reads every release's inspections, every death and every incident; ranking from
/// these inputs is arithmetic over a few hundred facilities. So the inputs are kept per data
/// version and each ranking, whatever its weights, is worked out from them.
public struct ClosureInputs: Hashable, Sendable {
    /// The candidates, with every factor filled in but deaths and incidents.
    public var candidates: [ClosureCandidate]
    /// The year of each death at a candidate, per candidate identifier.
    public var deathYears: [String: [Int]]
    /// The year of each death linked to no facility.
    public var unlinkedDeathYears: [Int]
    /// Status-weighted public incidents per candidate identifier.
    public var publicIncidents: [String: Double]
    /// Status-weighted incidents, public and internal, per candidate identifier.
    public var allIncidents: [String: Double]

    public init(candidates: [ClosureCandidate], deathYears: [String: [Int]], unlinkedDeathYears: [Int],
                publicIncidents: [String: Double], allIncidents: [String: Double]) {
        self.candidates = candidates
        self.deathYears = deathYears
        self.unlinkedDeathYears = unlinkedDeathYears
        self.publicIncidents = publicIncidents
        self.allIncidents = allIncidents
    }

    /// The candidates with their deaths since `deathsSince` and their incidents filled in.
    public func candidates(deathsSince: Int, includeInternalIncidents: Bool) -> [ClosureCandidate] {
        let incidents = includeInternalIncidents ? allIncidents : publicIncidents
        return candidates.map { candidate in
            var candidate = candidate
            candidate.values[.deaths] = Double(deathYears[candidate.identifier, default: []].count { $0 >= deathsSince })
            candidate.values[.incidents] = incidents[candidate.identifier] ?? 0
            return candidate
        }
    }

    /// Deaths since `deathsSince` that no facility could be named for, which the ranking cannot count.
    public func deathsWithoutFacility(since deathsSince: Int) -> Int {
        unlinkedDeathYears.count { $0 >= deathsSince }
    }
}
