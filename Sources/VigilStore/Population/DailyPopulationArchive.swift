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
        let dialect = database.dialect
        return try await database.transaction { db in
            if let existing = try await db.raw("""
                SELECT id, file_name FROM stay_imports WHERE sha256 = \(bind: stays.source.sha256)
                """).first(decoding: Existing.self) {
                return .alreadyArchived(importID: existing.id, asFileName: existing.file_name)
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

            var days: [[any Encodable & Sendable]] = []
            days.reserveCapacity(population.nonZeroDayCount)
            population.forEachNonZeroDay { code, date, c in
                days.append([id, code, date.iso, c.midnight, c.allDay, c.bookIns, c.bookOuts])
            }
            try await Self.insertRows(into: "stay_daily_populations",
                                      columns: ["stay_import_id", "facility_code", "date", "midnight_pop",
                                                "daily_pop_24h", "book_ins", "book_outs"],
                                      rows: days, dialect: dialect, on: db)
            var lengths: [[any Encodable & Sendable]] = []
            for s in population.series {
                for (bucket, n) in s.lengthOfStay.sorted(by: { $0.key < $1.key }) {
                    lengths.append([id, s.facilityCode, bucket.description, bucket.rawValue, n])
                }
            }
            try await Self.insertRows(into: "stay_length_of_stay",
                                      columns: ["stay_import_id", "facility_code", "bucket", "position", "stints"],
                                      rows: lengths, dialect: dialect, on: db)
            try await Self.insertRows(into: "stay_release_reasons", columns: ["stay_import_id", "reason", "stints"],
                                      rows: population.releaseReasons.map { [id, $0.reason, $0.count] },
                                      dialect: dialect, on: db)
            return .archived(importID: id, rows: days.count)
        }
    }

    /// Stores a daily population file others derived: one row per facility, day and definition it gives.
    @discardableResult
    public func archive(_ derived: DerivedDailyPopulation) async throws -> Outcome {
        let dialect = database.dialect
        return try await database.transaction { db in
            if let existing = try await db.raw("""
                SELECT id, file_name FROM population_file_imports WHERE sha256 = \(bind: derived.source.sha256)
                """).first(decoding: Existing.self) {
                return .alreadyArchived(importID: existing.id, asFileName: existing.file_name)
            }
            let dates = derived.points.map(\.date)
            let id = try await db.insert(into: "population_file_imports")
                .columns("sha256", "file_name", "byte_count", "source", "row_count", "first_date", "last_date", "imported_at")
                .values(derived.source.sha256, derived.source.fileName, derived.source.byteCount, derived.kind.rawValue,
                        derived.points.count, dates.min()?.iso, dates.max()?.iso, Timestamp.now())
                .returning("id")
                .first(decodingColumn: "id", as: Int.self)
            guard let id else { throw ArchiveError.noIdentifierReturned }
            var rows: [[any Encodable & Sendable]] = []
            rows.reserveCapacity(derived.points.count * derived.definitions.count)
            for p in derived.points {
                if let n = p.midnight {
                    rows.append([id, p.facilityCode, p.date.iso, PopulationDefinition.midnight.rawValue, n,
                                 Int?.none, Int?.none, Int?.none, Int?.none])
                }
                if let n = p.allDay {
                    rows.append([id, p.facilityCode, p.date.iso, PopulationDefinition.allDay.rawValue, n,
                                 p.male, p.female, p.convictedCriminal, p.possiblyUnder18])
                }
            }
            try await Self.insertRows(into: "population_file_days",
                                      columns: ["import_id", "facility_code", "date", "definition", "population",
                                                "male", "female", "convicted_criminal", "possibly_under_18"],
                                      rows: rows, dialect: dialect, on: db)
            return .archived(importID: id, rows: rows.count)
        }
    }

    private struct Existing: Decodable { var id: Int; var file_name: String }

    static func insertRows(into table: String, columns: [String], rows: [[any Encodable & Sendable]],
                           dialect: Dialect, on db: any SQLDatabase) async throws {
        let batchSize = max(1, min(1000, dialect.maxBindsPerStatement / columns.count))
        var start = 0
        while start < rows.count {
            var insert = db.insert(into: table).columns(columns)
            for row in rows[start..<min(start + batchSize, rows.count)] { insert = insert.values(row) }
            try await insert.run()
            start += batchSize
        }
    }
}
