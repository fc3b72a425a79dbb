import VigilCore

/// Builds the named tables for export, from the command line or the web.
public struct Exporter: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public func table(_ name: ExportName) async throws -> DataTable {
        switch name {
        case .releases: ReleaseTable.make(try await ReleaseQueries(database: database).all())
        case .facilityReleases: FacilityReleaseTable.make(try await FacilityQueries(database: database).allRows())
        }
    }

    public func render(_ name: ExportName, as format: ExportFormat) async throws -> String {
        let table = try await table(name)
        return switch format {
        case .csv: table.csv()
        case .json: table.json()
        }
    }
}
