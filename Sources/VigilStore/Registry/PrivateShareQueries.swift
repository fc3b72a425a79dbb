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
    /// The method, operator and source the row counts under; nil when no method has evidence.
    public var evidence: OperatorEvidence?

    /// The operator record used, when a record method decided (see `OperatorEvidence.resolve`).
    public var operatorRecord: OperatorRecord? { evidence?.record }
    public var kind: OperatorKind { evidence?.kind ?? .unknown }
}

/// The share of ADP in privately operated facilities, per release and area.
///
/// A workbook row counts under the operator the first method with evidence gives
/// (`OperatorEvidence.resolve`): records of its registry code (accepted matches only) by
/// method — cited records, lists by name and place, contract awards — each the record in
/// force on the release's as-of date; then ICE's definition of the row's type; then the
/// local-government inference. `OperatorClassifier` sorts names. Rows no method decides
/// count as unknown.
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
            let evidence = OperatorEvidence.resolve(records: r.code.flatMap { operators[$0] } ?? [], type: r.type_detailed, name: r.name, on: asOf)
            return ClassifiedFacilityRow(key: FacilityKey(rawValue: r.facility_key), name: r.name, state: r.state, areaOfResponsibility: r.aor,
                                         type: r.type_detailed, adp: r.adp ?? 0, code: r.code, matchMethod: r.method.flatMap(FacilityMatchMethod.init),
                                         evidence: evidence)
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
        .init(adp: r.adp, kind: r.kind, areaOfResponsibility: r.areaOfResponsibility, state: r.state, type: r.type, method: r.evidence?.method)
    }
}
