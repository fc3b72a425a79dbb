import VigilCore
import VigilStore

/// The `segregation/national` download: people in segregation per month, the facility lines
/// of the month's latest edition summed, with the release they came from.
enum SegregationMonthsTable {
    static let columns = [
        "month", "people_in_segregation_summed", "facilities_listed", "source_file", "release_as_of", "sheet", "editions",
    ]

    static func make(_ months: [SegregationNationalMonth]) -> DataTable {
        var table = DataTable(columns: columns)
        for m in months {
            table.append([
                .text(m.month), .integer(m.total), .integer(m.facilitiesReporting), .text(m.sourceFileName),
                TableValue(m.releaseAsOfDate), .text(m.sheet), .integer(m.editions),
            ])
        }
        return table
    }
}
