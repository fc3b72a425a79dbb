import VigilCore
import VigilStore

/// The JSON API: each function returns the value a route encodes, testable without HTTP.
enum APIController {
    static func releases(database: VigilDatabase) async throws -> APIReleaseList {
        APIReleaseList(releases: try await ReleaseQueries(database: database).all().map(APIRelease.init))
    }

    static func release(_ id: Int, database: VigilDatabase) async throws -> APIRelease {
        APIRelease(try await Lookup.release(id, in: database))
    }

    static func releaseFacilities(_ id: Int, query: FacilityListQuery, database: VigilDatabase) async throws -> APIReleaseFacilities {
        let (release, rows, total) = try await Lookup.releaseFacilities(id, query: query, in: database)
        return APIReleaseFacilities(release: APIReleaseReference(release), totalCount: total, count: rows.count,
                                    facilities: rows.map(APIFacilityRow.init))
    }

    static func breakdown(_ id: Int, _ dimension: BreakdownDimension, database: VigilDatabase) async throws -> APIBreakdown {
        let release = try await Lookup.release(id, in: database)
        let rows = try await NationalQueries(database: database).breakdown(ofRelease: id, by: dimension)
        return APIBreakdown(release: APIReleaseReference(release), dimension: dimension.rawValue, rows: rows.map(APIBreakdownRow.init))
    }

    static func nationalTrend(database: VigilDatabase) async throws -> APITrend {
        APITrend(points: try await NationalQueries(database: database).trend().map(APITrendPoint.init))
    }

    static func facility(_ key: FacilityKey, database: VigilDatabase) async throws -> APIFacility {
        APIFacility(key: key, rows: try await Lookup.facilityHistory(key, in: database))
    }

    static func search(_ text: String?, database: VigilDatabase) async throws -> APIFacilitySearch {
        guard let text, !text.isEmpty else {
            throw WebError.badRequest(t("error.search.needs_text"))
        }
        let matches = try await FacilityQueries(database: database).search(text)
        return APIFacilitySearch(query: text, results: matches.map { match in
            .init(key: match.key.rawValue, name: match.name, state: match.state,
                  url: SiteURL.facility(match.key).path, apiUrl: SiteURL.api(.facility(match.key)).path)
        })
    }
}
