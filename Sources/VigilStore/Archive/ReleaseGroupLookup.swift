import SQLKit

/// What the database already holds of a group's files and releases, read in one round trip
/// before any of them is stored.
///
/// Storing a release first asks whether its file is stored (then it is unchanged) and whether
/// the same release is (then the file is another copy of it): two round trips a release, 60 for
/// ICE's 30 workbooks. Most groups are all new: a release whose file and content neither the
/// database nor an earlier release of its group holds skips both.
struct ReleaseGroupLookup {
    private var storedFiles: Set<String> = []
    private var storedReleases: Set<String> = []
    /// How many synthetic (demo) releases there were before the group.
    private(set) var syntheticReleases = 0
    /// Files and contents of the group's releases seen so far, which may be stored by now.
    private var seenFiles: Set<String> = []
    private var seenReleases: Set<String> = []

    init(_ group: [PreparedRelease], synthetic: Bool, on db: any SQLDatabase) async throws {
        struct Row: Decodable { var kind: String; var value: String }
        let files = group.map(\.release.source.sha256)
        let fingerprints = group.map(\.fingerprint)
        // A real release is a copy only of a real one; a synthetic one of either (see `ReleaseArchive.store`).
        let rows = try await db.raw("""
            SELECT 'file' AS kind, sha256 AS value FROM release_files WHERE sha256 IN (\(binds: files))
            UNION ALL SELECT 'release', content_fingerprint FROM releases
                WHERE content_fingerprint IN (\(binds: fingerprints)) AND is_synthetic <= \(bind: synthetic ? 1 : 0)
            UNION ALL SELECT 'synthetic', CAST(COUNT(*) AS TEXT) FROM releases WHERE is_synthetic = 1
            """).all(decoding: Row.self)
        for row in rows {
            switch row.kind {
            case "file": storedFiles.insert(row.value)
            case "release": storedReleases.insert(row.value)
            default: syntheticReleases = Int(row.value) ?? 0
            }
        }
    }

    /// Synthetic releases were removed in the group's transaction.
    mutating func syntheticRemoved() { syntheticReleases = 0 }

    /// Whether `prepared` is certainly new: neither its file nor its content is stored, nor was
    /// either in a release of the group before it. Records it as seen.
    mutating func isCertainlyNew(_ prepared: PreparedRelease) -> Bool {
        let file = prepared.release.source.sha256
        let content = prepared.fingerprint
        defer {
            seenFiles.insert(file)
            seenReleases.insert(content)
        }
        return !storedFiles.contains(file) && !storedReleases.contains(content)
            && !seenFiles.contains(file) && !seenReleases.contains(content)
    }
}
