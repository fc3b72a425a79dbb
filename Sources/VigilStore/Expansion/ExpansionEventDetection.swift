import SQLKit
import Synchronization
import VigilCore

/// Keeps `expansion_events` equal to what `ExpansionEventDetector` finds in the stored
/// releases. Run inside the transaction that changes releases or facility identity (a release
/// import, a matching run), so events never disagree with the releases they name.
///
/// The events are always those a detection over every stored release finds: "the previous
/// release" of a release is the one just before it by as-of date (then content fingerprint)
/// among those stored, so a release imported out of order changes the events of the release
/// after it, and a release seen earlier turns a later "new" into "reopened". Rows whose content
/// is unchanged are left as they are, keeping the moment they were first detected.
enum ExpansionEventDetection {
    /// Recomputes every event and writes what changed. Returns the snapshot to keep in `cache`
    /// once the caller's transaction has committed (see `ExpansionEventCache`).
    ///
    /// With a `cache` holding a snapshot at the current data version, and `added` the releases
    /// this transaction stored, nothing is read back but the data version and the count of
    /// releases: the events are the same as from a full read, since nothing else changed since the
    /// snapshot was taken. Then only the releases from the first one added are worked out again;
    /// when releases were put in before others, only they and the release after each are, the
    /// others' stored events adjusted (`ExpansionEventDetector.eventsAndListed(in:inserted:stored:)`).
    ///
    /// In three steps, which a caller may run apart: `plan` reads, `work` works the events out
    /// without the database, `write` writes them.
    @discardableResult
    static func recompute(on db: any SQLDatabase, database: VigilDatabase, cache: ExpansionEventCache? = nil,
                          added: [AddedRelease] = []) async throws -> ExpansionEventCache.Snapshot {
        try await write(work(plan(on: db, cache: cache, added: added)), on: db, database: database)
    }

    /// What recomputing needs from the database. It reads only releases and facility rows other
    /// than those of `added`, which it takes from memory, so it can be read before the rows under
    /// `added` are written.
    struct Plan: Sendable {
        var version: Int64
        /// Every release but those added, in any order.
        var stored: [ExpansionRelease]
        /// The releases this transaction stored, as the archive holds them: made into releases for
        /// detection by `work`, beside the storing of their rows, not before it. (Made here, they
        /// held up a first group of ICE's workbooks 6–8 ms with PostgreSQL's server idle.)
        var added: [AddedRelease]
        /// `expansion_events` as stored, by event key.
        var existing: [String: ExpansionEventRecord]
        /// Set when `stored` and `existing` are the snapshot's: what its releases but the last listed.
        var snapshotListedBeforeLast: Set<String>?
        var codes: [String: String]
    }

    /// The rows a plan's events change, and the snapshot they leave.
    struct Work: Sendable {
        var inserts: [ExpansionEventRecord]
        var deletes: [String]
        var snapshot: ExpansionEventCache.Snapshot
    }

    /// Reads what recomputing needs (see `recompute`).
    static func plan(on db: any SQLDatabase, cache: ExpansionEventCache?, added: [AddedRelease]) async throws -> Plan {
        // One round trip for both: this runs in every import's transaction.
        let (version, storedReleases) = try await versionAndReleaseCount(on: db)
        let addedIDs = Set(added.map(\.id))
        // At the snapshot's version no other transaction has written since; in this one, releases
        // change only by those added and by synthetic ones deleted, which their count shows.
        if !added.isEmpty, var cached = cache?.take(at: version),
           storedReleases == Set(cached.releases.map(\.releaseID)).union(addedIDs).count {
            let plan = Plan(version: version, stored: cached.releases.filter { !addedIDs.contains($0.releaseID) }, added: added,
                            existing: cached.events, snapshotListedBeforeLast: cached.listedBeforeLast, codes: cached.codes)
            cached.events = [:]  // the plan's is now the only reference: changed in place, not copied
            return plan
        }
        // The releases just added are in memory: only the others are read back (the first of a
        // batch is often the biggest, and it would be read back into an empty snapshot). When
        // they are the only releases stored (a first import), there is nothing to read back, and no
        // stored event either: each names two stored releases and is deleted with them.
        let othersStored = storedReleases > addedIDs.count
        let codes = try await acceptedCodes(on: db)
        let stored = othersStored ? try await Self.releases(on: db, except: addedIDs) : []
        let existing = othersStored ? Dictionary(try await db.raw("SELECT * FROM expansion_events").all(decoding: ExpansionEventRecord.self)
            .map { ($0.event.eventKey, $0) }, uniquingKeysWith: { a, _ in a }) : [:]
        return Plan(version: version, stored: stored, added: added, existing: existing, codes: codes)
    }

    /// `work`, on a thread of its own at the readers' lower priority (`ReleaseReadAhead.readerNiceness`),
    /// for a caller that stores the group's rows meanwhile. On Swift's pool, at the priority of the
    /// task storing the rows and of the event loop sending them, it held up a group's first copies
    /// on PostgreSQL while it ran, the server idle (ICE's workbooks: a group's files' rows 4–6 ms,
    /// the first group's anomalies 10–14 ms); the rows are what the group's end waits for, the
    /// events only after them.
    ///
    /// The plan comes in a `Handover`, taken out on the lane: captured by the job as it was, it
    /// stayed referenced by the job queued while `work` changed its stored events, and changing
    /// them copied every one (`perf`: about 5% of detection's samples).
    static func workBeside(_ plan: Handover) async -> Work {
        await withCheckedContinuation { continuation in
            lane.submit { continuation.resume(returning: work(plan.take())) }
        }
    }

    /// A plan on its way to the lane that works it out, which takes it as the only reference to it.
    final class Handover: Sendable {
        private let plan: Mutex<Plan?>

        init(_ plan: consuming Plan) { self.plan = Mutex(plan) }

        /// The plan, once.
        func take() -> Plan { plan.withLock { $0.take()! } }
    }

    private static let lane = ReaderLanes(count: 1, label: "vigil.detection", niceness: ReleaseReadAhead.readerNiceness)

    /// Works out a plan's events and what they change, without the database.
    static func work(_ plan: consuming Plan) -> Work {
        let addedIDs = Set(plan.added.map(\.id))
        var releases = plan.stored + plan.added.map { Self.release($0, codes: plan.codes) }
        releases.sort(by: ExpansionRelease.precedes)
        // Where recomputing starts in release order: events of releases before the first added one stay as they are.
        var position = 0
        // What the releases before the previous one listed, when the snapshot knows it.
        var listedEarlier: Set<String>?
        // The added releases' positions, when some were put in before others.
        var insertedPositions: [Int]?
        if let snapshotListed = plan.snapshotListedBeforeLast {
            let addedPositions = releases.indices.filter { addedIDs.contains(releases[$0].releaseID) }
            position = addedPositions.first ?? 0
            if position == plan.stored.count {
                // The usual batch, oldest first, adds after every cached release: its predecessors' identities are cached.
                listedEarlier = snapshotListed
            } else {
                // Releases put in before others: only they and the releases after them are worked out again.
                insertedPositions = addedPositions
            }
        }
        var existing = plan.existing
        plan.existing = [:]  // `existing` is now the only reference: changed in place, not copied
        let recomputed = Set(releases[position...].map(\.releaseID))
        // Releases put in before others: the events of the releases after them that are not worked out again are the stored ones, adjusted.
        let (events, listedBeforeLast) = if let insertedPositions {
            ExpansionEventDetector.eventsAndListed(in: releases, inserted: insertedPositions, stored: existing.values.lazy.map(\.event))
        } else {
            ExpansionEventDetector.eventsAndListed(in: releases, from: position, listedEarlier: listedEarlier)
        }
        let now = Timestamp.now()
        var inserts: [ExpansionEventRecord] = []
        var deletes: [String] = []
        var seen = Set<String>()
        for event in events where seen.insert(event.eventKey).inserted {
            let old = existing[event.eventKey]
            let record = ExpansionEventRecord(event, detectedAt: old?.detected_at ?? now)
            if let old {
                if old.sameContent(as: record) { continue }
                deletes.append(event.eventKey)
            }
            inserts.append(record)
        }
        // A stored event of a recomputed release that was not found again is gone; so is one of a release no longer stored.
        // The release is asked first: a batch's group recomputes only its own releases and the one before
        // them, so most stored events are passed over without hashing their keys.
        for (key, record) in existing where (position == 0 || recomputed.contains(record.event.releaseID)) && !seen.contains(key) {
            deletes.append(key)
        }
        for key in deletes { existing[key] = nil }
        for record in inserts { existing[record.event.eventKey] = record }
        // The caller's transaction advances the version by one as it commits.
        return Work(inserts: inserts, deletes: deletes,
                    snapshot: .init(version: plan.version + 1, releases: releases, events: existing, listedBeforeLast: listedBeforeLast,
                                    codes: plan.codes))
    }

    /// Writes what `work` found changed; returns the snapshot to keep once the transaction has committed.
    static func write(_ work: Work, on db: any SQLDatabase, database: VigilDatabase) async throws -> ExpansionEventCache.Snapshot {
        var start = 0
        while start < work.deletes.count {
            let chunk = Array(work.deletes[start..<min(start + 500, work.deletes.count)])
            try await db.raw("DELETE FROM expansion_events WHERE event_key IN (\(binds: chunk))").run()
            start += 500
        }
        try await BulkInsert(table: "expansion_events", columns: ExpansionEventRecord.columns)
            .run(work.inserts.map(\.values), in: database, session: db)
        return work.snapshot
    }

    /// The data version, and how many releases are stored.
    static func versionAndReleaseCount(on db: any SQLDatabase) async throws -> (version: Int64, releases: Int) {
        struct Row: Decodable { var version: Int64; var releases: Int }
        guard let row = try await db.raw("""
            SELECT version, (SELECT COUNT(*) FROM releases) AS releases FROM data_version WHERE id = 1
            """).first(decoding: Row.self) else {
            throw DataVersionError.missing
        }
        return (row.version, row.releases)
    }

    /// Each facility key's registry code, where a match was accepted.
    static func acceptedCodes(on db: any SQLDatabase) async throws -> [String: String] {
        struct Match: Decodable { var facility_key: String; var code: String }
        return Dictionary(
            try await db.raw("SELECT facility_key, code FROM facility_matches WHERE accepted = 1 AND code IS NOT NULL")
                .all(decoding: Match.self).map { ($0.facility_key, $0.code) },
            uniquingKeysWith: { first, _ in first })
    }

    /// A release this transaction has just stored, as the archive holds it in memory.
    struct AddedRelease {
        var id: Int
        var prepared: PreparedRelease
    }

    /// The release just stored, built from memory, its facilities tied to `codes` (`acceptedCodes`).
    static func release(_ added: AddedRelease, codes: [String: String]) -> ExpansionRelease {
        let release = added.prepared.release
        let (rows, keys) = (release.facilities, added.prepared.facilityKeys)
        // In sheet-row order, as read back from the database; the rows' positions are sorted, not copies of the rows.
        // Each field is read where the row is: a row bound to a name was a copy of all its 26 fields.
        let facilities = rows.indices.sorted { rows[$0].sourceRow < rows[$1].sourceRow }.map { index in
            figure(key: keys[index], name: rows[index].name, state: rows[index].state, aor: rows[index].areaOfResponsibility,
                   adp: rows[index].averageDailyPopulation, guaranteedMinimum: rows[index].guaranteedMinimum,
                   code: codes[keys[index].rawValue])
        }
        return ExpansionRelease(releaseID: added.id, asOfDate: release.asOfDate, fingerprint: added.prepared.fingerprint, facilities: facilities)
    }

    /// A facility row as detection sees it: the same facility across releases is its code when it has one, else its key.
    static func figure(key: FacilityKey, name: String, state: String?, aor: String?, adp: Double?, guaranteedMinimum: Double?,
                       code: String?) -> ExpansionFacilityFigure {
        ExpansionFacilityFigure(identity: ExpansionFacilityFigure.identity(code: code, key: key), code: code, key: key, name: name,
                                state: state, areaOfResponsibility: aor, averageDailyPopulation: adp, guaranteedMinimum: guaranteedMinimum)
    }

    /// Every stored release (but those `excluded`) with its facility rows, each followed by its registry code when it has an accepted one.
    static func releases(on db: any SQLDatabase, except excluded: Set<Int> = []) async throws -> [ExpansionRelease] {
        // Release ids start at 1 on both engines, so 0 excludes none.
        let excluded = excluded.isEmpty ? [0] : excluded.sorted()
        struct ReleaseRow: Decodable { var id: Int; var as_of_date: String; var content_fingerprint: String }
        struct Row: Decodable {
            var release_id: Int; var facility_key: String; var name: String; var state: String?; var aor: String?
            var adp: Double?; var guaranteed_minimum: Double?; var code: String?
        }
        let rows = try await db.raw("""
            SELECT o.release_id, o.facility_key, o.name, o.state, o.aor, o.adp, o.guaranteed_minimum, m.code
            FROM facility_observations o
            LEFT JOIN facility_matches m ON m.facility_key = o.facility_key AND m.accepted = 1 AND m.code IS NOT NULL
            WHERE o.release_id NOT IN (\(binds: excluded))
            ORDER BY o.release_id, o.source_row
            """).all(decoding: Row.self)
        let byRelease = Dictionary(grouping: rows, by: \.release_id)
        let releaseRows = try await db.raw("SELECT id, as_of_date, content_fingerprint FROM releases WHERE id NOT IN (\(binds: excluded))")
            .all(decoding: ReleaseRow.self)
        return releaseRows.compactMap { r in
            guard let asOf = CalendarDate(iso: r.as_of_date) else { return nil }
            let facilities = (byRelease[r.id] ?? []).map { o in
                figure(key: FacilityKey(rawValue: o.facility_key), name: o.name, state: o.state, aor: o.aor, adp: o.adp,
                       guaranteedMinimum: o.guaranteed_minimum, code: o.code)
            }
            return ExpansionRelease(releaseID: r.id, asOfDate: asOf, fingerprint: r.content_fingerprint, facilities: facilities)
        }
    }
}
