/// Schema statements run together (a new database's whole schema, say) with each added column
/// written into the `CREATE TABLE` that made its table earlier in the run, and a table made and
/// dropped in the same run left out with its indexes: the same schema, in fewer statements of
/// the kind that are slow to run.
///
/// SQLite reads its whole schema again after every `ALTER TABLE … ADD COLUMN` and `DROP TABLE`,
/// about 0.65 ms each on Vigil's schema: a new database's 14 added columns and one dropped table
/// cost an import's start some 9 ms of CPU, beside the readers, where making the 104 tables and
/// indexes costs 5–6 ms. Migrations stay as they were released (`Migration`); only a run of them
/// is folded, in `Migrator`.
///
/// A column goes where SQLite's `ADD COLUMN` puts it (after the last column, before any table
/// constraint, as `, ` and the column's definition), so the stored schema reads as it would
/// have. A fold is made only when nothing between the two statements could see the difference:
/// between a `CREATE TABLE` and an added column, other tables and indexes may be made and other
/// columns added; between it and its `DROP TABLE`, only its own indexes and columns. Any other
/// statement naming the table (an `INSERT`, a view) keeps the statements as written.
///
/// Statements are read as UTF-8 bytes: every character that matters here is ASCII, and reading
/// them as Swift characters took longer than the statements it saved. They are read as holding
/// no SQL comments, as Vigil's migrations hold none: a quote inside a comment would be taken
/// for a string literal's.
enum SchemaFold {
    static func folded(_ statements: [String]) -> [String] {
        let read = statements.map(Statement.init)
        var kept: [String?] = statements
        for (index, statement) in read.enumerated() {
            switch statement.kind {
            case .addColumn(let table, let definition):
                guard let made = creation(of: table, before: index, in: read, kept: kept, allowingOtherTables: true),
                      let widened = CreateTableText.adding(column: definition, to: kept[made]!) else { continue }
                kept[made] = widened
                kept[index] = nil
            case .dropTable(let table):
                guard let made = creation(of: table, before: index, in: read, kept: kept, allowingOtherTables: false) else { continue }
                for between in made...index where kept[between] != nil && read[between].kind.belongs(to: table) {
                    kept[between] = nil
                }
                kept[made] = nil
                kept[index] = nil
            case .createTable, .createIndex, .other:
                continue
            }
        }
        return kept.compactMap { $0 }
    }

    /// Where `table` was made before `index`, if every statement between that names it is one
    /// of its indexes or added columns (or, when `allowingOtherTables`, another table's
    /// `CREATE TABLE`, which can name it only as a foreign key's target).
    private static func creation(of table: String, before index: Int, in read: [Statement], kept: [String?],
                                 allowingOtherTables: Bool) -> Int? {
        for earlier in stride(from: index - 1, through: 0, by: -1) where kept[earlier] != nil {
            let statement = read[earlier]
            switch statement.kind {
            case .createTable(let made) where made == table:
                return earlier
            case _ where !statement.names.contains(table) || statement.kind.belongs(to: table):
                continue
            case .createTable where allowingOtherTables:
                continue
            default:
                return nil
            }
        }
        return nil
    }

    /// One statement as `SchemaFold` reads it: what it does, and every name it holds.
    struct Statement {
        var kind: Kind
        /// Every run of letters, digits and underscores outside string literals, as written.
        var names: Set<String>

        init(_ statement: String) {
            let bytes = Array(statement.utf8)
            kind = Kind(bytes)
            names = Bytes.names(in: bytes)
        }
    }

    /// What `SchemaFold` needs to know of one statement.
    enum Kind: Equatable {
        case createTable(String)
        case createIndex(on: String)
        case addColumn(table: String, definition: String)
        case dropTable(String)
        case other

        init(_ statement: String) { self.init(Array(statement.utf8)) }

        init(_ bytes: [UInt8]) {
            var words = Bytes.Words(bytes)
            switch (words.nextKeyword(), words.nextKeyword()) {
            case ("CREATE", "TABLE"):
                self = words.next(skipping: ["IF", "NOT", "EXISTS"]).map { .createTable($0) } ?? .other
            case ("CREATE", "INDEX"), ("CREATE", "UNIQUE"):
                // [UNIQUE] INDEX [IF NOT EXISTS] name ON table
                while let keyword = words.nextKeyword(), keyword != "ON" {}
                self = words.next().map { .createIndex(on: $0) } ?? .other
            case ("ALTER", "TABLE"):
                guard let table = words.next(), words.nextKeyword() == "ADD", words.nextKeyword() == "COLUMN" else {
                    self = .other
                    return
                }
                let definition = Bytes.trimmed(words.rest)
                self = definition.isEmpty ? .other : .addColumn(table: table, definition: String(decoding: definition, as: UTF8.self))
            case ("DROP", "TABLE"):
                guard let table = words.next(), Bytes.trimmed(words.rest).isEmpty else {
                    self = .other
                    return
                }
                self = .dropTable(table)
            default:
                self = .other
            }
        }

        /// Whether this statement is one of `table`'s indexes or added columns: what goes when the table does.
        func belongs(to table: String) -> Bool {
            switch self {
            case .createIndex(let indexed): indexed == table
            case .addColumn(let widened, _): widened == table
            case .createTable, .dropTable, .other: false
            }
        }
    }

    /// A `CREATE TABLE` statement's text, widened as SQLite's `ADD COLUMN` widens it.
    enum CreateTableText {
        /// The statement with `column` (a column's definition, name first) after its last column:
        /// at the comma before its first table constraint, or else at its closing parenthesis. Nil
        /// when the statement's parentheses or quotes do not close.
        static func adding(column: String, to statement: String) -> String? {
            let bytes = Array(statement.utf8)
            guard let open = bytes.firstIndex(of: UInt8(ascii: "(")) else { return nil }
            var depth = 0
            var quote: UInt8?
            var lastTopComma: Int?
            var atElementStart = false
            for index in open..<bytes.count {
                let byte = bytes[index]
                if let closing = quote {
                    if byte == closing { quote = nil }
                } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                    quote = byte
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return insert(column, into: bytes, at: index) }
                } else if depth == 1 && byte == UInt8(ascii: ",") {
                    lastTopComma = index
                    atElementStart = true
                } else if atElementStart && !Bytes.isSpace(byte) {
                    atElementStart = false
                    if Bytes.startsTableConstraint(bytes[index...]), let comma = lastTopComma {
                        return insert(column, into: bytes, at: comma)
                    }
                }
            }
            return nil
        }

        private static func insert(_ column: String, into bytes: [UInt8], at index: Int) -> String {
            String(decoding: bytes[..<index], as: UTF8.self) + ", " + column + String(decoding: bytes[index...], as: UTF8.self)
        }
    }

    /// Reading SQL statements' ASCII words from their UTF-8 bytes, as far as `SchemaFold` needs.
    enum Bytes {
        static func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
            default: false
            }
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }

        /// Every run of name bytes outside string literals (in single quotes). A name in double
        /// quotes is a name too, so it is read as one.
        static func names(in bytes: [UInt8]) -> Set<String> {
            var names: Set<String> = []
            var quote: UInt8?
            var start: Int?
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
                if let closing = quote {
                    if byte == closing { quote = nil }
                    continue
                }
                if isNameByte(byte) {
                    if start == nil { start = index }
                    continue
                }
                if let first = start {
                    names.insert(String(decoding: bytes[first..<index], as: UTF8.self))
                    start = nil
                }
                if byte == UInt8(ascii: "'") { quote = byte }
            }
            return names
        }

        /// Whether `text` begins with a table constraint's keyword rather than a column's name.
        static func startsTableConstraint(_ text: ArraySlice<UInt8>) -> Bool {
            let word = String(decoding: text.prefix { isNameByte($0) }, as: UTF8.self).uppercased()
            return ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"].contains(word)
        }

        /// `text` without its leading white space, nor its trailing white space and semicolons.
        static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var text = text.drop { isSpace($0) }
            while let last = text.last, isSpace(last) || last == UInt8(ascii: ";") { text = text.dropLast() }
            return text
        }

        /// A statement's leading words, one at a time; `rest` is what follows the last one taken.
        struct Words {
            private(set) var rest: ArraySlice<UInt8>

            init(_ bytes: [UInt8]) { rest = bytes[...] }

            /// The next word as written (a name), nil when what follows is not a word.
            mutating func next() -> String? {
                let start = rest.drop { Bytes.isSpace($0) }
                let word = start.prefix { Bytes.isNameByte($0) }
                guard !word.isEmpty else { return nil }
                rest = start[word.endIndex...]
                return String(decoding: word, as: UTF8.self)
            }

            /// The next word in capitals (a keyword).
            mutating func nextKeyword() -> String? { next()?.uppercased() }

            /// The next word after any of `optional` (such as `IF NOT EXISTS`).
            mutating func next(skipping optional: Set<String>) -> String? {
                while let word = next() {
                    if !optional.contains(word.uppercased()) { return word }
                }
                return nil
            }
        }
    }
}
