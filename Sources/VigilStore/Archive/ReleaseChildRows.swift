import SQLKit
import VigilCore

/// Rows of the tables under `releases` (the files, anomalies, facility rows, segregation
/// placements and vulnerable-population rows), gathered before they are stored: releases stored
/// together take one statement per table (a COPY on PostgreSQL) rather than one per release each.
///
/// The facility rows, most of a group's, are kept as the releases that hold them and made into
/// values only as they are written. On PostgreSQL that happens while the server loads the rows
/// already sent. Made beforehand, they kept the server waiting: a group of 16–21 of ICE's
/// workbooks took 7.7–8.4 ms from looking its files up to having its releases inserted and the
/// rows under them made, the server busy only with the one INSERT.
struct ReleaseChildRows {
    private var files: [[SQLValue]] = []
    private var anomalies: [[SQLValue]] = []
    private var facilities: [(prepared: PreparedRelease, releaseID: Int)] = []
    private var facilityCount = 0
    private var segregation: [[SQLValue]] = []
    private var vulnerable: [[SQLValue]] = []

    mutating func add(file: SourceFile, releaseID: Int, at now: String) {
        files.append([.text(file.sha256), .integer(releaseID), .text(file.fileName), .integer(file.byteCount), .text(now)])
    }

    mutating func add(anomalies list: [ReleaseAnomaly], releaseID: Int) {
        anomalies += list.map { ReleaseAnomalyRecord(releaseID: releaseID, $0).values }
    }

    mutating func add(anomaliesOf prepared: PreparedRelease, releaseID: Int) {
        anomalies += prepared.anomalyRows(releaseID: releaseID).map(\.values)
    }

    mutating func add(facilitiesOf prepared: PreparedRelease, releaseID: Int) {
        facilities.append((prepared, releaseID))
        facilityCount += prepared.release.facilities.count
    }

    mutating func add(segregationOf release: IceStatsRelease, releaseID: Int) {
        segregation += release.segregationPlacements.map { SegregationPlacementRecord(releaseID: releaseID, count: $0).values }
    }

    mutating func add(vulnerableSegregationOf release: IceStatsRelease, releaseID: Int) {
        vulnerable += release.vulnerableSegregation.map { VulnerableSegregationRecord(releaseID: releaseID, row: $0).values }
    }

    /// Stores them in the caller's transaction, each table's rows in the order they were added,
    /// and forgets them.
    mutating func flush(in database: VigilDatabase, session db: any SQLDatabase) async throws {
        defer { self = ReleaseChildRows() }
        try await BulkInsert(table: "release_files", columns: ["sha256", "release_id", "file_name", "byte_count", "imported_at"])
            .run(files, in: database, session: db)
        try await BulkInsert(table: "release_anomalies", columns: ReleaseAnomalyRecord.columns).run(anomalies, in: database, session: db)
        try await BulkInsert(table: "facility_observations", columns: FacilityObservationRecord.columns)
            .stream(facilities.lazy.flatMap { $0.prepared.facilityValues(releaseID: $0.releaseID) }, count: facilityCount,
                    in: database, session: db)
        try await BulkInsert(table: "segregation_placements", columns: SegregationPlacementRecord.columns)
            .run(segregation, in: database, session: db)
        try await BulkInsert(table: "vulnerable_segregation", columns: VulnerableSegregationRecord.columns)
            .run(vulnerable, in: database, session: db)
    }
}
