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
        if appendAsStored(row, types: types, to: &buffer) { return }
        buffer.writeInteger(Int16(row.count))
        for (column, value) in row.enumerated() {
            guard appendBinary(value, as: types[column], to: &buffer) else {
                throw BinaryValueMismatch(column: column, value: value.shownInMismatch)
            }
        }
    }

    /// Appends the row at once when every value goes into its column without being converted
    /// from text or to it (the usual row): its size worked out first, then its bytes stored into
    /// one stretch of the buffer. False, with nothing written, for any other row, which goes a
    /// value at a time (`appendBinary`).
    ///
    /// A value at a time, a row of facility observations is some seventy writes to the buffer,
    /// each checking its capacity, that it is not shared, and exclusive access to its storage:
    /// most of the time Vigil spent on a copy.
    private static func appendAsStored(_ row: [SQLValue], types: [PostgresCopyColumnType], to buffer: inout ByteBuffer) -> Bool {
        var size = 2
        for (value, type) in zip(row, types) {
            guard let fieldSize = storedSize(of: value, as: type) else { return false }
            size += fieldSize
        }
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { bytes in
            var at = 0
            func store<Value: FixedWidthInteger>(_ value: Value) {
                bytes.storeBytes(of: value.bigEndian, toByteOffset: at, as: Value.self)  // big-endian, the format's byte order
                at += MemoryLayout<Value>.size
            }
            func storeField<Value: FixedWidthInteger>(_ value: Value) {
                store(Int32(MemoryLayout<Value>.size))
                store(value)
            }
            func storeWhole(_ value: Int, as type: PostgresCopyColumnType) {
                switch type {
                case .smallint: storeField(Int16(value))
                case .integer: storeField(Int32(value))
                case .bigint, .double, .text: storeField(Int64(value))
                }
            }
            store(Int16(row.count))
            for (value, type) in zip(row, types) {
                switch value {
                case .integer(nil), .real(nil), .text(nil):
                    store(Int32(-1))
                case .integer(let v?):
                    if type == .double { storeField(Double(v).bitPattern) } else { storeWhole(v, as: type) }
                case .real(let v?):
                    if type == .double { storeField(v.bitPattern) } else { storeWhole(v.smallWholeNumber!, as: type) }
                case .text(let v?):
                    _ = v.utf8.withContiguousStorageIfAvailable { text in
                        store(Int32(text.count))
                        UnsafeMutableRawBufferPointer(rebasing: bytes[at..<(at + text.count)]).copyMemory(from: UnsafeRawBufferPointer(text))
                        at += text.count
                    }
                }
            }
            return size
        }
        return true
    }

    /// The bytes `value` takes as a field of a column of `type` (its length, then itself) when it
    /// goes in as it is; nil when it must be converted from text or to it, or its column cannot
    /// hold it (`appendBinary` then says so).
    private static func storedSize(of value: SQLValue, as type: PostgresCopyColumnType) -> Int? {
        let whole: Int
        switch value {
        case .integer(nil), .real(nil), .text(nil):
            return 4
        case .text(let v?):
            return type == .text && v.isContiguousUTF8 ? 4 + v.utf8.count : nil
        case .integer(let v?):
            if type == .double { return 12 }
            whole = v
        case .real(let v?):
            if type == .double { return 12 }
            guard let w = v.smallWholeNumber else { return nil }
            whole = w
        }
        switch type {
        case .smallint: return Int16(exactly: whole) == nil ? nil : 6
        case .integer: return Int32(exactly: whole) == nil ? nil : 8
        case .bigint: return 12
        case .double, .text: return nil
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
