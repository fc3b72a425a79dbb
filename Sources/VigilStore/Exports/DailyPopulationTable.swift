import VigilCore

/// The `daily-population` table: midnight and 24-hour populations per facility and day, as
/// Vigil computed them from the most recently imported person-level file (each import's
/// series is stored apart; this table never mixes two). Non-zero days only. Aggregates
/// only: no person-level row ever leaves the database.
public enum DailyPopulationTable {
    public static let columns = ["facility_code", "date", "midnight_pop", "daily_pop_24h"]

    public static func make(_ days: [DailyPopulationQueries.StayDay]) -> DataTable {
        var table = DataTable(columns: columns)
        table.rows.reserveCapacity(days.count)
        for d in days where d.midnight_pop != 0 || d.daily_pop_24h != 0 {
            table.append([.text(d.facility_code), .text(d.date), .integer(d.midnight_pop), .integer(d.daily_pop_24h)])
        }
        return table
    }
}

/// The `daily-population-sources` table: every stored daily population series, one row per
/// source file, definition, facility and day, labelled so sources are never mixed unawares.
public enum DailyPopulationSourcesTable {
    public static let columns = ["source", "definition", "source_file", "source_sha256", "facility_code", "date", "population"]

    public static func make(_ points: [DailyPopulationQueries.SeriesPoint]) -> DataTable {
        var table = DataTable(columns: columns)
        table.rows.reserveCapacity(points.count)
        for p in points {
            table.append([.text(p.source), .text(p.definition), .text(p.file_name), .text(p.sha256),
                          .text(p.facility_code), .text(p.date), .integer(p.population)])
        }
        return table
    }
}
