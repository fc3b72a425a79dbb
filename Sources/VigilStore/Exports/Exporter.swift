import VigilCore

/// Builds the named tables for export, from the command line or the web.
public struct Exporter: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public func table(_ name: ExportName) async throws -> DataTable {
        switch name {
        case .releases: ReleaseTable.make(try await ReleaseQueries(database: database).all())
        case .facilityReleases: FacilityReleaseTable.make(try await FacilityQueries(database: database).allRows())
        case .dailyPopulation: DailyPopulationTable.make(try await DailyPopulationQueries(database: database).latestStayDays())
        case .dailyPopulationSources:
            DailyPopulationSourcesTable.make(try await DailyPopulationQueries(database: database).allSeriesPoints())
        case .dailyPopulationRollups: DailyRollupTable.make(try await DailyRollupQueries(database: database).rows())
        case .facilities: RegistryTable.make(try await RegistryQueries(database: database).facilities())
        case .privateShare: PrivateShareTable.make(try await PrivateShareQueries(database: database).allShares())
        case .deaths: DeathTable.make(try await DeathQueries(database: database).all())
        case .incidents: IncidentTable.make(try await IncidentQueries(database: database).all(includeInternal: true))
        case .segregation: SegregationTable.make(try await SegregationQueries(database: database).latestPlacements())
        case .vulnerableSegregation: VulnerableSegregationTable.make(try await SegregationQueries(database: database).vulnerableQuarters())
        case .tpsDesignations: TPSDesignationTable.make(try await TPSDesignationArchive(database: database).latest())
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
