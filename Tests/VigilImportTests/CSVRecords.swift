import Foundation
@testable import VigilImport

/// The shared data's CSV files (the manifest, the parsed snapshots) as rows keyed by their
/// header, read by Vigil's one delimited-text reader.
enum CSVRecords {
    /// Rows as dictionaries keyed by the header row.
    static func read(_ url: URL) throws -> [[String: String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = try DelimitedText.records(text, delimiter: ",", fileName: url.lastPathComponent).map(\.fields)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().filter { $0.count > 1 || $0.first?.isEmpty == false }.map { fields in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() { record[name] = index < fields.count ? fields[index] : "" }
            return record
        }
    }
}
