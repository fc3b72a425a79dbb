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

    /// - Parameter includeInternalIncidents: count internal incidents too (signed-in viewers only).
    public func candidates(deathsSince: Int, includeInternalIncidents: Bool) async throws -> (basis: Basis, candidates: [ClosureCandidate])? {
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
        let deaths = try await DeathQueries(database: database).all()
        var deathsWithoutFacility = 0
        var deathCounts: [String: Int] = [:]
        for death in deaths where death.year >= deathsSince {
            if let code = death.facilityCode { deathCounts[code, default: 0] += 1 } else { deathsWithoutFacility += 1 }
        }
        let segregation = try await SegregationQueries(database: database).placementsByFacility(lastMonths: Self.segregationMonths)
        var incidents: [String: Double] = [:]
        for tally in try await IncidentQueries(database: database).tallies(includeInternal: includeInternalIncidents) {
            incidents[tally.facilityKey, default: 0] += Double(tally.count) * tally.status.closureWeight
        }
        for identifier in order {
            candidates[identifier]?.values[.adverseInspections] = Double(inspections[identifier] ?? 0)
            candidates[identifier]?.values[.deaths] = Double(deathCounts[identifier] ?? 0)
            candidates[identifier]?.values[.segregation] = Double(segregation[FacilityKey(rawValue: identifier)] ?? 0)
            candidates[identifier]?.values[.incidents] = incidents[identifier] ?? 0
        }
        return (Basis(release: release, deathsWithoutFacility: deathsWithoutFacility), order.compactMap { candidates[$0] })
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
