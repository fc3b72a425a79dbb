import SQLKit
import VigilCore

/// One facility row of a release with the operator it is counted under: the method
/// behind every private-share figure, row by row.
public struct ClassifiedFacilityRow: Sendable, Hashable {
    public var key: FacilityKey
    public var name: String
    public var state: String?
    public var areaOfResponsibility: String?
    public var type: String?
    public var adp: Double
    public var code: String?
    public var matchMethod: FacilityMatchMethod?
    /// The operator record used: the latest on or before the release date, else the earliest.
    public var operatorRecord: OperatorRecord?
    public var kind: OperatorKind
}

/// The share of ADP in privately operated facilities, per release and area.
///
/// A workbook row counts under the operator of its registry code (accepted matches only);
/// the operator is the latest operator record dated on or before the release's as-of date,
/// else the earliest record known; `OperatorClassifier` sorts it. Rows with no accepted
/// code, or no operator record, count as unknown.
public struct PrivateShareQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public func rows(ofRelease releaseID: Int) async throws -> (asOf: CalendarDate, rows: [ClassifiedFacilityRow])? {
        struct Release: Decodable { var as_of_date: String }
        guard let release = try await database.sql.raw("SELECT as_of_date FROM releases WHERE id = \(bind: releaseID)").first(decoding: Release.self),
              let asOf = CalendarDate(iso: release.as_of_date) else { return nil }
        let operators = try await RegistryQueries(database: database).operatorRecords()
        return (asOf, try await classified(releaseID: releaseID, asOf: asOf, operators: operators))
    }

    private func classified(releaseID: Int, asOf: CalendarDate, operators: [String: [OperatorRecord]]) async throws -> [ClassifiedFacilityRow] {
        struct Row: Decodable {
            var facility_key: String; var name: String; var state: String?; var aor: String?; var type_detailed: String?; var adp: Double?
            var code: String?; var method: String?
        }
        let rows = try await database.sql.raw("""
            SELECT o.facility_key, o.name, o.state, o.aor, o.type_detailed, o.adp, m.code, m.method
            FROM facility_observations o
            LEFT JOIN facility_matches m ON m.facility_key = o.facility_key AND m.accepted = 1 AND m.code IS NOT NULL
            WHERE o.release_id = \(bind: releaseID) ORDER BY o.adp DESC, o.name
            """).all(decoding: Row.self)
        return rows.map { r in
            let record = r.code.flatMap { OperatorRecord.inForce(on: asOf, among: operators[$0] ?? []) }
            return ClassifiedFacilityRow(key: FacilityKey(rawValue: r.facility_key), name: r.name, state: r.state, areaOfResponsibility: r.aor,
                                         type: r.type_detailed, adp: r.adp ?? 0, code: r.code, matchMethod: r.method.flatMap(FacilityMatchMethod.init),
                                         operatorRecord: record, kind: record?.operatorKind ?? .unknown)
        }
    }

    public func shares(ofRelease releaseID: Int) async throws -> [PrivateShare] {
        guard let (asOf, rows) = try await rows(ofRelease: releaseID) else { return [] }
        return PrivateShare.compute(asOf: asOf, rows.map(Self.input))
    }

    /// Every release's shares, oldest release first.
    public func allShares() async throws -> [PrivateShare] {
        struct Release: Decodable { var id: Int; var as_of_date: String }
        let operators = try await RegistryQueries(database: database).operatorRecords()
        var result: [PrivateShare] = []
        for release in try await database.sql.raw("SELECT id, as_of_date FROM releases ORDER BY as_of_date, id").all(decoding: Release.self) {
            guard let asOf = CalendarDate(iso: release.as_of_date) else { continue }
            let rows = try await classified(releaseID: release.id, asOf: asOf, operators: operators)
            result += PrivateShare.compute(asOf: asOf, rows.map(Self.input))
        }
        return result
    }

    public static func input(_ r: ClassifiedFacilityRow) -> PrivateShare.Input {
        .init(adp: r.adp, kind: r.kind, areaOfResponsibility: r.areaOfResponsibility, state: r.state, type: r.type)
    }
}
