import Foundation
import SQLKit
import VigilCore

/// Stores incidents: one recorded on the web, a status or visibility change, or a whole CSV
/// file. Each change and its audit entry are stored in one transaction: both, or neither.
public struct IncidentArchive: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// Why a change was refused. Nothing was stored.
    public enum Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        case unknownFacility(String)
        case noSuchIncident(Int)

        public var description: String {
            switch self {
            case .unknownFacility(let identifier):
                "No facility is known as “\(identifier)”: give a registry DETLOC code (e.g. STWRTGA) or a facility key as in its page's address."
            case .noSuchIncident(let id): "There is no incident \(id)."
            }
        }
    }

    /// Stores `incident`, recorded by `recorder` (an email), with an `incident.add` audit entry
    /// naming `actor`, in one transaction. Returns the new incident's id.
    @discardableResult
    public func add(_ incident: Incident, by recorder: String, audit actor: AuditEvent.Actor) async throws -> Int {
        try await database.transaction { db in
            guard let facility = try await IncidentFacilities.resolve(incident.facility, on: db) else {
                throw Refusal.unknownFacility(incident.facility)
            }
            let id = try await Self.insert(incident, facility: facility, recordedBy: recorder, importedFrom: nil, on: db)
            try await AuditLog.record(AuditEvent(actor: actor, action: "incident.add", subject: "incident \(id)", details: [
                "facility": facility.key, "occurred_on": incident.occurredOn.iso, "category": incident.category.rawValue,
                "status": incident.status.rawValue, "visibility": incident.visibility.rawValue,
            ]), on: db)
            return id
        }
    }

    /// Changes an incident's status and visibility, with an `incident.update` audit entry
    /// giving both before and after. Returns false (and stores nothing, not even an audit
    /// entry) when both are already as asked.
    @discardableResult
    public func update(id: Int, status: IncidentStatus, visibility: IncidentVisibility, audit actor: AuditEvent.Actor) async throws -> Bool {
        try await database.transaction { db in
            struct Current: Decodable { var status: String; var visibility: String }
            guard let current = try await db.raw("SELECT status, visibility FROM incidents WHERE id = \(bind: id)")
                .first(decoding: Current.self) else { throw Refusal.noSuchIncident(id) }
            guard current.status != status.rawValue || current.visibility != visibility.rawValue else { return false }
            try await db.raw("""
                UPDATE incidents SET status = \(bind: status.rawValue), visibility = \(bind: visibility.rawValue),
                    updated_at = \(bind: Timestamp.now()) WHERE id = \(bind: id)
                """).run()
            try await AuditLog.record(AuditEvent(actor: actor, action: "incident.update", subject: "incident \(id)", details: [
                "status": status.rawValue, "previous_status": current.status,
                "visibility": visibility.rawValue, "previous_visibility": current.visibility,
            ]), on: db)
            return true
        }
    }

    /// What an import did.
    public struct ImportReport: Sendable, Hashable {
        public var added: Int
        /// Rows of this very file (same SHA-256) stored by an earlier import: skipped.
        public var alreadyStored: Int

        public init(added: Int, alreadyStored: Int) {
            self.added = added
            self.alreadyStored = alreadyStored
        }
    }

    /// How many unknown facilities an import refusal lists before summarising the rest.
    public static let unknownFacilityListLimit = 50

    /// Stores a CSV file's incidents, all or nothing, with one `incident.import` audit entry.
    ///
    /// Every row's facility is resolved first; if any is unknown the file is refused with an
    /// `ImportFailure` listing those rows, and nothing is stored. Rows already stored from the
    /// same file (same SHA-256 and row) are skipped, so importing a file again changes nothing
    /// (and records no audit entry).
    public func importBatch(_ list: IncidentList, recordedBy recorder: String, audit actor: AuditEvent.Actor) async throws -> ImportReport {
        try await database.transaction { db in
            var resolved: [String: IncidentFacility] = [:]
            var unknown: [(row: Int, facility: String)] = []
            for entry in list.entries {
                let identifier = entry.incident.facility
                if resolved[identifier] != nil { continue }
                if let facility = try await IncidentFacilities.resolve(identifier, on: db) {
                    resolved[identifier] = facility
                } else {
                    unknown.append((entry.row, identifier))
                }
            }
            if !unknown.isEmpty { throw Self.unknownFacilities(unknown, in: list) }

            struct Stored: Decodable { var import_row: Int }
            let stored = Set(try await db.raw("SELECT import_row FROM incidents WHERE import_sha256 = \(bind: list.source.sha256)")
                .all(decoding: Stored.self).map(\.import_row))
            var added = 0
            for entry in list.entries where !stored.contains(entry.row) {
                try await Self.insert(entry.incident, facility: resolved[entry.incident.facility]!, recordedBy: recorder,
                                      importedFrom: (list.source.sha256, entry.row), on: db)
                added += 1
            }
            if added > 0 {
                try await AuditLog.record(AuditEvent(actor: actor, action: "incident.import", subject: list.source.fileName, details: [
                    "sha256": list.source.sha256, "added": String(added), "already_stored": String(list.entries.count - added),
                    "recorded_by": recorder,
                ]), on: db)
            }
            return ImportReport(added: added, alreadyStored: list.entries.count - added)
        }
    }

    // MARK: Demo

    /// Stores the synthetic demo incidents (see `DemoIncidents`), recorded by `DemoIncidents.recorder`,
    /// with one audit entry. Incidents at facilities the database does not hold are left out.
    @discardableResult
    public func loadDemo(_ incidents: [Incident]) async throws -> Int {
        try await database.transaction { db in
            var added = 0
            for incident in incidents {
                guard let facility = try await IncidentFacilities.resolve(incident.facility, on: db) else { continue }
                try await Self.insert(incident, facility: facility, recordedBy: DemoIncidents.recorder, importedFrom: nil, on: db)
                added += 1
            }
            if added > 0 {
                try await AuditLog.record(AuditEvent(actor: .commandLine, action: "incident.demo_load", details: ["added": String(added)]), on: db)
            }
            return added
        }
    }

    /// Deletes the demo incidents, once real data has replaced the demo. Returns how many there were.
    @discardableResult
    public func removeDemo() async throws -> Int {
        try await database.transaction { db in
            struct Count: Decodable { var n: Int }
            let count = try await db.raw("SELECT COUNT(*) AS n FROM incidents WHERE recorded_by = \(bind: DemoIncidents.recorder)")
                .first(decoding: Count.self)?.n ?? 0
            guard count > 0 else { return 0 }
            try await db.raw("DELETE FROM incidents WHERE recorded_by = \(bind: DemoIncidents.recorder)").run()
            try await AuditLog.record(AuditEvent(actor: .commandLine, action: "incident.demo_remove", details: ["removed": String(count)]), on: db)
            return count
        }
    }

    /// The refusal for rows naming unknown facilities: every row, up to a limit.
    static func unknownFacilities(_ rows: [(row: Int, facility: String)], in list: IncidentList) -> ImportFailure {
        let file = list.source.fileName
        if rows.count == 1, let only = rows.first {
            return ImportFailure(file: file, row: only.row, column: IncidentField.facility.rawValue,
                                 "no facility is known as “\(only.facility)”: use a registry DETLOC code or a facility key. Nothing was imported.")
        }
        var lines = rows.prefix(unknownFacilityListLimit).map { "row \($0.row): “\($0.facility)”" }
        if rows.count > unknownFacilityListLimit { lines.append("… and \(rows.count - unknownFacilityListLimit) more rows") }
        return ImportFailure(file: file, column: IncidentField.facility.rawValue, """
            \(rows.count) rows name a facility Vigil does not know (use a registry DETLOC code or a facility key). Nothing was imported.
              \(lines.joined(separator: "\n  "))
            """)
    }

    @discardableResult
    static func insert(_ incident: Incident, facility: IncidentFacility, recordedBy recorder: String,
                       importedFrom origin: (sha256: String, row: Int)?, on db: any SQLDatabase) async throws -> Int {
        let now = Timestamp.now()
        guard let id = try await db.insert(into: "incidents")
            .columns("facility_key", "facility_name", "occurred_on", "category", "status", "visibility", "description",
                     "source_title", "source_url", "documented_by", "recorded_by", "recorded_at", "updated_at",
                     "import_sha256", "import_row")
            .values(facility.key, facility.name, incident.occurredOn.iso, incident.category.rawValue, incident.status.rawValue,
                    incident.visibility.rawValue, incident.description, incident.source.title, incident.source.url,
                    incident.source.documentedBy, recorder, now, now, origin?.sha256, origin?.row)
            .returning("id").first(decodingColumn: "id", as: Int.self)
        else { throw ArchiveError.noIdentifierReturned }
        return id
    }
}
