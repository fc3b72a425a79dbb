import SQLKit
import VigilCore

/// A row of `facility_list_entries`: what one reference list said about one code.
struct FacilityListEntryRecord: Codable, Sendable {
    var source_sha256: String
    var code: String
    var source_row: Int
    var name: String?
    var address: String?
    var city: String?
    var county: String?
    var state: String?
    var zip: String?
    var aor: String?
    var type_detailed: String?
    var latitude: Double?
    var longitude: Double?
    var first_use: String?
    var last_use: String?
    var capacity: Double?
    var guaranteed_minimum: Double?
    var `operator`: String?
    var owner: String?

    static let columns = ["source_sha256", "code", "source_row", "name", "address", "city", "county", "state", "zip", "aor",
                          "type_detailed", "latitude", "longitude", "first_use", "last_use", "capacity", "guaranteed_minimum",
                          "operator", "owner"]

    init(sha256: String, _ e: FacilityListEntry) {
        source_sha256 = sha256
        code = e.code
        source_row = e.sourceRow
        name = e.name
        address = e.address
        city = e.city
        county = e.county
        state = e.state
        zip = e.zip
        aor = e.areaOfResponsibility
        type_detailed = e.typeDetailed
        latitude = e.latitude
        longitude = e.longitude
        first_use = e.firstUse?.iso
        last_use = e.lastUse?.iso
        capacity = e.capacity
        guaranteed_minimum = e.guaranteedMinimum
        `operator` = e.operatorName
        owner = e.ownerName
    }

    var values: [any Encodable & Sendable] {
        [source_sha256, code, source_row, name, address, city, county, state, zip, aor, type_detailed, latitude, longitude,
         first_use, last_use, capacity, guaranteed_minimum, `operator`, owner]
    }

    var entry: FacilityListEntry {
        var e = FacilityListEntry(code: code, sourceRow: source_row)
        e.name = name
        e.address = address
        e.city = city
        e.county = county
        e.state = state
        e.zip = zip
        e.areaOfResponsibility = aor
        e.typeDetailed = type_detailed
        e.latitude = latitude
        e.longitude = longitude
        e.firstUse = first_use.flatMap { CalendarDate(iso: $0) }
        e.lastUse = last_use.flatMap { CalendarDate(iso: $0) }
        e.capacity = capacity
        e.guaranteedMinimum = guaranteed_minimum
        e.operatorName = `operator`
        e.ownerName = owner
        return e
    }
}

/// A row of `facility_operators`.
struct OperatorRecordRow: Codable, Sendable {
    var code: String
    var as_of_date: String
    var `operator`: String?
    var owner: String?
    var operator_kind: String
    var contract_type: String?
    var capacity: Double?
    var guaranteed_minimum: Double?
    var source: String
    var source_sha256: String
    var citation: String?
    var source_row: Int?
    var method: String
    var match_method: String?
    var match_confidence: Double?

    static let columns = ["code", "as_of_date", "operator", "owner", "operator_kind", "contract_type", "capacity",
                          "guaranteed_minimum", "source", "source_sha256", "citation", "source_row", "method",
                          "match_method", "match_confidence"]

    init(_ r: OperatorRecord, sha256: String) {
        code = r.code
        as_of_date = r.asOfDate.iso
        `operator` = r.operatorName
        owner = r.ownerName
        operator_kind = r.operatorKind.rawValue
        contract_type = r.contractType
        capacity = r.capacity
        guaranteed_minimum = r.guaranteedMinimum
        source = r.source
        source_sha256 = sha256
        citation = r.citation
        source_row = r.sourceRow
        method = r.method.rawValue
        match_method = r.matchMethod?.rawValue
        match_confidence = r.matchConfidence
    }

    var values: [any Encodable & Sendable] {
        [code, as_of_date, `operator`, owner, operator_kind, contract_type, capacity, guaranteed_minimum, source, source_sha256,
         citation, source_row, method, match_method, match_confidence]
    }

    var record: OperatorRecord? {
        guard let date = CalendarDate(iso: as_of_date) else { return nil }
        var r = OperatorRecord(code: code, asOfDate: date, source: source)
        r.operatorName = `operator`
        r.ownerName = owner
        r.contractType = contract_type
        r.capacity = capacity
        r.guaranteedMinimum = guaranteed_minimum
        r.citation = citation
        r.sourceRow = source_row
        r.method = OperatorEvidenceMethod(rawValue: method) ?? .citedRecord
        r.matchMethod = match_method.flatMap(FacilityMatchMethod.init)
        r.matchConfidence = match_confidence
        return r
    }
}
