import VigilCore

/// The `releases` table: one row per archived release. Its columns are a documented,
/// stable interface (README, docs/exports.md); add columns at the end, never rename.
public enum ReleaseTable {
    public static let columns = [
        "sha256", "file_name", "as_of_date", "fiscal_year", "facility_count", "total_adp",
        "anomaly_count", "anomalies", "sheet_name", "header_row", "layout", "printed_as_of_date",
        "file_name_date", "other_files", "byte_count", "imported_at", "is_synthetic",
    ]

    public static func make(_ releases: [ReleaseSummary]) -> DataTable {
        var table = DataTable(columns: columns)
        for r in releases {
            let kinds = Dictionary(grouping: r.anomalies, by: \.kind).sorted { $0.key.rawValue < $1.key.rawValue }
            let anomalyText = kinds.map { kind, list in
                let n = list.map(\.occurrences).reduce(0, +)
                return n > 1 ? "\(kind.rawValue) (\(n))" : kind.rawValue
            }.joined(separator: "; ")
            table.append([
                .text(r.primaryFile.sha256), .text(r.primaryFile.fileName), .text(r.asOfDate.iso),
                .integer(r.fiscalYear.year), .integer(r.facilityCount), .number(r.totalAverageDailyPopulation),
                .integer(r.anomalies.count), .text(anomalyText), .text(r.sheetName), .integer(r.headerRow),
                .text(r.layout), TableValue(r.printedAsOfDate), TableValue(r.fileNameDate),
                .text(r.files.dropFirst().map(\.fileName).joined(separator: "; ")),
                .integer(r.primaryFile.byteCount), .text(r.importedAt), .boolean(r.isSynthetic),
            ])
        }
        return table
    }
}
