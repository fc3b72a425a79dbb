/// A row of `release_files`: one file a release arrived as.
struct ReleaseFileRecord: Codable, Sendable {
    var sha256: String
    var release_id: Int
    var file_name: String
    var byte_count: Int
    var imported_at: String
}
