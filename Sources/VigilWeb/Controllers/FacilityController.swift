import Hummingbird
import VigilCore
import VigilStore

/// A facility's page: who runs it, how many people it has held in each release, and its inspections.
enum FacilityController {
    /// `includeInternal`: whether the reader is signed in, and so sees internal incidents.
    static func page(key: FacilityKey, includeInternal: Bool = false, database: VigilDatabase) async throws -> Response {
        HTMLResponse.make(FacilityView.render(try await model(key: key, includeInternal: includeInternal, database: database)))
    }

    /// `/facilities/{key}` takes a workbook key (`stewart-detention-center-ga`) or a registry
    /// code (`STWRTGA`); a code shows every workbook key tied to it.
    static func model(key: FacilityKey, includeInternal: Bool = false, database: VigilDatabase) async throws -> FacilityModel {
        let registry = RegistryQueries(database: database)
        let chrome = await PageChrome.load(database: database)
        // A code a person merged into another is that facility (`FacilityMerges`): its page is the other's.
        let code = try await FacilityMerges(database: database).canonicalCode(key.rawValue.uppercased())
        if let facility = try await registry.facility(code: code) {
            let keys = try await registry.keys(code: facility.code).map(\.key)
            var rows: [FacilityReleaseRow] = []
            for k in keys { rows += try await FacilityQueries(database: database).history(of: k) }
            rows.sort { ($0.asOfDate, $0.releaseID, $0.observation.sourceRow) < ($1.asOfDate, $1.releaseID, $1.observation.sourceRow) }
            var model = rows.isEmpty ? registryOnlyModel(facility, chrome: chrome) : self.model(key: rows.last!.key, rows: rows, chrome: chrome)
            model.registry = try await panel(facility, method: .manual, confidence: nil, keys: keys, latestADP: rows.last?.observation.averageDailyPopulation,
                                             database: database)
            model.registry?.matchMethod = nil
            model.daily = try await DailyPopulationController.facilityModel(code: facility.code, name: model.name,
                                                                            history: model.history, database: database)
            model.deaths = try await DeathQueries(database: database).deaths(atFacility: facility.code)
            model.deathsAwaitingReview = try await DeathQueries(database: database).likelyDuplicates(atFacility: facility.code).count
            model.incidents = try await FacilityIncidentsModel.load(facility: key.rawValue, includeInternal: includeInternal, database: database)
            model.segregation = try await SegregationController.facilityMonths(key, database: database)
            model.expansion = try await ExpansionController.facilityTimeline(code: facility.code, database: database)
            return model
        }
        let rows = try await Lookup.facilityHistory(key, in: database)
        var model = model(key: key, rows: rows, chrome: chrome)
        if let match = try await registry.match(key: key), let facility = try await registry.facility(code: match.code) {
            model.registry = try await panel(facility, method: match.method, confidence: match.confidence,
                                             keys: try await registry.keys(code: match.code).map(\.key),
                                             latestADP: rows.last?.observation.averageDailyPopulation, database: database)
            model.daily = try await DailyPopulationController.facilityModel(code: match.code, name: model.name,
                                                                            history: model.history, database: database)
            model.deaths = try await DeathQueries(database: database).deaths(atFacility: match.code)
            model.deathsAwaitingReview = try await DeathQueries(database: database).likelyDuplicates(atFacility: match.code).count
            model.expansion = try await ExpansionController.facilityTimeline(code: match.code, database: database)
        }
        model.incidents = try await FacilityIncidentsModel.load(facility: key.rawValue, includeInternal: includeInternal, database: database)
        model.segregation = try await SegregationController.facilityMonths(key, database: database)
        return model
    }

    static func panel(_ facility: RegistryFacility, method: FacilityMatchMethod?, confidence: Double?, keys: [FacilityKey],
                      latestADP: Double?, database: VigilDatabase) async throws -> FacilityModel.RegistryPanel {
        let registry = RegistryQueries(database: database)
        let operators = try await registry.operatorRecords(code: facility.code)
        let kind = operators.last?.operatorKind ?? .unknown
        let map = FacilityMap(id: "facility-map", title: t("facility.map_title", ["name": facility.name]),
                              points: [.init(label: facility.name, latitude: facility.latitude, longitude: facility.longitude,
                                             adp: latestADP ?? 0, kind: kind, href: nil)],
                              width: 640, height: 400)
        return .init(facility: facility, matchMethod: method, matchConfidence: confidence, keys: keys,
                     names: try await registry.names(code: facility.code), operators: operators, map: map,
                     canAddOperatorRecord: PageChrome.currentViewer?.role.includes(.editor) ?? false)
    }

    /// A registry facility no release lists: identity only.
    static func registryOnlyModel(_ f: RegistryFacility, chrome: PageChrome) -> FacilityModel {
        let empty = FacilityModel.HistoryRow(
            release: ReleaseReference(releaseID: 0, asOfDate: f.lastUse ?? CalendarDate(year: 2000, month: 1, day: 1)!, fileName: "", sha256: ""),
            fiscalYear: FiscalYear(f.lastUse?.fiscalYear ?? 2000), sourceRow: 0, averageDailyPopulation: nil, guaranteedMinimum: nil,
            averageLengthOfStay: nil, mandatory: nil, levels: [nil, nil, nil, nil], criminality: [nil, nil, nil, nil], threatLevels: [nil, nil, nil, nil])
        return FacilityModel(chrome: chrome, key: FacilityKey(rawValue: f.code), name: f.name, otherNames: [], address: f.address,
                             city: f.city, state: f.state, zip: f.zip, areaOfResponsibility: f.areaOfResponsibility, type: f.typeDetailed,
                             gender: nil, latest: empty, history: [], inspections: [])
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

extension ReleaseReference {
    init(releaseID: Int, asOfDate: CalendarDate, fileName: String, sha256: String) {
        self.releaseID = releaseID
        self.asOfDate = asOfDate
        self.fileName = fileName
        self.sha256 = sha256
    }
}
