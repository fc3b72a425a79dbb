import SQLKit
import VigilCore

/// Gathers, for every facility holding people in the latest release, the raw counts the
/// closure ranking weighs.
///
/// A facility is its registry code when the workbook key has an accepted match, so counts made
/// under a former name (inspections, deaths, incidents) follow it; otherwise its workbook key.
public struct ClosureCandidateQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// The segregation factor sums the newest this many months ICE published.
    public static let segregationMonths = 12

    /// What the candidates were built from, for the page's method note.
    public struct Basis: Sendable, Hashable {
        public var release: ReleaseSummary
        public var deathsWithoutFacility: Int
    }

    /// The ranking's inputs with the release they describe: gathered once, then ranked under any weights.
    public struct Gathered: Sendable, Hashable {
        public var release: ReleaseSummary
        public var inputs: ClosureInputs

        /// The candidates and the method note's figures for deaths since `deathsSince`.
        public func candidates(deathsSince: Int, includeInternalIncidents: Bool) -> (basis: Basis, candidates: [ClosureCandidate]) {
            (Basis(release: release, deathsWithoutFacility: inputs.deathsWithoutFacility(since: deathsSince)),
             inputs.candidates(deathsSince: deathsSince, includeInternalIncidents: includeInternalIncidents))
        }
    }

    /// - Parameter includeInternalIncidents: count internal incidents too (signed-in viewers only).
    public func candidates(deathsSince: Int, includeInternalIncidents: Bool) async throws -> (basis: Basis, candidates: [ClosureCandidate])? {
        try await gather()?.candidates(deathsSince: deathsSince, includeInternalIncidents: includeInternalIncidents)
    }

    /// Reads every input of the ranking from the stored data; nil when there is no release.
    public func gather() async throws -> Gathered? {
        guard let release = try await ReleaseQueries(database: database).latest(),
              let (_, classified) = try await PrivateShareQueries(database: database).rows(ofRelease: release.id) else { return nil }
        let latestRows = try await FacilityQueries(database: database).rows(inRelease: release.id)
        let guaranteedMinimum = Dictionary(latestRows.map { ($0.key, $0.observation.guaranteedMinimum ?? 0) }, uniquingKeysWith: +)

        var candidates: [String: ClosureCandidate] = [:]
        var order: [String] = []
        for row in classified where row.adp > 0 {
            let identifier = row.code ?? row.key.rawValue
            var candidate = candidates[identifier] ?? {
                order.append(identifier)
                return ClosureCandidate(identifier: identifier, name: row.name, state: row.state, type: row.type,
                                        operatorName: row.operatorRecord?.operatorName, operatorKind: row.kind, values: [:])
            }()
            candidate.values[.population, default: 0] += row.adp
            candidate.values[.guaranteedMinimum, default: 0] += guaranteedMinimum[row.key] ?? 0
            candidate.values[.privateOperator] = row.kind == .private ? 1 : 0
            candidates[identifier] = candidate
        }

        let inspections = try await adverseInspections()
        var deathYears: [String: [Int]] = [:]
        var unlinkedDeathYears: [Int] = []
        for death in try await DeathQueries(database: database).all() {
            if let code = death.facilityCode { deathYears[code, default: []].append(death.year) } else { unlinkedDeathYears.append(death.year) }
        }
        let segregation = try await SegregationQueries(database: database).placementsByFacility(lastMonths: Self.segregationMonths)
        let incidentQueries = IncidentQueries(database: database)
        func weighted(_ tallies: [IncidentTally]) -> [String: Double] {
            tallies.reduce(into: [:]) { $0[$1.facilityKey, default: 0] += Double($1.count) * $1.status.closureWeight }
        }
        let publicIncidents = weighted(try await incidentQueries.tallies(includeInternal: false))
        let allIncidents = weighted(try await incidentQueries.tallies(includeInternal: true))
        for identifier in order {
            candidates[identifier]?.values[.adverseInspections] = Double(inspections[identifier] ?? 0)
            candidates[identifier]?.values[.segregation] = Double(segregation[FacilityKey(rawValue: identifier)] ?? 0)
        }
        let known = Set(order)
        let inputs = ClosureInputs(candidates: order.compactMap { candidates[$0] },
                                   deathYears: deathYears.filter { known.contains($0.key) }, unlinkedDeathYears: unlinkedDeathYears,
                                   publicIncidents: publicIncidents.filter { known.contains($0.key) },
                                   allIncidents: allIncidents.filter { known.contains($0.key) })
        return Gathered(release: release, inputs: inputs)
    }

    /// Distinct adverse inspections per facility identifier, over every release.
    ///
    /// The same inspection is repeated by many releases; it counts once when inspector, type,
    /// standard, rating and date agree, as on the facility page.
    func adverseInspections() async throws -> [String: Int] {
        struct Identity: Hashable {
            var facility: String
            var inspection: ReportedInspection
        }
        var seen: Set<Identity> = []
        for row in try await FacilityQueries(database: database).allRows() {
            let facility = row.facilityCode ?? row.key.rawValue
            for inspection in row.observation.inspections where InspectionOutcome(rating: inspection.rating) == .adverse {
                var identity = inspection
                identity.position = .last
                identity.dateLabel = nil
                seen.insert(Identity(facility: facility, inspection: identity))
            }
        }
        return Dictionary(grouping: seen, by: \.facility).mapValues(\.count)
    }
}
