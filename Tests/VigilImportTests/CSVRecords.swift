import Foundation

/// A minimal RFC 4180 reader for the shared data's CSV files (quoted fields, doubled quotes,
/// newlines inside quotes), enough for tests to read the manifest and the parsed snapshots.
enum CSVRecords {
    /// Rows as dictionaries keyed by the header row.
    static func read(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = parse(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0.count > 1 || $0.first?.isEmpty == false }.map { fields in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() { record[name] = index < fields.count ? fields[index] : "" }
            return record
        }
    }

    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field); field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
