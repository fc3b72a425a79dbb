import VigilCore

/// Builds the named tables for export, from the command line or the web.
public struct Exporter: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Why a table could not be built.
    public enum Refusal: Error, Sendable, CustomStringConvertible {
        case letterRequired
        case noSuchLetter(Int)

        public var description: String {
            switch self {
            case .letterRequired: "The signatories table is per letter: add --letter ID (vigil letter list shows the ids)."
            case .noSuchLetter(let id): "There is no letter \(id) (vigil letter list shows the ids)."
            }
        }
    }

    /// The table `name`; `letter` names the letter of the `signatories` table.
    public func table(_ name: ExportName, letter: Int? = nil) async throws -> DataTable {
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

        case .signatories: try await signatories(letter: letter)
        case .expansionEvents: ExpansionEventTable.make(try await ExpansionEventQueries(database: database).all())

        case .caseAggregates: try await ReleaseWorkQueries(database: database).table()
        }
    }

    private func signatories(letter: Int?) async throws -> DataTable {
        guard let letter else { throw Refusal.letterRequired }
        let queries = LetterQueries(database: database)
        guard try await queries.letter(id: letter) != nil else { throw Refusal.noSuchLetter(letter) }
        return SignatoryTable.make(try await queries.signatures(letterID: letter))
    }

    public func render(_ name: ExportName, as format: ExportFormat, letter: Int? = nil) async throws -> String {
        let table = try await table(name, letter: letter)
        return switch format {
        case .csv: table.csv()
        case .json: table.json()
        }
    }
}
