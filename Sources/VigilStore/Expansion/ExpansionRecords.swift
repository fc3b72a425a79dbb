/// The stored expansion records as queries read them (database rows, snake_case).
struct AwardRow: Decodable, Sendable {
    var award_id: String; var source_row: Int; var file_name: String; var recipient: String?; var amount_usd: Double?
    var description: String?; var start_date: String?; var fiscal_year: Int?; var place_state: String?; var place_county: String?
    var detention_related: Int
}

struct AgendaItemRow: Decodable, Sendable {
    var item_id: String; var source_row: Int; var file_name: String; var title: String; var place: String; var state: String
    var meeting_date: String; var vote_result: String?; var source: String?
}

struct AgreementRow: Decodable, Sendable {
    var agreement_id: String; var source_row: Int; var file_name: String; var state: String; var county: String?; var agency: String
    var model: String; var signed_date: String
}

struct DossierRow: Decodable, Sendable {
    var slug: String; var file_name: String; var title: String; var contractor: String?; var facility_slug: String?
    var value_text: String?; var period_text: String?; var beds_text: String?; var body: String
}

struct LinkRow: Decodable, Sendable {
    var record_kind: String; var record_key: String; var code: String?; var method: String; var confidence: Double; var accepted: Int
    var evidence: String?
}
