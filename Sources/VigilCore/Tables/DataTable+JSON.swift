extension DataTable {
    /// A JSON array with one object per row, keys in column order.
    ///
    /// Written by hand rather than through `JSONEncoder` so that key order follows the
    /// columns and numbers print the same as in CSV.
    public func json() -> String {
        var out = "["
        for (index, row) in rows.enumerated() { appendJSONObject(row, at: index, to: &out) }
        out += jsonEnd
        return out
    }

    /// Row `index` as `json()` writes it (after the opening `[`), appended to `out`: a streamed
    /// download writes `[`, these, then `jsonEnd`, and so holds exactly the bytes of `json()`.
    public func appendJSONObject(_ row: [TableValue], at index: Int, to out: inout String) {
        out += index == 0 ? "\n  {" : ",\n  {"
        for (c, value) in row.enumerated() {
            if c > 0 { out += ", " }
            out += DataTable.jsonString(columns[c]) + ": " + DataTable.jsonValue(value)
        }
        out += "}"
    }

    /// What closes `json()`'s array.
    public var jsonEnd: String { rows.isEmpty ? "]\n" : "\n]\n" }

    static func jsonValue(_ value: TableValue) -> String {
        switch value {
        case .null: return "null"
        case .text(let s): return jsonString(s)
        case .integer(let i): return String(i)
        case .boolean(let b): return b ? "true" : "false"
        case .number(let d): return d.isFinite ? TableValue.format(d) : "null"
        }
    }

    /// `s` as a JSON string literal, quotes included (`<` escaped, so it is safe inside HTML).
    public static func jsonString(_ s: String) -> String {
        var out = ""
        appendJSONString(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal (see `jsonString`) to `out`, without a string of its own.
    public static func appendJSONString(_ s: String, to out: inout String) {
        // Most text needs no escape: one pass over its bytes, then one copy.
        guard needsJSONEscape(s) else {
            out += "\""
            out += s
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        appendJSONString(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal (see `jsonString`) to UTF-8 bytes: for writers of many
    /// literals, to whom appending bytes costs less than appending to a string.
    ///
    /// Quote, backslash, controls and `<` are escaped; every other byte, those of characters
    /// beyond ASCII included, stands for itself.
    public static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard needsJSONEscape(s) else {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)  // safe to embed in HTML
            case ..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(contentsOf: [byte].lowercaseHex.utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func needsJSONEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") }
    }
}
