import Logging
import NIOCore
import PostgresKit
import VigilCore

/// Rows sent to PostgreSQL with `COPY table (columns) FROM STDIN`, on the session's own
/// connection (so inside its transaction): what `BulkInsert` does there.
///
/// Multi-row INSERTs cost PostgreSQL a parse, a plan and a bind per statement and SQLKit an
/// encoder call per value; COPY streams the rows, which the server loads directly, several
/// times faster on the daily population files' million rows. A few rows go as tab-separated
/// text; more go in the binary format (`PostgresCopyBinary`), which spares both ends writing
/// and parsing numbers' digits.
enum PostgresCopy {
    /// Roughly how many bytes go in one CopyData message.
    static let chunkBytes = 256 << 10

    /// From this many rows a copy may set the table's foreign keys aside (see `setsForeignKeysAside`):
    /// below it, the checks (about 2.5 ms) cost little more than dropping the keys and adding them back (1.5–2 ms).
    static let foreignKeyBatchRows = 500

    /// From this many rows a copy may make the table's plain indexes again (see `rebuildsPlainIndexes`).
    /// Making an index costs the server about a millisecond whatever its size (`psql`, facility
    /// observations into an empty table, medians of 9: 1,000 rows copied with the table's two plain
    /// indexes in place took 7.4 ms, and dropped and made again 7.6 ms; 2,500 rows 15.6 ms and 14.4 ms;
    /// all 5,837 rows 34.9 ms and 29.9 ms; ICE's 2,716 segregation rows, three indexes, 13.4 ms and 11.0 ms).
    static let plainIndexBatchRows = 2_000

    /// From this many rows a copy goes in the binary format (`PostgresCopyBinary`). It needs the
    /// columns' types, one more query (some 0.15 ms with its round trip), which the format repays
    /// at about 2 µs a row of facility observations: from some 64 rows.
    static let binaryFormatRows = 64

    /// Copies `rows` (values in the order of `columns`; `count` of them) into `table` on the
    /// connection of the PostgreSQL transaction this runs in (`VigilDatabase.postgresConnection`),
    /// each row made only as it is written. False outside one, so the caller can insert another way.
    static func copy<Rows: Sequence<[SQLValue]>>(_ rows: Rows, count: Int, into table: String, columns: [String],
                                                 shapes: PostgresCopyShapes) async throws -> Bool {
        guard let connection = VigilDatabase.postgresConnection else { return false }
        let logger = Logger(label: "vigil.store")
        guard count >= binaryFormatRows else {
            try await send(rows, into: table, columns: columns, types: nil, on: connection, logger: logger)
            return true
        }
        let target = try await PostgresCopyTarget.read(table, copying: count, shapes: shapes, on: connection, logger: logger)
        let types = target.binaryTypes(of: columns)
        let send = { try await Self.send(rows, into: table, columns: columns, types: types, on: connection, logger: logger) }
        let keys = setsForeignKeysAside(copying: count, into: target.storedRows) ? target.foreignKeys : []
        let indexes = rebuildsPlainIndexes(copying: count, into: target.storedRows) ? target.plainIndexes : []
        if keys.isEmpty && indexes.isEmpty {
            try await send()
        } else {
            try await setting(keys, and: indexes, of: table, aside: connection, logger: logger, send)
        }
        return true
    }

    /// Streams the rows in COPY's binary format when every column's type is known (`types`), else
    /// in its text format, a chunk at a time.
    static func send<Rows: Sequence<[SQLValue]>>(_ rows: Rows, into table: String, columns: [String], types: [PostgresCopyColumnType]?,
                                                   on connection: PostgresConnection, logger: Logger) async throws {
        // PostgresNIO 1.33 writes only `FORMAT text` into the COPY it starts, after the table's name,
        // which it puts in double quotes as given: the binary format's statement goes in that name,
        // closing its quote, and the text format's clause is left behind in a comment.
        let statementTable = types == nil ? table
            : table + "\" (" + columns.map { quoted($0) }.joined(separator: ", ") + ") FROM STDIN WITH (FORMAT binary) --"
        try await connection.copyFrom(table: statementTable, columns: types == nil ? columns : [], logger: logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(chunkBytes + 4096)
            if types != nil { buffer.writeBytes(binaryHeader) }
            for (index, row) in rows.enumerated() {
                if let types {
                    do throws(BinaryValueMismatch) {
                        try appendBinaryRow(row, types: types, to: &buffer)
                    } catch {
                        throw PostgresCopyError(table: table, row: index + 1,
                                                problem: error.column.map { "column \(columns[$0]) (\(types[$0].name)) cannot hold \(error.value)" } ?? error.value)
                    }
                } else {
                    appendLine(row, to: &buffer)
                }
                if buffer.readableBytes >= chunkBytes {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if types != nil { buffer.writeInteger(binaryTrailer) }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    /// Runs `body`, which copies rows into `table`, with the table's foreign keys (`keys`) and
    /// plain indexes (`indexes`) dropped, then makes the indexes again and adds the keys back, all
    /// in the caller's transaction: the bulk-loading advice of PostgreSQL's manual ("Populating a
    /// Database").
    ///
    /// PostgreSQL checks a foreign key with one query per copied row: more than half of a
    /// daily-population file's import, and a sixth of ICE's 30 workbooks' (0.373 s against
    /// 0.310 s, medians of 10, when every group of them set its keys aside). Adding the key back
    /// checks every row of the table in one join. An index takes each copied row in turn, and
    /// making it again sorts the table's rows once, which pays for a big copy into a small table
    /// (`plainIndexBatchRows`): a first import of the Deportation Data Project's daily file into
    /// PostgreSQL took 0.750 of the time it took with the indexes in place (medians of 5 pairs).
    ///
    /// Nothing is weaker for it: a row that breaks a key fails the import, an index made again is
    /// the one dropped (the server's own definition of it), and a failure anywhere rolls the drops
    /// back with everything else. The cost is that dropping locks the table (and a key the table
    /// it refers to, `releases`, say) against readers until the transaction ends: a reader waits
    /// for the copy's commit, a fraction of a second for a group of workbooks, about 1.4 s for a
    /// first import of the daily file. The drops go in one statement each, then each index, then
    /// the keys' additions in one.
    static func setting(_ keys: [PostgresCopyTarget.ForeignKey], and indexes: [PostgresCopyTarget.PlainIndex], of table: String,
                        aside connection: PostgresConnection, logger: Logger, _ body: () async throws -> Void) async throws {
        if !keys.isEmpty {
            let drops = keys.map { "DROP CONSTRAINT \(quoted($0.name))" }.joined(separator: ", ")
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) \(drops)"), logger: logger)
        }
        if !indexes.isEmpty {
            try await connection.query(PostgresQuery(unsafeSQL: "DROP INDEX " + indexes.map(\.name).joined(separator: ", ")), logger: logger)
        }
        try await body()
        for index in indexes {
            try await connection.query(PostgresQuery(unsafeSQL: index.definition), logger: logger)
        }
        if !keys.isEmpty {
            let additions = keys.map { "ADD CONSTRAINT \(quoted($0.name)) \($0.definition)" }.joined(separator: ", ")
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) \(additions)"), logger: logger)
        }
    }

    /// Whether copying `count` rows into a table of about `storedRows` rows should drop its foreign
    /// keys and add them back. Adding a key back scans the whole table: about 0.2 µs a row stored
    /// (23 ms for 122,577 rows of facility observations), against about 5 µs a row copied for the
    /// per-row checks (31 ms for ICE's 5,837): adding back pays up to about 25 rows stored for each
    /// copied. Up to 16 leaves a margin for tables slower to scan, or quicker to check, than those.
    static func setsForeignKeysAside(copying count: Int, into storedRows: Double) -> Bool {
        count >= foreignKeyBatchRows && storedRows <= Double(largestTablePerCopiedRow * count)
    }

    /// Whether copying `count` rows into a table of about `storedRows` rows should drop its plain
    /// indexes and make them again. Making an index again sorts every row, those stored as well as
    /// those copied, so it pays only while the table holds no more than it is given.
    static func rebuildsPlainIndexes(copying count: Int, into storedRows: Double) -> Bool {
        count >= plainIndexBatchRows && storedRows <= Double(count)
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
                if let v { appendText(of: v, to: &buffer) } else { buffer.writeStaticString("\\N") }
            case .text(let v):
                guard let v else { buffer.writeStaticString("\\N"); break }
                appendEscaped(v, to: &buffer)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    /// A double as text that PostgreSQL reads back to the same double: a whole number as digits,
    /// others in Swift's shortest round-trip form.
    static func appendText(of value: Double, to buffer: inout ByteBuffer) {
        if value.isNaN { buffer.writeStaticString("NaN") }
        else if value.isInfinite { buffer.writeStaticString(value < 0 ? "-Infinity" : "Infinity") }
        else if let whole = value.smallWholeNumber { appendDigits(of: whole, to: &buffer) }
        else { buffer.writeString(value.description) }
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
