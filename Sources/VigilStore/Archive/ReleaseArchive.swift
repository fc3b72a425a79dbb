import SQLKit
import VigilCore

/// Stores ICE detention-statistics releases, each whole or not at all, keyed by the SHA-256 of
/// its bytes, so that a re-import changes nothing and a failed import leaves nothing behind.
public struct ReleaseArchive: Sendable {
    public let database: VigilDatabase
    /// False only to measure what detection costs (`vigil import ice-stats --skip-event-detection`,
    /// hidden): the expansion events then lag the releases until the next import or matching run.
    public var detectsExpansionEvents = true
    /// Shared by the copies of this archive, so a batch of imports reads back only what each adds.
    let expansionEvents = ExpansionEventCache()

    public init(database: VigilDatabase, detectsExpansionEvents: Bool = true) {
        self.database = database
        self.detectsExpansionEvents = detectsExpansionEvents
        database.postgresCopyShapes.readTogether(Self.tablesCopiedTogether)
    }

    /// The tables a group's rows are copied into, one after another, on PostgreSQL: their shapes are
    /// read in one query (`PostgresCopyTarget.read`). `release_files` is left out: a group has too
    /// few files to copy them in the binary format, which is what a shape is read for.
    static let tablesCopiedTogether = ["release_anomalies", "facility_observations", "segregation_placements",
                                       "vulnerable_segregation", "expansion_events"]

    /// Archives one release. A synthetic (demo) release is marked so every page can say so;
    /// archiving a real release removes any synthetic ones in the same transaction, so demo
    /// figures never mix with real ones.
    @discardableResult
    public func archive(_ release: IceStatsRelease, synthetic: Bool = false) async throws -> ArchiveOutcome {
        try await archive(PreparedRelease(release), synthetic: synthetic)
    }

    /// Archives one release prepared beforehand (see `PreparedRelease`).
    @discardableResult
    public func archive(_ prepared: PreparedRelease, synthetic: Bool = false) async throws -> ArchiveOutcome {
        try await archiveTogether([prepared], synthetic: synthetic)[0].outcome.get()
    }

    /// What archiving one release of a group did, and how long its own part took.
    public struct Stored: Sendable {
        public var outcome: Result<ArchiveOutcome, any Error>
        /// Its own statements; the group's shared part (events, commit) is not in it.
        public var seconds: Double
    }

    /// Archives several releases, each whole or not at all, and says what became of each.
    ///
    /// They are stored in one transaction, their expansion events worked out once for all of
    /// them before the commit: a batch import stores the workbooks read by then together, and
    /// this halved the time ICE's 30 workbooks spent storing. Should the database refuse any of
    /// them, that transaction is rolled back and each release is stored again in a transaction
    /// of its own, so the refusal is only that release's and the others are kept.
    public func archive(group: [PreparedRelease], synthetic: Bool = false) async -> [Stored] {
        if group.count > 1, let stored = try? await archiveTogether(group, synthetic: synthetic) { return stored }
        var stored: [Stored] = []
        for prepared in group {
            let started = ContinuousClock.now
            do {
                stored += try await archiveTogether([prepared], synthetic: synthetic)
            } catch {
                stored.append(Stored(outcome: .failure(error), seconds: ReleaseImportBatch.seconds(since: started)))
            }
        }
        return stored
    }

    /// Stores `group` in one transaction, or none of it.
    private func archiveTogether(_ group: [PreparedRelease], synthetic: Bool) async throws -> [Stored] {
        let database = self.database
        let detectsEvents = detectsExpansionEvents
        let expansionEvents = self.expansionEvents
        let (stored, snapshot) = try await database.transaction { db -> ([Stored], ExpansionEventCache.Snapshot?) in
            var stored: [Stored] = []
            var added: [ExpansionEventDetection.AddedRelease] = []
            var children = ReleaseChildRows()
            var lookup = try await ReleaseGroupLookup(group, synthetic: synthetic, on: db)
            // Whether each is certainly new depends only on what was stored before the group and on the releases before it.
            let certainlyNew = group.map { lookup.isCertainlyNew($0) }
            var position = 0
            while position < group.count {
                let started = ContinuousClock.now
                // A run of releases certainly new takes one statement for their rows in `releases`.
                let run = group[position..<(certainlyNew[position...].firstIndex(of: false) ?? group.count)]
                guard run.isEmpty else {
                    try await removeSyntheticReleases(storing: synthetic, lookup: &lookup, on: db)
                    let inserted = try await insert(run, synthetic: synthetic, at: Timestamp.now(), children: &children, on: db)
                    let each = ReleaseImportBatch.seconds(since: started) / Double(run.count)
                    stored += inserted.map { Stored(outcome: .success($0.outcome), seconds: each) }
                    added += inserted.map(\.added)
                    position = run.endIndex
                    continue
                }
                let (outcome, addedRelease) = try await store(group[position], synthetic: synthetic, lookup: &lookup, children: &children, on: db)
                stored.append(Stored(outcome: .success(outcome), seconds: ReleaseImportBatch.seconds(since: started)))
                if let addedRelease { added.append(addedRelease) }
                position += 1
            }
            // What changed since the previous release (and, for a release imported out of order, in
            // the next one): read now, worked out beside the storing of the group's rows (on the
            // other core, behind them: 3–4 ms a group for ICE's workbooks), written after them.
            guard detectsEvents, !added.isEmpty else {
                try await children.flush(in: database, session: db)
                return (stored, nil)
            }
            let plan = ExpansionEventDetection.Handover(try await ExpansionEventDetection.plan(on: db, cache: expansionEvents, added: added))
            async let work = ExpansionEventDetection.workBeside(plan)
            try await children.flush(in: database, session: db)
            return (stored, try await ExpansionEventDetection.write(await work, on: db, database: database))
        }
        // Only now that it is committed does the snapshot describe the database.
        expansionEvents.keep(snapshot)
        return stored
    }

    /// Stores one release that may not be new (its file or content may be stored, or be in a
    /// release of its group before it) inside the caller's transaction; the release to detect
    /// events for when it is a new one after all. A new release's rows in the tables under it are
    /// added to `children`, for the caller to store with those of the other releases of its group.
    private func store(_ prepared: PreparedRelease, synthetic: Bool, lookup: inout ReleaseGroupLookup, children: inout ReleaseChildRows,
                       on db: any SQLDatabase) async throws -> (ArchiveOutcome, ExpansionEventDetection.AddedRelease?) {
        let release = prepared.release
        // This file, or the release it copies, may be one of the group's earlier ones, whose rows
        // are still pending: they are stored first, so what is read here counts them.
        try await children.flush(in: database, session: db)
        if let existing = try await ArchivedFile.find(release.source.sha256, in: .releaseFiles, on: db), let releaseID = existing.id {
            let added = try await backfillSegregation(of: release, releaseID: releaseID, on: db)
            if added.segregation + added.vulnerable > 0 {
                return (.backfilled(releaseID: releaseID, asFileName: existing.fileName,
                                    segregationRows: added.segregation, vulnerableRows: added.vulnerable), nil)
            }
            return (.alreadyArchived(releaseID: releaseID, asFileName: existing.fileName), nil)
        }
        try await removeSyntheticReleases(storing: synthetic, lookup: &lookup, on: db)
        // The release stored from another file: a real release removes every synthetic one, so
        // only a synthetic one has a synthetic twin.
        let twin = try await db.raw("""
            SELECT r.id AS release_id, f.file_name FROM releases r
            JOIN release_files f ON f.release_id = r.id
            WHERE r.content_fingerprint = \(bind: prepared.fingerprint) AND r.is_synthetic <= \(bind: synthetic ? 1 : 0)
            ORDER BY f.imported_at, f.file_name LIMIT 1
            """).first(decoding: TwinLookup.self)
        let now = Timestamp.now()
        if let twinID = twin?.release_id, let twinFile = twin?.file_name {
            children.add(file: release.source, releaseID: twinID, at: now)
            let note = ReleaseAnomaly(
                .republishedUnderAnotherName(file: release.source.fileName, asOfDate: release.asOfDate, original: twinFile),
                at: SourceLocation(file: release.source.fileName))
            children.add(anomalies: [note], releaseID: twinID)
            // The twin may predate segregation sheets being read; this copy can fill them in.
            try await children.flush(in: database, session: db)
            try await backfillSegregation(of: release, releaseID: twinID, on: db)
            return (.republished(releaseID: twinID, originalFileName: twinFile), nil)
        }
        let inserted = try await insert([prepared], synthetic: synthetic, at: now, children: &children, on: db)[0]
        return (inserted.outcome, inserted.added)
    }

    /// Stores releases found to be new, their rows in `releases` in one statement (on PostgreSQL,
    /// one INSERT each, waited for in turn, had taken 15 ms of a 148 ms group of 20 of ICE's
    /// workbooks in the server's statement log), their rows under them added to `children`.
    private func insert(_ releases: some Collection<PreparedRelease>, synthetic: Bool, at now: String, children: inout ReleaseChildRows,
                        on db: any SQLDatabase) async throws -> [(outcome: ArchiveOutcome, added: ExpansionEventDetection.AddedRelease)] {
        let rows: [[SQLValue]] = releases.map { prepared in
            let release = prepared.release
            return [.text(prepared.fingerprint), .text(release.asOfDate.iso), .integer(release.fiscalYear.year), .text(release.sheetName),
                    .integer(release.headerRow), .text(release.layout.rawValue), .text(release.printedAsOfDate?.iso),
                    .text(release.fileNameDate?.iso), .text(prepared.columnsJSON), .integer(release.facilities.count),
                    .real(release.totalAverageDailyPopulation), .integer(synthetic ? 1 : 0), .text(now)]
        }
        let ids = try await BulkInsert(table: "releases", columns: Self.releaseColumns).run(rows, returning: ["id"], in: database, session: db)
        guard ids.count == releases.count else { throw ArchiveError.noIdentifierReturned }
        return zip(releases, ids).map { prepared, returned in
            let (release, releaseID) = (prepared.release, returned[0])
            children.add(file: release.source, releaseID: releaseID, at: now)
            children.add(anomaliesOf: prepared, releaseID: releaseID)
            children.add(facilitiesOf: prepared, releaseID: releaseID)
            children.add(segregationOf: release, releaseID: releaseID)
            children.add(vulnerableSegregationOf: release, releaseID: releaseID)
            return (.archived(releaseID: releaseID, facilityCount: release.facilities.count, anomalyCount: release.anomalies.count),
                    .init(id: releaseID, prepared: prepared))
        }
    }

    /// The columns `insert` fills in `releases`, in the order of its values.
    private static let releaseColumns = [
        "content_fingerprint", "as_of_date", "fiscal_year", "sheet_name", "header_row", "layout", "printed_as_of_date",
        "file_name_date", "columns_json", "facility_count", "total_adp", "is_synthetic", "imported_at"]

    /// Deletes every synthetic (demo) release. Returns how many there were.
    @discardableResult
    public func removeSyntheticReleases() async throws -> Int {
        try await database.transaction { db in
            struct Count: Decodable { var n: Int }
            let count = try await db.raw("SELECT COUNT(*) AS n FROM releases WHERE is_synthetic = 1").first(decoding: Count.self)?.n ?? 0
            try await db.raw("DELETE FROM releases WHERE is_synthetic = 1").run()
            return count
        }
    }

    /// The twin: the stored release with the same content, and the first file it came from.
    private struct TwinLookup: Decodable { var release_id: Int; var file_name: String }

    /// Storing a real release removes every synthetic (demo) one, so demo figures never mix with
    /// real ones: the first release of a group to be stored does it, in the group's transaction.
    private func removeSyntheticReleases(storing synthetic: Bool, lookup: inout ReleaseGroupLookup,
                                         on db: any SQLDatabase) async throws {
        guard !synthetic, lookup.syntheticReleases > 0 else { return }
        try await db.raw("DELETE FROM releases WHERE is_synthetic = 1").run()
        lookup.syntheticRemoved()
    }

    /// Adds the segregation rows of a release stored before they were read — each table only
    /// when the stored release has none of its rows — with the anomalies found on those sheets.
    /// Runs inside the caller's transaction. Returns how many rows each table gained.
    @discardableResult
    private func backfillSegregation(of release: IceStatsRelease, releaseID: Int,
                                     on db: any SQLDatabase) async throws -> (segregation: Int, vulnerable: Int) {
        guard !release.segregationPlacements.isEmpty || !release.vulnerableSegregation.isEmpty else { return (0, 0) }
        struct Count: Decodable { var n: Int }
        func storedRows(_ table: String) async throws -> Int {
            try await db.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE release_id = \(bind: releaseID)")
                .first(decoding: Count.self)?.n ?? 0
        }
        var added = (segregation: 0, vulnerable: 0)
        var sheets = Set<String>()
        // Stored at once, not with the group's: another copy of the same release may come next and count them.
        var rows = ReleaseChildRows()
        if !release.segregationPlacements.isEmpty, try await storedRows("segregation_placements") == 0 {
            rows.add(segregationOf: release, releaseID: releaseID)
            added.segregation = release.segregationPlacements.count
            sheets.formUnion(release.segregationPlacements.compactMap(\.location.sheet))
        }
        if !release.vulnerableSegregation.isEmpty, try await storedRows("vulnerable_segregation") == 0 {
            rows.add(vulnerableSegregationOf: release, releaseID: releaseID)
            added.vulnerable = release.vulnerableSegregation.count
            sheets.formUnion(release.vulnerableSegregation.compactMap(\.location.sheet))
        }
        rows.add(anomalies: release.anomalies.filter { anomaly in anomaly.location?.sheet.map { sheets.contains($0) } ?? false },
                 releaseID: releaseID)
        try await rows.flush(in: database, session: db)
        return added
    }
}

public enum ArchiveError: Error, CustomStringConvertible {
    case noIdentifierReturned

    public var description: String { "The database did not return the new release's id." }
}
