import SQLKit
import VigilCore

/// Stores TPS designations files as numbered versions and reads the latest back for the
/// screener.
///
/// Each new file (by SHA-256) becomes the next version, all its rows in one transaction; a
/// file already stored changes nothing, not even the data version, and the latest version
/// stays what it was. Older versions are kept, so what a past screening used can be shown.
public struct TPSDesignationArchive: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// One stored version: the file it came from and when it was imported.
    public struct Version: Sendable, Hashable {
        public var number: Int
        public var source: SourceFile
        public var designationCount: Int
        public var toVerifyCount: Int
        /// ISO 8601 moment, UTC.
        public var importedAt: String
    }

    /// What an import did: the version the file is stored as, and whether this import added it.
    public struct ImportReport: Sendable, Hashable {
        public var version: Version
        public var added: Bool
    }

    public func importList(_ list: TPSDesignationList) async throws -> ImportReport {
        if let stored = try await version(sha256: list.source.sha256, on: database.sql) {
            return ImportReport(version: stored, added: false)
        }
        let now = Timestamp.now()
        let version = try await database.transaction { db in
            struct Next: Decodable { var next: Int }
            let number = try await db.raw("SELECT COALESCE(MAX(version), 0) + 1 AS next FROM tps_versions").first(decoding: Next.self)?.next ?? 1
            try await db.raw("""
                INSERT INTO tps_versions (version, sha256, file_name, byte_count, designation_count, to_verify_count, imported_at)
                VALUES (\(bind: number), \(bind: list.source.sha256), \(bind: list.source.fileName), \(bind: list.source.byteCount),
                        \(bind: list.designations.count), \(bind: list.toVerifyCount), \(bind: now))
                """).run()
            for (index, d) in list.designations.enumerated() {
                try await db.raw("""
                    INSERT INTO tps_designations (version, source_row, country, designation, kind, effective_from, effective_to,
                        continuous_residence_since, continuous_physical_presence_since, federal_register_citation,
                        federal_register_document, notes, certainty, in_force_from, in_force_through)
                    VALUES (\(bind: number), \(bind: d.sourceRow ?? index + 2), \(bind: d.country), \(bind: d.designation), \(bind: d.kind),
                        \(bind: d.effectiveFrom.iso), \(bind: d.effectiveTo.iso), \(bind: d.continuousResidenceSince.iso),
                        \(bind: d.continuousPhysicalPresenceSince.iso), \(bind: d.federalRegisterCitation), \(bind: d.federalRegisterDocument),
                        \(bind: d.notes), \(bind: d.certainty), \(bind: d.inForce.lowerBound.iso), \(bind: d.inForce.upperBound.iso))
                    """).run()
            }
            return Version(number: number, source: list.source, designationCount: list.designations.count,
                           toVerifyCount: list.toVerifyCount, importedAt: now)
        }
        return ImportReport(version: version, added: true)
    }

    /// Every stored version, newest first.
    public func versions() async throws -> [Version] {
        try await database.sql.raw("SELECT * FROM tps_versions ORDER BY version DESC").all(decoding: VersionRow.self).map(\.versionValue)
    }

    /// The latest version and its designations, in file order; nil when none is stored.
    public func latest() async throws -> (version: Version, list: TPSDesignationList)? {
        guard let latest = try await versions().first else { return nil }
        return (latest, try await list(version: latest))
    }

    /// A stored version's designations, rebuilt through `TPSDesignation`'s own reading of
    /// their notes, so a stored row is screened exactly as a freshly read one.
    public func list(version: Version) async throws -> TPSDesignationList {
        let rows = try await database.sql.raw("SELECT * FROM tps_designations WHERE version = \(bind: version.number) ORDER BY source_row")
            .all(decoding: DesignationRow.self)
        return TPSDesignationList(source: version.source, designations: try rows.map { try $0.value() })
    }

    private func version(sha256: String, on db: any SQLDatabase) async throws -> Version? {
        try await db.raw("SELECT * FROM tps_versions WHERE sha256 = \(bind: sha256)").first(decoding: VersionRow.self)?.versionValue
    }

    private struct VersionRow: Decodable {
        var version: Int, sha256: String, file_name: String, byte_count: Int, designation_count: Int, to_verify_count: Int, imported_at: String

        var versionValue: Version {
            Version(number: version, source: SourceFile(fileName: file_name, sha256: sha256, byteCount: byte_count),
                    designationCount: designation_count, toVerifyCount: to_verify_count, importedAt: imported_at)
        }
    }

    private struct DesignationRow: Decodable {
        var source_row: Int, country: String, designation: String, kind: String, effective_from: String, effective_to: String
        var continuous_residence_since: String, continuous_physical_presence_since: String
        var federal_register_citation: String?, federal_register_document: String?, notes: String?, certainty: String?

        func value() throws -> TPSDesignation {
            func day(_ text: String, _ column: String) throws -> CalendarDate {
                guard let date = CalendarDate(iso: text) else { throw TPSDesignationError(field: column, "stored value “\(text)” is not a date") }
                return date
            }
            return try TPSDesignation(
                country: country, designation: designation, kind: kind,
                effectiveFrom: day(effective_from, "effective_from"), effectiveTo: day(effective_to, "effective_to"),
                continuousResidenceSince: day(continuous_residence_since, "continuous_residence_since"),
                continuousPhysicalPresenceSince: day(continuous_physical_presence_since, "continuous_physical_presence_since"),
                federalRegisterCitation: federal_register_citation, federalRegisterDocument: federal_register_document,
                notes: notes, certainty: certainty, sourceRow: source_row)
        }
    }
}
