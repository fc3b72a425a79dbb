import VigilCore

/// Where each known column is in a CSV header whose columns are named by a field enum
/// (`IncidentField`, `CaseField`): any order and any case, with unknown, repeated and missing
/// columns refused by name, so that a misspelt column cannot silently drop a field.
enum HeaderColumns {
    /// - Parameters:
    ///   - required: the fields whose columns must be present.
    ///   - leftOutNote: what the refusal says may be left out, e.g. "(visibility and source_url may be left out)".
    static func map<Field: RawRepresentable & CaseIterable & Hashable>(
        _ header: DelimitedText.Record, fileName: String, required: [Field], leftOutNote: String
    ) throws -> [Field: Int] where Field.RawValue == String {
        let expected = Field.allCases.map(\.rawValue).joined(separator: ",")
        let names = header.fields.map(HeaderName.fold)
        if names.count == 1, let other = [";", "\t", "|"].first(where: { header.fields[0].contains($0) }) {
            let shown = other == "\t" ? "tabs" : "“\(other)”"
            throw ImportFailure(file: fileName, row: header.line, """
                the header is not comma-separated (it looks separated by \(shown)): save the file as CSV with commas, \
                with the columns \(expected)
                """)
        }
        var columns: [Field: Int] = [:]
        var unknown: [String] = []
        for (index, name) in names.enumerated() {
            guard let field = Field(rawValue: name) else {
                unknown.append(header.fields[index].isEmpty ? "(a blank column \(index + 1))" : "“\(header.fields[index])”")
                continue
            }
            if columns[field] != nil {
                throw ImportFailure(file: fileName, row: header.line, column: field.rawValue, "the header names this column twice")
            }
            columns[field] = index
        }
        if !unknown.isEmpty {
            throw ImportFailure(file: fileName, row: header.line, """
                the header has column\(unknown.count == 1 ? "" : "s") Vigil does not know: \(unknown.joined(separator: ", ")). \
                The columns are \(expected) \(leftOutNote).
                """)
        }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            throw ImportFailure(file: fileName, row: header.line, """
                the header lacks the column\(missing.count == 1 ? "" : "s") \(missing.map(\.rawValue).joined(separator: ", ")); \
                expected \(expected)
                """)
        }
        return columns
    }
}
