extension DataTable {
    /// RFC 4180 CSV with a header line and CRLF line ends.
    ///
    /// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
    /// tab or carriage return) are prefixed with `'` when they are text, so a downloaded
    /// table cannot carry a formula into someone's spreadsheet. Numbers are left as they are.
    public func csv() -> String {
        var out = ""
        out.reserveCapacity(rows.count * columns.count * 8)
        out += csvHeaderLine()
        for row in rows { appendCSVLine(row, to: &out) }
        return out
    }

    /// The header line, with its CRLF: what `csv()` starts with.
    public func csvHeaderLine() -> String {
        columns.map(DataTable.csvField).joined(separator: ",") + "\r\n"
    }

    /// One row as `csv()` writes it, with its CRLF, appended to `out`: a streamed download
    /// writes the header line and then these, and so holds exactly the bytes of `csv()`.
    public func appendCSVLine(_ row: [TableValue], to out: inout String) {
        var first = true
        for value in row {
            if !first { out += "," }
            first = false
            switch value {
            case .text(let s): out += DataTable.csvField(DataTable.defuseFormula(s))
            default: out += value.plainText
            }
        }
        out += "\r\n"
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        var quoted = "\""
        for c in s {
            quoted.append(c)
            if c == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }

    static func defuseFormula(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        // A plain negative number written as text is data, not a formula.
        if first == "-", Double(s) != nil { return s }
        return "'" + s
    }
}
