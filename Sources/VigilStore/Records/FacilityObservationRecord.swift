import Foundation
import VigilCore

/// A row of `facility_observations`: one facility in one release.
struct FacilityObservationRecord: Codable, Sendable {
    var release_id: Int
    var source_row: Int
    var facility_key: String
    var name: String
    var address: String?
    var city: String?
    var state: String?
    var zip: String?
    var aor: String?
    var type_detailed: String?
    var gender: String?
    var alos: Double?
    var level_a: Double?
    var level_b: Double?
    var level_c: Double?
    var level_d: Double?
    var adp: Double?
    var male_criminal: Double?
    var male_non_criminal: Double?
    var female_criminal: Double?
    var female_non_criminal: Double?
    var threat_level_1: Double?
    var threat_level_2: Double?
    var threat_level_3: Double?
    var no_threat_level: Double?
    var mandatory: Double?
    var guaranteed_minimum: Double?
    var pending_inspection: String?
    var other_columns_json: String
    /// The inspections the row reports, as JSON (`ReportedInspectionRecord`).
    var inspections_json: String

    static let columns = [
        "release_id", "source_row", "facility_key", "name", "address", "city", "state", "zip", "aor",
        "type_detailed", "gender", "alos", "level_a", "level_b", "level_c", "level_d", "adp",
        "male_criminal", "male_non_criminal", "female_criminal", "female_non_criminal",
        "threat_level_1", "threat_level_2", "threat_level_3", "no_threat_level", "mandatory",
        "guaranteed_minimum", "pending_inspection", "other_columns_json", "inspections_json",
    ]

    init(releaseID: Int, _ o: FacilityObservation) {
        release_id = releaseID
        source_row = o.sourceRow
        facility_key = o.key.rawValue
        name = o.name
        address = o.address
        city = o.city
        state = o.state
        zip = o.zip
        aor = o.areaOfResponsibility
        type_detailed = o.typeDetailed
        gender = o.gender
        alos = o.averageLengthOfStay
        level_a = o.levelA
        level_b = o.levelB
        level_c = o.levelC
        level_d = o.levelD
        adp = o.averageDailyPopulation
        male_criminal = o.maleCriminal
        male_non_criminal = o.maleNonCriminal
        female_criminal = o.femaleCriminal
        female_non_criminal = o.femaleNonCriminal
        threat_level_1 = o.threatLevel1
        threat_level_2 = o.threatLevel2
        threat_level_3 = o.threatLevel3
        no_threat_level = o.noThreatLevel
        mandatory = o.mandatory
        guaranteed_minimum = o.guaranteedMinimum
        pending_inspection = o.pendingInspection
        // Most rows have no uninterpreted columns: skip the encoder for them.
        other_columns_json = o.otherColumns.isEmpty ? "{}" : JSONText.encode(o.otherColumns)
        inspections_json = ReportedInspectionRecord.json(o.inspections)
    }

    /// The domain value back.
    var observation: FacilityObservation {
        var o = FacilityObservation(sourceRow: source_row, name: name)
        o.address = address
        o.city = city
        o.state = state
        o.zip = zip
        o.areaOfResponsibility = aor
        o.typeDetailed = type_detailed
        o.gender = gender
        o.averageLengthOfStay = alos
        o.levelA = level_a
        o.levelB = level_b
        o.levelC = level_c
        o.levelD = level_d
        o.maleCriminal = male_criminal
        o.maleNonCriminal = male_non_criminal
        o.femaleCriminal = female_criminal
        o.femaleNonCriminal = female_non_criminal
        o.threatLevel1 = threat_level_1
        o.threatLevel2 = threat_level_2
        o.threatLevel3 = threat_level_3
        o.noThreatLevel = no_threat_level
        o.mandatory = mandatory
        o.guaranteedMinimum = guaranteed_minimum
        o.pendingInspection = pending_inspection
        o.otherColumns = JSONText.decode([String: String].self, from: other_columns_json) ?? [:]
        o.inspections = ReportedInspectionRecord.inspections(fromJSON: inspections_json)
        return o
    }

    /// The values in the order of `columns`, for a bulk insert.
    var values: [SQLValue] {
        [.integer(release_id), .integer(source_row), .text(facility_key), .text(name), .text(address), .text(city),
         .text(state), .text(zip), .text(aor), .text(type_detailed), .text(gender),
         .real(alos), .real(level_a), .real(level_b), .real(level_c), .real(level_d), .real(adp),
         .real(male_criminal), .real(male_non_criminal), .real(female_criminal), .real(female_non_criminal),
         .real(threat_level_1), .real(threat_level_2), .real(threat_level_3), .real(no_threat_level),
         .real(mandatory), .real(guaranteed_minimum), .text(pending_inspection), .text(other_columns_json),
         .text(inspections_json)]
    }
}
