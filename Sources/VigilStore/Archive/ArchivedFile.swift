import SQLKit

/// The one check that a file is *already archived*: every import records the files it stores
/// by SHA-256, each kind in a table of its own, and bytes whose SHA-256 is there are not
/// stored again, whatever the file is now called. "Already archived" is the one name for that
/// outcome (`.alreadyArchived`, `alreadyArchivedAs`) in every archive.
struct ArchivedFile: Decodable, Sendable {
    /// The row's id in its table, for the tables that number their files.
    var id: Int?
    /// The name the bytes were first archived under.
    var file_name: String
    var fileName: String { file_name }

    /// The tables that record archived files by SHA-256.
    enum Table: String, Sendable {
        case releaseFiles = "release_files"
        case stayImports = "stay_imports"
        case populationFileImports = "population_file_imports"
        case facilitySources = "facility_sources"
        case deathSources = "death_sources"
        case expansionSources = "expansion_sources"

        /// The column that numbers a file, where the table has one.
        var idColumn: String? {
            switch self {
            case .releaseFiles: "release_id"
            case .stayImports, .populationFileImports: "id"
            case .facilitySources, .deathSources, .expansionSources: nil
            }
        }
    }

    /// The file archived in `table` under `sha256`, or nil when these bytes are new.
    static func find(_ sha256: String, in table: Table, on db: any SQLDatabase) async throws -> ArchivedFile? {
        let id = table.idColumn.map { SQLIdentifier($0) as any SQLExpression } ?? SQLRaw("NULL")
        return try await db.raw("""
            SELECT \(id) AS id, file_name FROM \(ident: table.rawValue) WHERE sha256 = \(bind: sha256)
            """).first(decoding: ArchivedFile.self)
    }
}
