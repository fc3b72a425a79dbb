/// A row of `releases`.
struct ReleaseRecord: Codable, Sendable {
    var id: Int
    var content_fingerprint: String
    var as_of_date: String
    var fiscal_year: Int
    var sheet_name: String
    var header_row: Int
    var layout: String
    var printed_as_of_date: String?
    var file_name_date: String?
    var columns_json: String
    var facility_count: Int
    var total_adp: Double
    var is_synthetic: Int
    var imported_at: String
}
