import Foundation
import VigilCore
import VigilImport
import VigilStore

/// Two releases and a three-facility registry, worked out by hand:
///
/// | record | names | link |
/// |---|---|---|
/// | award E1 (detention, NY) | ECHO SERVICE PROCESSING CENTER | ECHONY, exact |
/// | award E2 (detention, TX) | ALPHA PROCESSING CENTER and ... BRAVO COUNTY JAIL (GA named) | doubtful: two codes |
/// | award E3 (detention, TX, Lubbock) | no facility | none: its site is Lubbock, TX |
/// | award O1 (not detention) | ECHO SERVICE PROCESSING CENTER | not linked: money only |
/// | agenda item c1 (TX) | ALPHA PROCESSING CENTER | ALPHATX |
/// | 287(g) g1 | Lubbock County Sheriff | none: Lubbock, TX |
///
/// ECHO holds 20 people in the October release and 50 in the February one.
public enum ExpansionFixture {
    public static let registryList = """
        detloc|name|city|state|lat|long
        ALPHATX|ALPHA PROCESSING CENTER|HOUSTON|TX|29.7|-95.3
        BRAVOGA|BRAVO COUNTY JAIL|MACON|GA|32.8|-83.6
        ECHONY|ECHO SERVICE PROCESSING CENTER|BATAVIA|NY|43.0|-78.2

        """

    public static let awards = """
        usaspending_award_id,recipient,amount_usd,description,period_start,period_end,place_state,place_county,award_date,detention_related
        E1,AKIMA GLOBAL SERVICES LLC,1000000,"DETENTION SUPPORT SERVICES AT THE ECHO SERVICE PROCESSING CENTER, BATAVIA, NY",2025-03-01,,NY,,,True
        E2,THE GEO GROUP INC,500000,"TRANSPORT BETWEEN ALPHA PROCESSING CENTER AND BRAVO COUNTY JAIL, MACON, GA",2025-11-01,,TX,,,True
        E3,SABOT CONSULTING,250000,DETENTION FEASIBILITY STUDY,2026-01-15,,TX,LUBBOCK,,True
        O1,COURIER CO,1000,COURIER SERVICES FOR THE ECHO SERVICE PROCESSING CENTER,2025-03-01,,NY,,,False

        """

    public static let agenda = """
        id,title,county,state,fips,date,meeting_type,agenda_item,vote_result,source
        c1,Harris County TX — Commissioners Court 2024-06-11: Expansion of the Alpha Processing Center,Harris County,TX,48201,,,,,Legistar

        """

    public static let agreements = """
        id,title,state,county,agency,model,signed_date,source
        g1,287(g) JEM: Lubbock County Sheriff's Office (TX),TX,Lubbock County,Lubbock County Sheriff's Office,JEM,"March 3, 2025",PPI

        """

    public static let beds = """
        fiscal_year,beds,status,what_the_source_says,source_url
        2016,34000,enacted minimum,not less than 34000,https://example.org/a
        2017,,no bed minimum,dropped,https://example.org/b

        """

    public static func release(_ day: String, echo: Double, sha: Character) -> IceStatsRelease {
        let date = CalendarDate(iso: day)!
        let rows: [(String, String, Double)] = [("ALPHA PROCESSING CENTER", "TX", 500), ("ECHO SERVICE PROCESSING CENTER", "NY", echo)]
        return IceStatsRelease(
            source: SourceFile(fileName: "FY26_detentionStats\(day).xlsx", sha256: String(repeating: sha, count: 64), byteCount: 1),
            sheetName: "Facilities FY26", fiscalYear: FiscalYear(date.fiscalYear), asOfDate: date, printedAsOfDate: date, fileNameDate: nil,
            headerRow: 7, layout: .fy24Pending, columns: [],
            facilities: rows.enumerated().map { i, r in
                var o = FacilityObservation(sourceRow: 8 + i, name: r.0)
                o.state = r.1; o.levelA = r.2
                if r.0.hasPrefix("ECHO") { o.guaranteedMinimum = 40 }
                return o
            }, anomalies: [])
    }

    /// Releases, registry and matching, then every expansion list.
    public static func load(_ db: VigilDatabase) async throws -> [ExpansionImportReport] {
        let archive = ReleaseArchive(database: db)
        try await archive.archive(release("2025-10-20", echo: 20, sha: "c"))
        try await archive.archive(release("2026-02-02", echo: 50, sha: "d"))
        try await FacilityRegistry(database: db).importListing(try FacilityListReader.read(data: Data(registryList.utf8), fileName: "uwchr-facilities-geocoded.csv"))
        try await FacilityMatching(database: db).run()
        return try await importLists(db)
    }

    public static func importLists(_ db: VigilDatabase) async throws -> [ExpansionImportReport] {
        let store = ExpansionArchive(database: db)
        let (awardSource, awardRows) = try ContractAwardReader.read(data: Data(awards.utf8), fileName: "awards.csv")
        let (agendaSource, items) = try CommissionActivityReader.read(data: Data(agenda.utf8), fileName: "agenda.csv")
        let (agreementSource, signed) = try Agreement287gReader.read(data: Data(agreements.utf8), fileName: "287g.csv")
        let (bedsSource, years) = try FundedBedsReader.read(data: Data(beds.utf8), fileName: "beds.csv")
        return [
            try await store.importAwards(awardRows, from: awardSource),
            try await store.importCommissionItems(items, from: agendaSource),
            try await store.importAgreements(signed, from: agreementSource),
            try await store.importFundedBeds(years, from: bedsSource),
        ]
    }

}
