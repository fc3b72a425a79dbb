import SQLKit
import VigilCore

/// Daily populations from the latest person-level import, summed nationally and by AOR,
/// facility type and operator kind (the registry's latest operator record for each code).
public struct DailyRollupQueries: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public func rows() async throws -> [DailyRollup.Row] {
        let days = try await DailyPopulationQueries(database: database).latestStayDays().compactMap { d in
            CalendarDate(iso: d.date).map { (code: d.facility_code, date: $0, midnight: d.midnight_pop, allDay: d.daily_pop_24h) }
        }
        guard !days.isEmpty else { return [] }

        struct FacilityRow: Decodable { var code: String; var aor: String?; var type_detailed: String? }
        struct OperatorRow: Decodable { var code: String; var as_of_date: String; var operator_kind: String }
        let facilities = try await database.sql.raw("SELECT code, aor, type_detailed FROM facilities").all(decoding: FacilityRow.self)
        let operators = try await database.sql.raw("""
            SELECT code, as_of_date, operator_kind FROM facility_operators ORDER BY code, as_of_date, id
            """).all(decoding: OperatorRow.self)
        var latestKind: [String: String] = [:]
        for o in operators { latestKind[o.code] = o.operator_kind }  // ordered, so the last one wins
        let groups = Dictionary(facilities.map { f in
            (f.code, DailyRollup.FacilityGroups(areaOfResponsibility: f.aor, facilityType: f.type_detailed,
                                                operatorKind: latestKind[f.code]))
        }, uniquingKeysWith: { first, _ in first })
        return DailyRollup.rows(days: days, groups: groups)
    }
}
