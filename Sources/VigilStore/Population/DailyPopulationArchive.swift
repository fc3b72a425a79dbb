import Foundation
import SQLKit
import VigilCore

/// Stores daily population series: what Vigil computed from a person-level file, and files
/// of daily populations others derived. Each file in one transaction, keyed by the SHA-256
/// of its bytes, so a re-import changes nothing and a failed one leaves nothing behind.
public struct DailyPopulationArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    public enum Outcome: Sendable, Equatable {
        case archived(importID: Int, rows: Int)
        case alreadyArchived(importID: Int, asFileName: String)
    }

    /// Stores the populations computed from one person-level file, with its report.
    @discardableResult
    public func archive(_ stays: StaysImport) async throws -> Outcome {
        let database = self.database
        return try await database.transaction { db in
            if let existing = try await ArchivedFile.find(stays.source.sha256, in: .stayImports, on: db), let id = existing.id {
                return .alreadyArchived(importID: id, asFileName: existing.fileName)
            }
            let r = stays.report
            let population = stays.population
            let reportJSON = JSONText.encode(r)
            let id = try await db.insert(into: "stay_imports")
                .columns("sha256", "file_name", "byte_count", "format", "rows_read", "duplicate_rows",
                         "stints_counted", "ongoing_stints", "zero_length_stints", "redacted_cells",
                         "rows_left_out", "first_date", "last_date", "report_json", "imported_at")
                .values(stays.source.sha256, stays.source.fileName, stays.source.byteCount, r.format, r.rowsRead,
                        r.duplicateRows, r.stintsCounted, r.ongoingStints, r.zeroLengthStints, r.redactedCells,
                        r.rowsLeftOut, population.firstDate?.iso, population.lastDate?.iso, reportJSON, Timestamp.now())
                .returning("id")
                .first(decodingColumn: "id", as: Int.self)
            guard let id else { throw ArchiveError.noIdentifierReturned }

            var days: [[SQLValue]] = []
            days.reserveCapacity(population.nonZeroDayCount)
            population.forEachNonZeroDay { code, date, c in
                days.append([.integer(id), .text(code), .text(date.iso), .integer(c.midnight), .integer(c.allDay),
                             .integer(c.bookIns), .integer(c.bookOuts)])
            }
            try await BulkInsert(table: "stay_daily_populations",
                                 columns: ["stay_import_id", "facility_code", "date", "midnight_pop",
                                           "daily_pop_24h", "book_ins", "book_outs"])
                .run(days, in: database, session: db)
            var lengths: [[SQLValue]] = []
            for s in population.series {
                for (bucket, n) in s.lengthOfStay.sorted(by: { $0.key < $1.key }) {
                    lengths.append([.integer(id), .text(s.facilityCode), .text(bucket.description), .integer(bucket.rawValue), .integer(n)])
                }
            }
            try await BulkInsert(table: "stay_length_of_stay",
                                 columns: ["stay_import_id", "facility_code", "bucket", "position", "stints"])
                .run(lengths, in: database, session: db)
            try await BulkInsert(table: "stay_release_reasons", columns: ["stay_import_id", "reason", "stints"])
                .run(population.releaseReasons.map { [.integer(id), .text($0.reason), .integer($0.count)] },
                     in: database, session: db)
            return .archived(importID: id, rows: days.count)
        }
    }

    /// Stores a daily population file others derived: one row per facility, day and definition it gives.
    @discardableResult
    public func archive(_ derived: DerivedDailyPopulation) async throws -> Outcome {
        let database = self.database
        return try await database.transaction { db in
            if let existing = try await ArchivedFile.find(derived.source.sha256, in: .populationFileImports, on: db), let id = existing.id {
                return .alreadyArchived(importID: id, asFileName: existing.fileName)
            }
            let dates = derived.points.map(\.date)
            let id = try await db.insert(into: "population_file_imports")
                .columns("sha256", "file_name", "byte_count", "source", "row_count", "first_date", "last_date", "imported_at")
                .values(derived.source.sha256, derived.source.fileName, derived.source.byteCount, derived.kind.rawValue,
                        derived.points.count, dates.min()?.iso, dates.max()?.iso, Timestamp.now())
                .returning("id")
                .first(decodingColumn: "id", as: Int.self)
            guard let id else { throw ArchiveError.noIdentifierReturned }
            // In key order, so the table's B-trees grow at their right edge instead of splitting
            // pages all over: on UWCHR's 928,231 rows this is most of the import's time.
            let ordered = derived.points.sorted { ($0.facilityCode, $0.date) < ($1.facilityCode, $1.date) }
            let count = ordered.reduce(0) { $0 + ($1.midnight == nil ? 0 : 1) + ($1.allDay == nil ? 0 : 1) }
            // Made as they are stored, not all at once.
            let rows = ordered.lazy.flatMap { p -> [[SQLValue]] in
                var rows: [[SQLValue]] = []
                if let n = p.midnight {
                    rows.append([.integer(id), .text(p.facilityCode), .text(p.date.iso), .text(PopulationDefinition.midnight.rawValue),
                                 .integer(n), .integer(nil), .integer(nil), .integer(nil), .integer(nil)])
                }
                if let n = p.allDay {
                    rows.append([.integer(id), .text(p.facilityCode), .text(p.date.iso), .text(PopulationDefinition.allDay.rawValue),
                                 .integer(n), .integer(p.male), .integer(p.female), .integer(p.convictedCriminal),
                                 .integer(p.possiblyUnder18)])
                }
                return rows
            }
            try await BulkInsert(table: "population_file_days",
                                 columns: ["import_id", "facility_code", "date", "definition", "population",
                                           "male", "female", "convicted_criminal", "possibly_under_18"])
                .stream(rows, count: count, in: database, session: db)
            return .archived(importID: id, rows: count)
        }
    }
}
