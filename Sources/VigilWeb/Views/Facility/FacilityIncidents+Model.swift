import VigilCore
import VigilStore

/// The "Documented conditions" section of a facility's page.
struct FacilityIncidentsModel: Sendable {
    /// The page's facility, as its address names it: for the "add" link and the full list.
    var facility: String
    /// Newest first: public ones, plus internal ones for signed-in readers.
    var incidents: [IncidentRow]
    var includesInternal: Bool
    /// True when the reader may record incidents (an editor or admin).
    var canRecord: Bool

    /// Reads the incidents stored under any identifier of the facility (its code and keys).
    static func load(facility identifier: String, includeInternal: Bool, database: VigilDatabase) async throws -> FacilityIncidentsModel {
        let queries = IncidentQueries(database: database)
        let identifiers = try await queries.identifiers(forFacility: identifier)
        return FacilityIncidentsModel(
            facility: identifier,
            incidents: try await queries.incidents(facilityIdentifiers: identifiers, includeInternal: includeInternal),
            includesInternal: includeInternal,
            canRecord: PageChrome.currentViewer?.role.includes(.editor) ?? false)
    }
}
