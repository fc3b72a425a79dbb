import Foundation

/// A small reader for delimited text (CSV, pipe-delimited): RFC 4180 quoting, and LF, CRLF
/// or CR-only line ends (The Marshall Project's locations file ends lines with CR alone).
enum DelimitedText {
    /// A record and the 1-based line it starts on.
    struct Record: Sendable {
        var line: Int
        var fields: [String]
    }

    /// Guesses the delimiter from the first line: `|` when it has more pipes than commas.
    static func delimiter(of text: String) -> Character {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        return firstLine.filter { $0 == "|" }.count > firstLine.filter { $0 == "," }.count ? "|" : ","
    }

    static func records(_ text: String, delimiter: Character) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            atFieldStart = true
        }
        var characters = text.makeIterator()
        var pending: Character?
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    if c == "\n" || c == "\r" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && atFieldStart {
                quoted = true
                atFieldStart = false
            } else if c == delimiter {
                fields.append(field)
                field = ""
                atFieldStart = true
            } else if c == "\n" || c == "\r" || c == "\r\n" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
