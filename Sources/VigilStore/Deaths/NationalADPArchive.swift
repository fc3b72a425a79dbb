import SQLKit
import VigilCore

/// Stores a national ADP series, and reads it back for death rates.
///
/// A newer edition of a series revises figures: each year in the file replaces that year's
/// stored figure, all in one transaction; years the file lacks are kept.
public struct NationalADPArchive: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public struct ImportReport: Sendable, Hashable {
        public var added: Int
        public var changed: Int
        public var unchanged: Int

        public init(added: Int, changed: Int, unchanged: Int) {
            self.added = added
            self.changed = changed
            self.unchanged = unchanged
        }
    }

    /// One stored year with where it came from.
    public struct StoredYear: Sendable, Hashable {
        public var year: NationalADPYear
        public var fileName: String
        public var sha256: String
    }

    public func importSeries(_ years: [NationalADPYear], from file: SourceFile) async throws -> ImportReport {
        let stored = Dictionary(uniqueKeysWithValues: try await all().map { ($0.year.fiscalYear.year, $0) })
        var report = ImportReport(added: 0, changed: 0, unchanged: 0)
        for y in years {
            switch stored[y.fiscalYear.year]?.year.averageDailyPopulation {
            case nil: report.added += 1
            case y.averageDailyPopulation: report.unchanged += 1
            default: report.changed += 1
            }
        }
        // A year stored from these same bytes, row for row, is left as it is: importing a file
        // again changes nothing, not even the data version that pages are cached by.
        let changed = years.filter { y in
            guard let old = stored[y.fiscalYear.year] else { return true }
            return old.sha256 != file.sha256 || old.year != y
        }
        guard !changed.isEmpty else { return report }
        let now = Timestamp.now()
        try await database.transaction { db in
            for y in changed {
                try await db.raw("DELETE FROM national_adp WHERE fiscal_year = \(bind: y.fiscalYear.year)").run()
                try await db.raw("""
                    INSERT INTO national_adp (fiscal_year, adp, source, file_name, sha256, source_row, imported_at)
                    VALUES (\(bind: y.fiscalYear.year), \(bind: y.averageDailyPopulation), \(bind: y.source), \(bind: file.fileName),
                            \(bind: file.sha256), \(bind: y.sourceRow), \(bind: now))
                    """).run()
            }
        }
        return report
    }

    public func all() async throws -> [StoredYear] {
        struct Row: Decodable {
            var fiscal_year: Int; var adp: Double; var source: String?; var file_name: String; var sha256: String; var source_row: Int
        }
        return try await database.sql.raw("SELECT * FROM national_adp ORDER BY fiscal_year").all(decoding: Row.self).map {
            StoredYear(year: NationalADPYear(fiscalYear: FiscalYear($0.fiscal_year), averageDailyPopulation: $0.adp, source: $0.source,
                                             sourceRow: $0.source_row),
                       fileName: $0.file_name, sha256: $0.sha256)
        }
    }
}
