import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport
@testable import VigilWeb

/// Every CSV download Vigil offers keeps a spreadsheet formula out: text from a workbook, an editor or a
/// visitor that starts with `=`, `+`, `-` or `@` leaves with a leading `'`.
@Suite("Formula neutralisation on every CSV download")
struct CSVFormulaTests {
    /// Values that a spreadsheet would run, one per formula character.
    static let hostile = ["=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0", "-cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]

    /// Each kind of download, so the walk below covers them all: `kind(of:)` switches over
    /// `SiteURL.Download` with no default, so a new download does not compile until it is listed here.
    enum Kind: CaseIterable {
        case releases, facilityReleases, releaseFacilities, nationalTrend, breakdown, facilityHistory, facilityInspections
        case facilities, privateShare, facilityDaily, facilityDailyComparison, nationalDaily, deaths, deathRates
        case segregation, segregationMonths, vulnerableSegregation, facilitySegregation, facilityDeaths, closureRanking
        case auditLog, incidents, tps, signatories, pressAuditFindings, letterPressFindings, expansionSites, expansionTimeline
        case contractDollars, contractRecipients, fundedBeds, expansionEvents, releaseWork
    }

    static func kind(of download: SiteURL.Download) -> Kind {
        switch download {
        case .releases: .releases
        case .facilityReleases: .facilityReleases
        case .releaseFacilities: .releaseFacilities
        case .nationalTrend: .nationalTrend
        case .breakdown: .breakdown
        case .facilityHistory: .facilityHistory
        case .facilityInspections: .facilityInspections
        case .facilities: .facilities
        case .privateShare: .privateShare
        case .facilityDaily: .facilityDaily
        case .facilityDailyComparison: .facilityDailyComparison
        case .nationalDaily: .nationalDaily
        case .deaths: .deaths
        case .deathRates: .deathRates
        case .segregation: .segregation
        case .segregationMonths: .segregationMonths
        case .vulnerableSegregation: .vulnerableSegregation
        case .facilitySegregation: .facilitySegregation
        case .facilityDeaths: .facilityDeaths
        case .closureRanking: .closureRanking
        case .auditLog: .auditLog
        case .incidents: .incidents
        case .tps: .tps
        case .signatories: .signatories
        case .pressAuditFindings: .pressAuditFindings
        case .letterPressFindings: .letterPressFindings
        case .expansionSites: .expansionSites
        case .expansionTimeline: .expansionTimeline
        case .contractDollars: .contractDollars
        case .contractRecipients: .contractRecipients
        case .fundedBeds: .fundedBeds
        case .expansionEvents: .expansionEvents
        case .releaseWork: .releaseWork
        }
    }

    /// The CSV address of each kind, for the release, facility and letter the fixture stores.
    static func download(_ kind: Kind, release: Int, facility: FacilityKey, letter: Int) -> SiteURL.Download {
        switch kind {
        case .releases: .releases(.csv)
        case .facilityReleases: .facilityReleases(.csv)
        case .releaseFacilities: .releaseFacilities(releaseID: release, .csv)
        case .nationalTrend: .nationalTrend(.csv)
        case .breakdown: .breakdown(releaseID: release, .areaOfResponsibility, .csv)
        case .facilityHistory: .facilityHistory(facility, .csv)
        case .facilityInspections: .facilityInspections(facility, .csv)
        case .facilities: .facilities(.csv)
        case .privateShare: .privateShare(.csv)
        case .facilityDaily: .facilityDaily(facility, .csv)
        case .facilityDailyComparison: .facilityDailyComparison(facility, .csv)
        case .nationalDaily: .nationalDaily(.csv)
        case .deaths: .deaths(.csv)
        case .deathRates: .deathRates(.csv)
        case .segregation: .segregation(.csv)
        case .segregationMonths: .segregationMonths(.csv)
        case .vulnerableSegregation: .vulnerableSegregation(.csv)
        case .facilitySegregation: .facilitySegregation(facility, .csv)
        case .facilityDeaths: .facilityDeaths(facility, .csv)
        case .closureRanking: .closureRanking(ClosureWeights(), .csv)
        case .auditLog: .auditLog(.csv)
        case .incidents: .incidents(.csv)
        case .tps: .tps(.csv)
        case .signatories: .signatories(letterID: letter, .csv)
        case .pressAuditFindings: .pressAuditFindings(id: 1, .csv)
        case .letterPressFindings: .letterPressFindings(letterID: letter, .csv)
        case .expansionSites: .expansionSites(.csv)
        case .expansionTimeline: .expansionTimeline(.csv)
        case .contractDollars: .contractDollars(.csv)
        case .contractRecipients: .contractRecipients(.csv)
        case .fundedBeds: .fundedBeds(.csv)
        case .expansionEvents: .expansionEvents(.csv)
        case .releaseWork: .releaseWork(.csv)
        }
    }

    /// The downloads the fixture puts hostile text into: each must carry it, neutralised.
    static let carriesHostileText: Set<Kind> = [.facilityReleases, .releaseFacilities, .breakdown, .facilityHistory, .facilityInspections,
                                                .closureRanking, .auditLog, .incidents]

    /// A release, newest of all, whose facility's name, city, area and type, and inspection text, are formulas.
    static func hostileRelease() -> IceStatsRelease {
        var facility = FacilityObservation(sourceRow: 8, name: hostile[0])
        facility.city = hostile[1]
        facility.state = "TX"
        facility.areaOfResponsibility = hostile[2]
        facility.typeDetailed = hostile[3]
        facility.levelA = 40
        facility.guaranteedMinimum = 20
        facility.inspections = [ReportedInspection(position: .last, inspector: .odo, type: hostile[0], standard: hostile[1],
                                                   rating: hostile[3], date: CalendarDate(year: 2026, month: 3, day: 1))]
        let date = CalendarDate(year: 2026, month: 6, day: 1)!
        return IceStatsRelease(
            source: SourceFile(fileName: "FY26_detentionStats06012026.xlsx", sha256: String(repeating: "cd", count: 32), byteCount: 1000),
            sheetName: "Facilities FY26", fiscalYear: FiscalYear(2026), asOfDate: date, printedAsOfDate: date,
            fileNameDate: date, headerRow: 7, layout: .fy24Pending, columns: [], facilities: [facility],
            anomalies: [])
    }

    /// True when a cell would run as a formula in a spreadsheet: it starts with a formula character and is not a number.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return Double(cell) == nil
    }

    @Test("every download the SiteURL enumerates: no cell a spreadsheet would run, and the hostile text neutralised where it appears")
    func everyDownload() async throws {
        try await withApp(releases: Fixtures.demoReleases() + [Self.hostileRelease()]) { client, db in
            // given hostile text from a workbook (the release above), an editor (an incident) and a visitor (the audit log)
            let release = try #require(try await ReleaseQueries(database: db).latest())
            let facility = try #require(try await FacilityQueries(database: db).rows(inRelease: release.id).first).key
            _ = try await IncidentArchive(database: db).add(
                IncidentFixtures.incident(facility: facility.rawValue, description: Self.hostile[0], sourceTitle: Self.hostile[3],
                                          documentedBy: Self.hostile[2]),
                by: "editor@example.org", audit: .commandLine)
            try await AuditLog(database: db).record(AuditEvent(actor: .anonymous, action: "user.sign_in_failed", subject: Self.hostile[0],
                                                               details: ["address": Self.hostile[1]]))
            let letter = try await LetterFixtures.importLetter(db, status: .sent)
            try await UserAccounts(database: db).add(email: "admin@example.org", role: .admin, password: "a long enough password", by: .commandLine)
            var admin = Browser(client: client)
            _ = try await admin.signIn("admin@example.org", "a long enough password")

            var withHostile: Set<Kind> = []
            for kind in Kind.allCases {
                let download = Self.download(kind, release: release.id, facility: facility, letter: letter)
                #expect(Self.kind(of: download) == kind)
                let path = SiteURL.download(download).href
                // when the CSV is downloaded (by an admin, who may download everything)
                let response = try await admin.get(path)
                // A press audit needs an article; with none saved its findings are "not found", which is no CSV at all.
                if kind == .pressAuditFindings, response.status == .notFound { continue }
                #expect(response.status == .ok, "\(path): \(response.status)")
                guard response.status == .ok else { continue }
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8", "\(path)")
                // then no cell would run as a formula
                let cells = CSV.parse(response.body).flatMap { $0 }
                let formulas = cells.filter(Self.isFormula)
                #expect(formulas.isEmpty, "\(path) carries formulas: \(formulas.prefix(5))")
                if cells.contains(where: { cell in Self.hostile.contains { cell.contains("'" + $0) } }) { withHostile.insert(kind) }
            }
            // and the hostile text did reach the downloads it was put into, behind its apostrophe
            #expect(withHostile.isSuperset(of: Self.carriesHostileText), "missing: \(Self.carriesHostileText.subtracting(withHostile))")
        }
    }
}
