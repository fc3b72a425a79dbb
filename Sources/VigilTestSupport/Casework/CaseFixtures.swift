import Foundation
import VigilCore
import VigilImport
import VigilStore

/// Organizations, people and cases for casework tests, on the incident fixtures' facilities
/// (Stewart by registry code, Plain County Jail by workbook key). Every person is invented.
public enum CaseFixtures {
    public static let password = "a long enough password"
    public static let key = DataKey.random()
    /// A name no other fixture or page holds, so finding it anywhere is a leak.
    public static let name = "Zuleima Testcase-Quintero"
    public static let aNumberDigits = "246813579"
    public static let medicalNote = "Insulin twice daily; A1C 9.8"

    public static func file(name: String = name, facility: String = IncidentFixtures.stewartCode) -> CaseFile {
        CaseFile(name: name, aNumber: ANumber(aNumberDigits)!, birthDate: CalendarDate(year: 1961, month: 4, day: 9)!,
                 citizenship: "Venezuela", languages: ["Spanish"], facility: facility,
                 detainedOn: CalendarDate(year: 2025, month: 1, day: 10)!, entryDate: CalendarDate(year: 2019, month: 6, day: 1)!,
                 entryManner: "without inspection", court: "Stewart Immigration Court",
                 sponsor: Sponsor(name: "Marisol Testcase", relation: "sister", address: "12 Sample Road, Atlanta GA", status: "U.S. citizen"),
                 conditions: ["diabetes"],
                 evidence: [EvidenceDocument(fact: "diabetes", title: "Clinic records", date: CalendarDate(year: 2024, month: 11, day: 2)!, status: .kept),
                            EvidenceDocument(fact: "sponsor", title: "Sponsor's lease", status: .missing)],
                 medicalNotes: medicalNote, notes: "Met at visitation.")
    }

    /// Two organizations and accounts: `member@` (attorney of the first), `other@` (member of the
    /// second), `editor@` (a site editor, no organization), `admin@` (a Vigil admin, no organization).
    public static func load(_ database: VigilDatabase) async throws -> (Organization, Organization) {
        try await IncidentFixtures.loadFacilities(database)
        let accounts = UserAccounts(database: database)
        for (email, role) in [("member@example.org", Role.viewer), ("other@example.org", .viewer), ("editor@example.org", .editor),
                              ("admin@example.org", .admin)] {
            try await accounts.add(email: email, role: role, password: password, by: .commandLine)
        }
        let organizations = Organizations(database: database)
        let first = try await organizations.add(name: "First Legal Team", slug: "first-legal", kind: .legalTeam, by: .commandLine)
        let second = try await organizations.add(name: "Second Bond Fund", slug: "second-fund", kind: .bondFund, by: .commandLine)
        try await organizations.setMember(slug: first.slug, email: "member@example.org", role: .attorney, by: .commandLine)
        try await organizations.setMember(slug: second.slug, email: "other@example.org", role: .orgAdmin, by: .commandLine)
        return (first, second)
    }

    /// Stores the real TPS designations file from the shared data, as `vigil import tps` does.
    public static func storeSharedTPSDesignations(_ database: VigilDatabase) async throws {
        let list = try TPSDesignationReader.read(fileAt: SharedData.require(SharedTPSDesignations.relativePath))
        _ = try await TPSDesignationArchive(database: database).importList(list)
    }
}
