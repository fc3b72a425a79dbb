import Foundation
import VigilCore
import VigilStore

/// Facilities and incidents for incident tests: one facility known by a registry code and a
/// workbook key tied to it, and one known only by its workbook key.
public enum IncidentFixtures {
    public static let stewartCode = "STWRTGA"
    public static let stewartKey = "stewart-detention-center-ga"
    public static let stewartName = "STEWART DETENTION CENTER"
    /// A facility with no registry code.
    public static let plainKey = "plain-county-jail-tx"
    public static let plainName = "Plain County Jail"

    /// One small release listing both facilities, Stewart's key tied (accepted) to its registry code.
    public static func loadFacilities(_ database: VigilDatabase) async throws {
        let date = CalendarDate(year: 2024, month: 7, day: 8)!
        let facilities = [(stewartName, "GA", 1500.0), (plainName, "TX", 40.0)].enumerated().map { index, f in
            var o = FacilityObservation(sourceRow: 8 + index, name: f.0)
            o.state = f.1
            o.levelA = f.2
            return o
        }
        let release = IceStatsRelease(
            source: SourceFile(fileName: "FY24_incident_fixture.xlsx", sha256: String(repeating: "c", count: 64), byteCount: 100),
            sheetName: "Facilities FY24", fiscalYear: FiscalYear(2024), asOfDate: date, printedAsOfDate: date, fileNameDate: nil,
            headerRow: 7, layout: .fy24Pending, columns: [], facilities: facilities, anomalies: [])
        _ = try await ReleaseArchive(database: database).archive(release)
        try await database.sql.raw("""
            INSERT INTO facilities (code, name, state, source_count) VALUES (\(bind: stewartCode), \(bind: stewartName), 'GA', 1)
            """).run()
        try await database.sql.raw("""
            INSERT INTO facility_matches (facility_key, code, method, confidence, accepted, decided_by, decided_at, note)
            VALUES (\(bind: stewartKey), \(bind: stewartCode), 'exact', 1.0, 1, 'vigil matcher', '2024-01-01T00:00:00Z', NULL)
            """).run()
    }

    /// A valid incident; change what a test is about.
    public static func incident(facility: String = stewartCode, on date: String = "2024-03-05",
                                category: IncidentCategory = .negligentOrAbusiveMedicalCare, status: IncidentStatus = .alleged,
                                visibility: IncidentVisibility = .public, description: String = "Insulin was withheld for three days.",
                                sourceTitle: String = "Declaration of a detained person", sourceURL: String? = "https://example.org/declaration.pdf",
                                documentedBy: String = "Example Legal Aid") -> Incident {
        Incident(facility: facility, occurredOn: CalendarDate(iso: date)!, category: category, status: status, visibility: visibility,
                 description: description, source: IncidentSource(title: sourceTitle, url: sourceURL, documentedBy: documentedBy))
    }

}
