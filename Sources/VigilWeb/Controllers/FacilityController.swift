import Hummingbird
import VigilCore
import VigilStore

/// A facility's page: who runs it, how many people it has held in each release, and its inspections.
enum FacilityController {
    static func page(key: FacilityKey, database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(FacilityView.render(try await model(key: key, database: database)))
    }

    static func model(key: FacilityKey, database: VigilDatabase) async throws -> FacilityModel {
        let rows = try await Lookup.facilityHistory(key, in: database)
        let chrome = await PageChrome.load(database: database)
        return model(key: key, rows: rows, chrome: chrome)
    }

    /// Builds the model from the facility's rows (oldest first, at least one).
    static func model(key: FacilityKey, rows: [FacilityReleaseRow], chrome: PageChrome) -> FacilityModel {
        let history = rows.map(historyRow)
        let latest = rows.last!.observation
        var otherNames: [String] = []
        for row in rows.reversed() where row.observation.name != latest.name && !otherNames.contains(row.observation.name) {
            otherNames.append(row.observation.name)
        }
        return FacilityModel(
            chrome: chrome, key: key, name: latest.name, otherNames: otherNames, address: latest.address, city: latest.city,
            state: latest.state, zip: latest.zip, areaOfResponsibility: latest.areaOfResponsibility, type: latest.typeDetailed,
            gender: latest.gender, latest: history.last!, history: history,
            inspections: InspectionHistory.records(from: rows))
    }

    static func historyRow(_ row: FacilityReleaseRow) -> FacilityModel.HistoryRow {
        let o = row.observation
        return .init(release: ReleaseReference(row), fiscalYear: row.fiscalYear, sourceRow: o.sourceRow,
                     averageDailyPopulation: o.averageDailyPopulation, guaranteedMinimum: o.guaranteedMinimum,
                     averageLengthOfStay: o.averageLengthOfStay, mandatory: o.mandatory,
                     levels: [o.levelA, o.levelB, o.levelC, o.levelD],
                     criminality: [o.maleCriminal, o.maleNonCriminal, o.femaleCriminal, o.femaleNonCriminal],
                     threatLevels: [o.threatLevel1, o.threatLevel2, o.threatLevel3, o.noThreatLevel])
    }
}
