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

    /// From this many rows a copy sets the table's foreign keys aside (see `withoutForeignKeys`).
    static let foreignKeyBatchRows = 20_000

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
            try await withoutForeignKeys(of: table, on: connection, logger: logger, send)
        } else {
            try await send()
        }
        return true
    }

    /// Runs `body` with `table`'s foreign keys dropped, then adds them back, all in the caller's
    /// transaction. PostgreSQL checks a foreign key with one query per copied row, which was more
    /// than half of a daily-population file's import; adding the key back checks every row in one
    /// join (the bulk-loading advice of PostgreSQL's manual, "Populating a Database"). Nothing is
    /// weaker for it: a row that breaks the key fails the import, and a failure anywhere rolls the
    /// drop back with everything else. The cost is that the table is locked against readers
    /// until the transaction ends, so it is done only for big copies.
    static func withoutForeignKeys(of table: String, on connection: PostgresConnection, logger: Logger,
                                   _ body: () async throws -> Void) async throws {
        var keys: [(name: String, definition: String)] = []
        let found = try await connection.query("""
            SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND conrelid = to_regclass(\(table))
            ORDER BY conname
            """, logger: logger)
        for try await (name, definition) in found.decode((String, String).self) { keys.append((name, definition)) }
        for key in keys {
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) DROP CONSTRAINT \(quoted(key.name))"), logger: logger)
        }
        try await body()
        for key in keys {
            try await connection.query(PostgresQuery(unsafeSQL: "ALTER TABLE \(quoted(table)) ADD CONSTRAINT \(quoted(key.name)) \(key.definition)"), logger: logger)
        }
    }

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
