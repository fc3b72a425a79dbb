import Hummingbird
import VigilCore
import VigilStore

/// Every table as CSV or JSON. Each function's table is built by its own `...Table` function,
/// so a test can compare a download with the table it should hold.
enum DownloadController {
    static func releases(_ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(try await Exporter(database: database).table(.releases), format: format, fileStem: "vigil-releases")
    }

    static func facilityReleases(_ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(try await Exporter(database: database).table(.facilityReleases), format: format,
                           fileStem: "vigil-facility-releases")
    }

    static func releaseFacilitiesTable(_ id: Int, query: FacilityListQuery, database: VigilDatabase) async throws
        -> (ReleaseSummary, DataTable) {
        let (release, rows, _) = try await Lookup.releaseFacilities(id, query: query, in: database)
        return (release, FacilityReleaseTable.make(rows))
    }

    static func releaseFacilities(_ id: Int, query: FacilityListQuery, _ format: ExportFormat,
                                  database: VigilDatabase) async throws -> Response {
        let (release, table) = try await releaseFacilitiesTable(id, query: query, database: database)
        return TableResponse.make(table, format: format,
                                  fileStem: "vigil-release-\(release.asOfDate.iso)-facilities" + (query.isFiltered ? "-filtered" : ""))
    }

    static func nationalTrendTable(database: VigilDatabase) async throws -> DataTable {
        NationalTrendTable.make(try await NationalQueries(database: database).trend(),
                                releases: try await ReleaseQueries(database: database).all())
    }

    static func nationalTrend(_ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        TableResponse.make(try await nationalTrendTable(database: database), format: format, fileStem: "vigil-national-trend")
    }

    static func breakdownTable(_ id: Int, _ dimension: BreakdownDimension, database: VigilDatabase) async throws
        -> (ReleaseSummary, DataTable) {
        let release = try await Lookup.release(id, in: database)
        let rows = try await NationalQueries(database: database).breakdown(ofRelease: id, by: dimension)
        return (release, BreakdownTable.make(rows, dimension: dimension, release: release))
    }

    static func breakdown(_ id: Int, _ dimension: BreakdownDimension, _ format: ExportFormat,
                          database: VigilDatabase) async throws -> Response {
        let (release, table) = try await breakdownTable(id, dimension, database: database)
        return TableResponse.make(table, format: format, fileStem: "vigil-release-\(release.asOfDate.iso)-breakdown-\(dimension.rawValue)")
    }

    static func facilityHistory(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let rows = try await Lookup.facilityHistory(key, in: database)
        return TableResponse.make(FacilityReleaseTable.make(rows), format: format, fileStem: "vigil-facility-\(key.rawValue)-history")
    }

    static func facilityInspections(_ key: FacilityKey, _ format: ExportFormat, database: VigilDatabase) async throws -> Response {
        let rows = try await Lookup.facilityHistory(key, in: database)
        let table = InspectionHistoryTable.make(InspectionHistory.records(from: rows), key: key)
        return TableResponse.make(table, format: format, fileStem: "vigil-facility-\(key.rawValue)-inspections")
    }
}
