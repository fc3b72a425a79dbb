import Hummingbird
import VigilCore
import VigilStore

/// The national overview: the trend of the total, and one release in detail.
enum NationalController {
    static func page(_ request: Request, database: VigilDatabase) async throws -> Response {
        let query = try NationalQuery(QueryParameters(query: request.uri.query))
        return HTMLResponse.make(NationalView.render(try await model(query, database: database)))
    }

    /// The page's data, built without HTTP so it can be tested on its own.
    static func model(_ query: NationalQuery, database: VigilDatabase) async throws -> NationalModel {
        let chrome = await PageChrome.load(database: database, section: .national)
        let releases = try await ReleaseQueries(database: database).all()
        guard let latest = releases.last else { return NationalModel(chrome: chrome, content: .empty) }
        let releaseID = query.releaseID ?? latest.id
        let (release, rows, unfilteredCount) = try await Lookup.releaseFacilities(releaseID, query: query.list, in: database)
        let allRows = query.list.isFiltered
            ? try await FacilityQueries(database: database).rows(inRelease: releaseID) : rows

        let national = NationalQueries(database: database)
        var breakdowns: [NationalModel.Breakdown] = []
        for dimension in BreakdownDimension.allCases {
            breakdowns.append(.init(dimension: dimension, rows: try await national.breakdown(ofRelease: releaseID, by: dimension)))
        }
        let trend = try await national.trend()
        let index = trend.firstIndex { $0.releaseID == releaseID }
        let previous = index.flatMap { $0 > 0 ? trend[$0 - 1] : nil }
        let occupied = index.map { trend[$0].occupiedFacilityCount }
            ?? allRows.filter { ($0.observation.averageDailyPopulation ?? 0) > 0 }.count
        let minimums = allRows.compactMap(\.observation.guaranteedMinimum)

        let map = try await facilityMap(releaseID: releaseID, asOf: release.asOfDate, database: database)
        return NationalModel(chrome: chrome, content: .populated(.init(
            releases: releases.reversed().map { .init(id: $0.id, asOfDate: $0.asOfDate, fiscalYear: $0.fiscalYear) },
            release: .init(id: release.id, asOfDate: release.asOfDate, fiscalYear: release.fiscalYear,
                           fileName: release.primaryFile.fileName, sha256: release.primaryFile.sha256,
                           isLatest: release.id == latest.id),
            trend: trend,
            totals: .init(averageDailyPopulation: release.totalAverageDailyPopulation, facilityCount: release.facilityCount,
                          occupiedFacilityCount: occupied, guaranteedMinimum: minimums.reduce(0, +),
                          facilitiesWithGuaranteedMinimum: minimums.count,
                          previous: previous.map { .init(asOfDate: $0.asOfDate, averageDailyPopulation: $0.totalAverageDailyPopulation) }),
            breakdowns: breakdowns,
            facilities: rows.map(listRow),
            unfilteredFacilityCount: unfilteredCount,
            query: query.list,
            filterOptions: filterOptions(allRows), map: map)))
    }

    /// The release's facilities on the map: one circle per registry code (rows sharing a code
    /// added together), unmatched rows listed beside it. Nil while the registry is empty.
    static func facilityMap(releaseID: Int, asOf: CalendarDate, database: VigilDatabase) async throws -> FacilityMap? {
        let registry = try await RegistryQueries(database: database).facilities()
        guard !registry.isEmpty, let (_, rows) = try await PrivateShareQueries(database: database).rows(ofRelease: releaseID) else { return nil }
        let byCode = Dictionary(uniqueKeysWithValues: registry.map { ($0.code, $0) })
        var points: [String: FacilityMap.Point] = [:]
        for row in rows where row.adp > 0 {
            let id = row.code ?? "key:" + row.key.rawValue
            let f = row.code.flatMap { byCode[$0] }
            var point = points[id] ?? FacilityMap.Point(label: f?.name ?? row.name, latitude: f?.latitude, longitude: f?.longitude, adp: 0,
                                                        kind: row.kind, href: SiteURL.facility(row.code.map { FacilityKey(rawValue: $0) } ?? row.key).path)
            point.adp += row.adp
            points[id] = point
        }
        return FacilityMap(id: "national-map", title: t("national.map_title", ["date": asOf.iso]),
                           points: points.values.sorted { $0.label < $1.label })
    }

    static func listRow(_ row: FacilityReleaseRow) -> NationalModel.FacilityListRow {
        let o = row.observation
        return .init(key: row.key, name: o.name, city: o.city, state: o.state, areaOfResponsibility: o.areaOfResponsibility,
                     type: o.typeDetailed, averageDailyPopulation: o.averageDailyPopulation,
                     guaranteedMinimum: o.guaranteedMinimum, averageLengthOfStay: o.averageLengthOfStay)
    }

    static func filterOptions(_ rows: [FacilityReleaseRow]) -> NationalModel.FilterOptions {
        func distinct(_ values: [String?]) -> [String] {
            Array(Set(values.compactMap { $0?.isEmpty == false ? $0 : nil })).sorted()
        }
        return .init(states: distinct(rows.map(\.observation.state)),
                     areasOfResponsibility: distinct(rows.map(\.observation.areaOfResponsibility)),
                     types: distinct(rows.map(\.observation.typeDetailed)))
    }
}
