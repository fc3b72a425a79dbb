import Foundation
import NIOCore
import SQLKit
import Testing
import VigilTestSupport
@testable import VigilStore

/// COPY's binary format against its text format, on a real PostgreSQL: the same rows give the
/// same table either way, and a value a column cannot hold is refused, naming it.
@Suite("Rows in COPY's binary format", .serialized)
struct PostgresCopyBinaryTests {
    static let columns = ["i", "s", "n", "b", "x", "t", "v"]

    /// One row of each kind of value each column type takes, edges included, repeated past the
    /// size from which a copy goes in the binary format. Row `i` is unique, so tables compare by it.
    static func rows(count: Int) -> [[SQLValue]] {
        let kinds: [[SQLValue]] = [
            [.integer(Int(Int16.max)), .integer(Int(Int32.max)), .integer(Int.max), .real(0.1), .text("plain"), .text("varchar")],
            [.integer(Int(Int16.min)), .integer(Int(Int32.min)), .integer(Int.min), .real(-0.0), .text("tab\there\nline\\"), .text("")],
            [.integer(nil), .integer(nil), .integer(nil), .real(nil), .text(nil), .text(nil)],
            [.real(12), .real(-7), .real(999_999_999_999_999), .real(.nan), .text("ünïcødé ✓ 中文"), .text("\\N")],
            [.text(" 42 "), .text("-3"), .text("9007199254740993"), .real(.infinity), .integer(123), .real(2.5)],
            [.integer(0), .integer(1), .integer(-1), .real(-.infinity), .real(1.0 / 3), .real(1e300)],
            [.integer(5), .integer(6), .integer(7), .integer(9_007_199_254_740_993), .real(.nan), .real(-0.0)],
            [.integer(8), .integer(9), .integer(10), .text("1e-300"), .real(.leastNonzeroMagnitude), .integer(Int.min)],
            [.integer(11), .integer(12), .integer(13), .text(" -2.5"), .text("quote \" and ' apostrophe"), .real(1_000_000)],
        ]
        return (0..<count).map { [.integer($0)] + kinds[$0 % kinds.count] }
    }

    static func createTable(_ name: String, in db: VigilDatabase) async throws {
        try await db.sql.raw("""
            CREATE TABLE \(unsafeRaw: name) (i BIGINT PRIMARY KEY, s SMALLINT, n INTEGER, b BIGINT, x DOUBLE PRECISION, t TEXT, v VARCHAR(100))
            """).run()
    }

    /// A table as text, row by row, as the server prints each value.
    static func contents(of table: String, in db: VigilDatabase) async throws -> [String] {
        struct Line: Decodable { var line: String }
        return try await db.sql.raw("SELECT \(unsafeRaw: table)::text AS line FROM \(unsafeRaw: table) ORDER BY i")
            .all(decoding: Line.self).map(\.line)
    }

    /// Sends `rows` in one format, in a transaction of its own.
    static func send(_ rows: [[SQLValue]], into table: String, binary: Bool, in db: VigilDatabase) async throws {
        try await db.transaction { _ -> Void in
            let connection = try #require(VigilDatabase.postgresConnection)
            let types: [PostgresCopyColumnType]? = binary ? [.bigint, .smallint, .integer, .bigint, .double, .text, .text] : nil
            try await PostgresCopy.send(rows, into: table, columns: columns, types: types, on: connection, logger: .init(label: "test"))
        }
    }

    @Test("the same rows in either format make the same table, edges and conversions included",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func sameAsText() async throws {
        try await withTestDatabase(.postgres) { db in
            try await Self.createTable("copy_text", in: db)
            try await Self.createTable("copy_binary", in: db)
            // when 3,000 rows (several chunks) go once as text and once in the binary format
            let rows = Self.rows(count: 3_000)
            try await Self.send(rows, into: "copy_text", binary: false, in: db)
            try await Self.send(rows, into: "copy_binary", binary: true, in: db)
            // then the server holds the same values, row for row
            let text = try await Self.contents(of: "copy_text", in: db)
            let binary = try await Self.contents(of: "copy_binary", in: db)
            #expect(text.count == 3_000)
            #expect(binary == text)
            // and the edges are what was given (the second row: smallest integers, negative zero, escapes, an empty text)
            #expect(text[1] == "(1,-32768,-2147483648,-9223372036854775808,-0,\"tab\there\nline\\\\\",\"\")")
            #expect(text[4] == "(4,42,-3,9007199254740993,Infinity,123,2.5)")
        }
    }

    @Test("a copy of 64 rows or more goes in the binary format, which refuses a value its column cannot hold before sending it; a smaller one goes as text",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func refusal() async throws {
        try await withTestDatabase(.postgres) { db in
            try await Self.createTable("copy_probe", in: db)
            func copy(_ count: Int, badAt bad: Int, _ value: SQLValue) async throws {
                var rows = Self.rows(count: count)
                rows[bad][1] = value // the smallint column
                let given = rows
                try await db.transaction { session -> Void in
                    try await BulkInsert(table: "copy_probe", columns: Self.columns).run(given, in: db, session: session)
                }
            }
            // when row 70 of 100 holds 40,000 for a smallint column, Vigil refuses it, naming the row, the column and the value
            let error = await #expect(throws: PostgresCopyError.self) { try await copy(100, badAt: 69, .integer(40_000)) }
            #expect(error?.description == "Row 70 copied into copy_probe: column s (smallint) cannot hold 40000.")
            // and so for a fraction, and for text that is not a number
            let fraction = await #expect(throws: PostgresCopyError.self) { try await copy(100, badAt: 0, .real(2.5)) }
            #expect(fraction?.description == "Row 1 copied into copy_probe: column s (smallint) cannot hold 2.5.")
            let word = await #expect(throws: PostgresCopyError.self) { try await copy(100, badAt: 99, .text("twelve")) }
            #expect(word?.description == "Row 100 copied into copy_probe: column s (smallint) cannot hold \"twelve\".")
            // when the copy is small, it goes as text and the server refuses the same value itself
            let small = await #expect(throws: (any Error).self) { try await copy(10, badAt: 5, .integer(40_000)) }
            #expect(!(small is PostgresCopyError))
            // and nothing of any of them was stored; the connection goes on working
            #expect(try await Self.contents(of: "copy_probe", in: db).isEmpty)
            try await copy(100, badAt: 0, .integer(7))
            #expect(try await Self.contents(of: "copy_probe", in: db).count == 100)
        }
    }

    @Test("a text holding a NUL character, which PostgreSQL's text cannot hold, is refused in either format and nothing is stored",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func nulCharacter() async throws {
        try await withTestDatabase(.postgres) { db in
            try await Self.createTable("copy_nul", in: db)
            for count in [10, 100] {
                var rows = Self.rows(count: count)
                rows[count / 2][5] = .text("before\u{0}after")
                let given = rows
                await #expect(throws: (any Error).self, "\(count) rows") {
                    try await db.transaction { session -> Void in
                        try await BulkInsert(table: "copy_nul", columns: Self.columns).run(given, in: db, session: session)
                    }
                }
            }
            #expect(try await Self.contents(of: "copy_nul", in: db).isEmpty)
        }
    }

    @Test("a table with a column of a type the binary format is not written for is copied as text",
          .enabled(if: TestEngine.postgresURL != nil, Comment(rawValue: TestEngine.postgresSkipReason ?? "")))
    func otherTypesGoAsText() async throws {
        try await withTestDatabase(.postgres) { db in
            try await db.sql.raw("CREATE TABLE copy_dates (i BIGINT PRIMARY KEY, d DATE, ok BOOLEAN)").run()
            // when 200 rows give dates and booleans as text, which only the server can convert
            let rows: [[SQLValue]] = (0..<200).map { [.integer($0), .text("2024-01-\(String(format: "%02d", 1 + $0 % 28))"), .text($0 % 2 == 0 ? "t" : "f")] }
            try await db.transaction { session -> Void in
                try await BulkInsert(table: "copy_dates", columns: ["i", "d", "ok"]).run(rows, in: db, session: session)
            }
            // then they are stored as dates and booleans
            struct Row: Decodable { var d: String; var ok: Bool }
            let stored = try await db.sql.raw("SELECT d::text AS d, ok FROM copy_dates ORDER BY i").all(decoding: Row.self)
            #expect(stored.count == 200)
            #expect(stored.first?.d == "2024-01-01")
            #expect(stored.last?.d == "2024-01-04")
            #expect(stored.map(\.ok) == (0..<200).map { $0 % 2 == 0 })
        }
    }

    @Test("the column types the binary format writes, by their oids in pg_type")
    func typeOIDs() {
        #expect(PostgresCopyColumnType(typeOID: 21) == .smallint)
        #expect(PostgresCopyColumnType(typeOID: 23) == .integer)
        #expect(PostgresCopyColumnType(typeOID: 20) == .bigint)
        #expect(PostgresCopyColumnType(typeOID: 701) == .double)
        #expect(PostgresCopyColumnType(typeOID: 25) == .text)
        #expect(PostgresCopyColumnType(typeOID: 1043) == .text)
        // real (float4), numeric, date, boolean: the text format's
        for other: Int64 in [700, 1700, 1082, 16] { #expect(PostgresCopyColumnType(typeOID: other) == nil) }
    }

    @Test("a row's bytes: field count, then each value's length and big-endian bytes, -1 for NULL")
    func rowBytes() throws {
        var buffer = ByteBuffer()
        try PostgresCopy.appendBinaryRow([.integer(1), .real(nil), .text("é"), .real(3), .integer(-2)],
                                         types: [.smallint, .double, .text, .bigint, .double], to: &buffer)
        let bytes = Array(buffer.readableBytesView)
        #expect(bytes == [0, 5,
                          0, 0, 0, 2, 0, 1,
                          0xFF, 0xFF, 0xFF, 0xFF,
                          0, 0, 0, 2, 0xC3, 0xA9,
                          0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 3,
                          0, 0, 0, 8] + withUnsafeBytes(of: (-2.0).bitPattern.bigEndian, Array.init))
        // a row with a value missing is refused, not sent short
        let short = #expect(throws: PostgresCopy.BinaryValueMismatch.self) {
            try PostgresCopy.appendBinaryRow([.integer(1)], types: [.bigint, .text], to: &buffer)
        }
        #expect(short?.column == nil)
        #expect(short?.value == "1 values for 2 columns")
    }
}
