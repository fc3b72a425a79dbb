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
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") }) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe to embed in HTML
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
