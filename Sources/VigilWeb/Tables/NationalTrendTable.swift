import VigilCore
import VigilStore

/// The `national/trend` download: the national total average daily population per release,
/// with the file each total came from.
enum NationalTrendTable {
    static let columns = [
        "as_of_date", "fiscal_year", "total_adp", "facility_count", "occupied_facility_count",
        "release_sha256", "release_file_name", "is_synthetic",
    ]

    static func make(_ points: [PopulationTrendPoint], releases: [ReleaseSummary]) -> DataTable {
        let byID = Dictionary(uniqueKeysWithValues: releases.map { ($0.id, $0) })
        var table = DataTable(columns: columns)
        for point in points {
            let release = byID[point.releaseID]
            table.append([
                .text(point.asOfDate.iso), .integer(point.fiscalYear.year), .number(point.totalAverageDailyPopulation),
                .integer(point.facilityCount), .integer(point.occupiedFacilityCount),
                TableValue(release?.primaryFile.sha256), TableValue(release?.primaryFile.fileName),
                .boolean(release?.isSynthetic ?? false),
            ])
        }
        return table
    }
}
