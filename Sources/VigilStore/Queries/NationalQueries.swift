import SQLKit
import VigilCore

/// National figures: the total over time and how one release divides.
public struct NationalQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// One point per release, oldest first.
    public func trend() async throws -> [PopulationTrendPoint] {
        struct Row: Decodable {
            var id: Int; var as_of_date: String; var fiscal_year: Int; var total_adp: Double
            var facility_count: Int; var occupied: Int?
        }
        let rows = try await database.sql.raw("""
            SELECT r.id, r.as_of_date, r.fiscal_year, r.total_adp, r.facility_count,
                   (SELECT COUNT(*) FROM facility_observations o WHERE o.release_id = r.id AND o.adp > 0) AS occupied
            FROM releases r ORDER BY r.as_of_date, r.id
            """).all(decoding: Row.self)
        return rows.compactMap { r in
            CalendarDate(iso: r.as_of_date).map {
                PopulationTrendPoint(releaseID: r.id, asOfDate: $0, fiscalYear: FiscalYear(r.fiscal_year),
                                     totalAverageDailyPopulation: r.total_adp, facilityCount: r.facility_count,
                                     occupiedFacilityCount: r.occupied ?? 0)
            }
        }
    }

    /// A release's population by facility type, AOR or state, largest first.
    public func breakdown(ofRelease releaseID: Int, by dimension: BreakdownDimension) async throws -> [BreakdownRow] {
        struct Row: Decodable { var grp: String?; var n: Int; var adp: Double? }
        let rows = try await database.sql.raw("""
            SELECT \(unsafeRaw: dimension.column) AS grp, COUNT(*) AS n, SUM(adp) AS adp
            FROM facility_observations WHERE release_id = \(bind: releaseID)
            GROUP BY \(unsafeRaw: dimension.column)
            """).all(decoding: Row.self)
        let total = rows.compactMap(\.adp).reduce(0, +)
        return rows.map { r in
            BreakdownRow(group: (r.grp?.isEmpty == false ? r.grp! : "(not stated)"), facilityCount: r.n,
                         averageDailyPopulation: r.adp ?? 0, share: total > 0 ? (r.adp ?? 0) / total : 0)
        }
        .sorted { ($0.averageDailyPopulation, $1.group) > ($1.averageDailyPopulation, $0.group) }
    }
}
