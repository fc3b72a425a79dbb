import Foundation
import VigilTestSupport

/// One ice-stats line of `MANIFEST.csv`, with the facts its `notes` column records:
/// "sheet 'Facilities FY21 YTD'; IIDS as-of 2020-12-28; header row 7; 31 cols; header variant 0".
struct ManifestEntry {
    let fileName: String
    let rows: Int
    let sheet: String
    let asOf: String
    let headerRow: Int
    let columnCount: Int
    let headerVariant: Int
    let notes: String

    static func load() throws -> [String: ManifestEntry] {
        let url = try SharedData.require(SharedIceStatsData.manifestPath)
        var entries: [String: ManifestEntry] = [:]
        for record in try CSVRecords.read(url) {
            guard let path = record["path"], path.hasPrefix("ice-stats/"), let notes = record["notes"] else { continue }
            let fileName = String(path.dropFirst("ice-stats/".count))
            guard let sheet = capture(notes, after: "sheet '", until: "'"),
                  let asOf = capture(notes, after: "IIDS as-of ", until: ";"),
                  let header = capture(notes, after: "header row ", until: ";").flatMap({ Int($0) }),
                  let columns = capture(notes, after: "; ", until: " cols").flatMap({ Int($0.split(separator: " ").last ?? "") }),
                  let variant = capture(notes, after: "header variant ", until: ";").flatMap({ Int($0.prefix { $0.isNumber }) }),
                  let rows = record["rows"].flatMap({ Int($0) }) else { continue }
            entries[fileName] = ManifestEntry(fileName: fileName, rows: rows, sheet: sheet, asOf: asOf,
                                              headerRow: header, columnCount: columns, headerVariant: variant, notes: notes)
        }
        return entries
    }

    /// The text between `start` and the next `end` (or the end of `text`).
    private static func capture(_ text: String, after start: String, until end: String) -> String? {
        guard let from = text.range(of: start) else { return nil }
        let rest = text[from.upperBound...]
        let to = rest.range(of: end)?.lowerBound ?? rest.endIndex
        return String(rest[..<to])
    }
}
