import VigilCore
import VigilStore

/// Finds what a URL names, or says plainly that it is not there.
enum Lookup {
    static func release(_ id: Int, in database: VigilDatabase) async throws -> ReleaseSummary {
        guard let release = try await ReleaseQueries(database: database).release(id: id) else {
            throw WebError.notFound(t("error.release.none_with_number", ["id": String(id)]))
        }
        return release
    }

    /// A release id from a path parameter.
    static func releaseID(_ text: String?) throws -> Int {
        guard let text, let id = Int(text) else {
            throw WebError.notFound(t("error.release.not_a_number", ["text": text ?? ""]))
        }
        return id
    }

    static func dimension(_ text: String?) throws -> BreakdownDimension {
        guard let text, let dimension = BreakdownDimension(rawValue: text) else {
            throw WebError.notFound(t("error.breakdown.unknown", ["text": text ?? ""]))
        }
        return dimension
    }

    /// Every row ICE reported for a facility, oldest release first.
    static func facilityHistory(_ key: FacilityKey, in database: VigilDatabase) async throws -> [FacilityReleaseRow] {
        let rows = try await FacilityQueries(database: database).history(of: key)
        guard !rows.isEmpty else {
            throw WebError.notFound(t("error.facility.unknown_key", ["key": key.rawValue]))
        }
        return rows
    }

    /// One release's facility rows, narrowed and ordered by `query`.
    static func releaseFacilities(_ id: Int, query: FacilityListQuery, in database: VigilDatabase) async throws
        -> (release: ReleaseSummary, rows: [FacilityReleaseRow], unfilteredCount: Int) {
        let release = try await release(id, in: database)
        let all = try await FacilityQueries(database: database).rows(inRelease: id)
        return (release, query.apply(to: all), all.count)
    }
}
