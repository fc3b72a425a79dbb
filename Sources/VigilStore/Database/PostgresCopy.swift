import Logging
import NIOCore
import PostgresKit
import VigilCore

/// Rows sent to PostgreSQL with `COPY table (columns) FROM STDIN` in its text format, on the
/// session's own connection (so inside its transaction): what `BulkInsert` does there.
///
/// Multi-row INSERTs cost PostgreSQL a parse, a plan and a bind per statement and SQLKit an
/// encoder call per value; COPY streams the rows as tab-separated text that the server loads
/// directly, several times faster on the daily population files' million rows.
enum PostgresCopy {
    /// Roughly how many bytes go in one CopyData message.
    static let chunkBytes = 256 << 10

    /// From this many rows a copy may set the table's foreign keys aside (see `setsForeignKeysAside`):
    /// below it, the checks (about 2.5 ms) cost little more than dropping the keys and adding them back (1.5–2 ms).
    static let foreignKeyBatchRows = 500

    /// Copies `rows` (values in the order of `columns`; `count` of them) into `table` on the
    /// connection of the PostgreSQL transaction this runs in (`VigilDatabase.postgresConnection`),
    /// each row made only as it is written. False outside one, so the caller can insert another way.
    static func copy<Rows: Sequence<[SQLValue]>>(_ rows: Rows, count: Int, into table: String, columns: [String]) async throws -> Bool {
        guard let connection = VigilDatabase.postgresConnection else { return false }
        let logger = Logger(label: "vigil.store")
        let send = {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                var buffer = ByteBuffer()
                buffer.reserveCapacity(chunkBytes + 4096)
                for row in rows {
                    appendLine(row, to: &buffer)
                    if buffer.readableBytes >= chunkBytes {
                        try await writer.write(buffer)
                        buffer.clear()
                    }
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
            }
        }
        if count >= foreignKeyBatchRows {
            try await withoutForeignKeys(of: table, copying: count, on: connection, logger: logger, send)
        } else {
            try await send()
        }
        return true
    }

    /// Runs `body`, copying `count` rows into `table`, with the table's foreign keys dropped when
    /// that is cheaper (`setsForeignKeysAside`), then adds them back, all in the caller's
    /// transaction. PostgreSQL checks a foreign key with one query per copied row: more than half
    /// of a daily-population file's import, and a sixth of ICE's 30 workbooks' (0.373 s against
    /// 0.310 s, medians of 10, when every group of them set its keys aside). Adding the key back
    /// checks every row of the table in one join (the bulk-loading advice of PostgreSQL's manual,
    /// "Populating a Database"). Nothing is weaker for it: a row that breaks the key fails the
    /// import, and a failure anywhere rolls the drop back with everything else. The cost is that
    /// dropping a key locks its table and the table it refers to (`releases`, say) against readers
    /// until the transaction ends: a reader waits for the copy's commit, a fraction of a second.
    static func withoutForeignKeys(of table: String, copying count: Int, on connection: PostgresConnection, logger: Logger,
                                   _ body: () async throws -> Void) async throws {
        // Its keys, each with the table's size: the planner's count of its rows or, for a table never
        // analysed (one filled a moment ago has no count yet), its rows counted, but only as far as
        // the most that could still pay. One round trip; the drops, then the additions, one each.
        var keys: [(name: String, definition: String)] = []
        var storedRows = Double.infinity
        let found = try await connection.query("""
            SELECT conname::text, pg_get_constraintdef(oid),
                   (SELECT (CASE WHEN reltuples >= 0 THEN reltuples
                            ELSE (SELECT count(*) FROM (SELECT 1 FROM ONLY \(unescaped: quoted(table))
                                                        LIMIT \(largestTablePerCopiedRow * count + 1)) AS stored) END)::float8
                    FROM pg_class WHERE oid = to_regclass(\(table)))
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid = to_regclass(\(table))
            ORDER BY conname
            """, logger: logger)
        for try await (name, definition, rows) in found.decode((String, String, Double).self) {
            keys.append((name, definition))
            storedRows = rows
        }
        guard !keys.isEmpty, setsForeignKeysAside(copying: count, into: storedRows) else { return try await body() }
        let drops = keys.map { "DROP CONSTRAINT \(quoted($0.name))" }.joined(separator: ", ")
        try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) \(drops)"), logger: logger)
        try await body()
        let additions = keys.map { "ADD CONSTRAINT \(quoted($0.name)) \($0.definition)" }.joined(separator: ", ")
        try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) \(additions)"), logger: logger)
    }

    /// Whether copying `count` rows into a table of about `storedRows` rows should drop its foreign
    /// keys and add them back. Adding a key back scans the whole table: about 0.2 µs a row stored
    /// (23 ms for 122,577 rows of facility observations), against about 5 µs a row copied for the
    /// per-row checks (31 ms for ICE's 5,837): adding back pays up to about 25 rows stored for each
    /// copied. Up to 16 leaves a margin for tables slower to scan, or quicker to check, than those.
    static func setsForeignKeysAside(copying count: Int, into storedRows: Double) -> Bool {
        count >= foreignKeyBatchRows && storedRows <= Double(largestTablePerCopiedRow * count)
    }

    /// The most rows a table may hold for each row copied for its keys to be set aside.
    static let largestTablePerCopiedRow = 16

    /// An identifier in double quotes, any inside doubled.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row in COPY's text format: values separated by tabs, `\N` for NULL, and backslash,
    /// tab, newline and carriage return escaped in text.
    static func appendLine(_ row: [SQLValue], to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .integer(let v):
                if let v { appendDigits(of: v, to: &buffer) } else { buffer.writeStaticString("\\N") }
            case .real(let v):
                guard let v else { buffer.writeStaticString("\\N"); break }
                if v.isNaN { buffer.writeStaticString("NaN") }
                else if v.isInfinite { buffer.writeStaticString(v < 0 ? "-Infinity" : "Infinity") }
                else if let whole = v.smallWholeNumber { appendDigits(of: whole, to: &buffer) }
                // Swift's shortest round-trip form, which PostgreSQL reads back to the same double.
                else { buffer.writeString(v.description) }
            case .text(let v):
                guard let v else { buffer.writeStaticString("\\N"); break }
                appendEscaped(v, to: &buffer)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    static func appendDigits(of value: Int, to buffer: inout ByteBuffer) {
        DecimalDigits.withBytes(of: value) { _ = buffer.writeBytes($0) }
    }

    static func appendEscaped(_ text: String, to buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let escape: UInt8
                switch byte {
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case UInt8(ascii: "\t"): escape = UInt8(ascii: "t")
                case UInt8(ascii: "\n"): escape = UInt8(ascii: "n")
                case UInt8(ascii: "\r"): escape = UInt8(ascii: "r")
                default: continue
                }
                buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                buffer.writeInteger(UInt8(ascii: "\\"))
                buffer.writeInteger(escape)
                start = index + 1
            }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
