import SQLKit
import VigilCore

/// The public release-work table, across every organization using Vigil. It reads only a
/// month, a facility and an amount per release or bond: no name, A-number, obligor or case id
/// leaves this query, and the counts are suppressed by `ReleaseWork` before anyone sees them.
public struct ReleaseWorkQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public func releaseWork() async throws -> ReleaseWork {
        let db = database.sql
        // each person counts once, in the month of their first release, parole or posted bond
        struct Person: Decodable { var facility_key: String; var released_on: String?; var bonded_on: String? }
        let people = try await db.raw("""
            SELECT c.facility_key,
                (SELECT MIN(e.occurred_on) FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('released', 'paroled')) AS released_on,
                (SELECT MIN(b.posted_on) FROM bonds b WHERE b.case_id = c.id AND b.posted_on IS NOT NULL) AS bonded_on
            FROM cases c
            """).all(decoding: Person.self)
        let releases = people.compactMap { person -> ReleaseWork.Release? in
            guard let first = [person.released_on, person.bonded_on].compactMap({ $0 }).min() else { return nil }
            return ReleaseWork.Release(month: String(first.prefix(7)), facility: person.facility_key)
        }
        struct Posted: Decodable { var facility_key: String; var posted_on: String; var posted_cents: Int }
        let bonds = try await db.raw("""
            SELECT c.facility_key, b.posted_on, b.posted_cents FROM bonds b JOIN cases c ON c.id = b.case_id
            WHERE b.posted_on IS NOT NULL AND b.posted_cents IS NOT NULL
            """).all(decoding: Posted.self).map {
            ReleaseWork.BondPosted(month: String($0.posted_on.prefix(7)), facility: $0.facility_key, amount: Cents($0.posted_cents))
        }
        return ReleaseWork(releases: releases, bonds: bonds)
    }

    /// The names of the facilities in `work`, as the registry or the workbooks give them.
    public func facilityNames(for work: ReleaseWork) async throws -> [String: String] {
        var names: [String: String] = [:]
        for key in work.facilities {
            if let facility = try await IncidentFacilities.resolve(key, on: database.sql) { names[key] = facility.name }
        }
        return names
    }

    /// The table `/release-work` shows and `vigil export case-aggregates` writes.
    public func table() async throws -> DataTable {
        let work = try await releaseWork()
        return work.table(facilityNames: try await facilityNames(for: work))
    }
}
