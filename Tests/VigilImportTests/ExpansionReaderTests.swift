import Foundation
import Testing
import VigilCore
import VigilTestSupport
@testable import VigilImport

/// Reading the expansion lists: what each accepts, and how a bad row is refused by file, row and field.
@Suite("Expansion list readers")
struct ExpansionReaderTests {
    static let awardHeader = "usaspending_award_id,recipient,amount_usd,description,period_start,period_end,place_state,place_county,award_date,detention_related"
    static let agendaHeader = "id,title,county,state,fips,date,meeting_type,agenda_item,vote_result,source"
    static let agreementHeader = "id,title,state,county,agency,model,signed_date,source"
    static let bedsHeader = "fiscal_year,beds,status,what_the_source_says,source_url"

    /// A file with one bad row, and where the refusal must point.
    struct BadFile: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var row: Int
        var column: String
        var description: String { "\(name): row \(row), \(column)" }
    }

    static let badFiles: [BadFile] = [
        .init(name: "contracts.csv", text: awardHeader + "\nA1,GEO,1,DETENTION SERVICES,2025-01-01,,TX,,,True\nA2,GEO,1,X,2025-01-01,,TX,,,maybe\n",
              row: 3, column: "detention_related"),
        .init(name: "contracts.csv", text: awardHeader + "\nA1,GEO,one million,X,2025-01-01,,TX,,,False\n", row: 2, column: "amount_usd"),
        .init(name: "contracts.csv", text: awardHeader + "\nA1,GEO,1,X,01/02/2025,,TX,,,False\n", row: 2, column: "period_start"),
        .init(name: "contracts.csv", text: awardHeader + "\nA1,GEO,1,X,2025-01-01,,TX,,,False\nA1,GEO,2,Y,2025-01-01,,TX,,,False\n",
              row: 3, column: "usaspending_award_id"),
        .init(name: "contracts.csv", text: "usaspending_award_id,recipient\nA1,GEO\n", row: 1, column: "description"),
        .init(name: "agenda.csv", text: agendaHeader + "\nc1,Polk County FL — Board,Polk County,FL,,,,,,\n", row: 2, column: "date"),
        .init(name: "agenda.csv", text: agendaHeader + "\nc1,Polk County — Board 2025-01-02: Jail,Polk County,Florida,,,,,,\n", row: 2, column: "state"),
        .init(name: "agenda.csv", text: agendaHeader + "\nc1,Board 2025-01-02,Polk County,FL,,2025-13-01,,,,\n", row: 2, column: "date"),
        .init(name: "287g.csv", text: agreementHeader + "\ng1,287(g),TX,Aransas County,Sheriff,JEM,sometime in 2020,PPI\n", row: 2, column: "signed_date"),
        .init(name: "287g.csv", text: agreementHeader + "\ng1,287(g),TX,Aransas County,,JEM,\"June 8, 2020\",PPI\n", row: 2, column: "agency"),
        .init(name: "beds.csv", text: bedsHeader + "\n2016,34000,enacted minimum,,\n2017,zero,no bed minimum,,\n", row: 3, column: "beds"),
        .init(name: "beds.csv", text: bedsHeader + "\nFY16,34000,enacted minimum,,\n", row: 2, column: "fiscal_year"),
        .init(name: "beds.csv", text: bedsHeader + "\n2016,34000,,,\n", row: 2, column: "status"),
    ]

    static func read(_ file: BadFile) throws {
        let data = Data(file.text.utf8)
        switch file.name {
        case "contracts.csv": _ = try ContractAwardReader.read(data: data, fileName: file.name)
        case "agenda.csv": _ = try CommissionActivityReader.read(data: data, fileName: file.name)
        case "287g.csv": _ = try Agreement287gReader.read(data: data, fileName: file.name)
        default: _ = try FundedBedsReader.read(data: data, fileName: file.name)
        }
    }

    @Test("a bad row refuses the file, naming file, row and field", arguments: badFiles)
    func badRow(_ file: BadFile) {
        do {
            try Self.read(file)
            Issue.record("\(file) was accepted")
        } catch let failure as ImportFailure {
            #expect(failure.location.file == file.name)
            #expect(failure.location.row == file.row)
            #expect(failure.location.column == file.column, "\(failure)")
        } catch {
            Issue.record("not an ImportFailure: \(error)")
        }
    }

    @Test("awards keep amount, dates and flag; the operator reader reads the same awards through the same reader")
    func awards() throws {
        let text = Self.awardHeader + "\nA1,THE GEO GROUP,\"1,250.50\",DETENTION SERVICES AT X,2025-01-01,,tx,Cameron,2024-12-20,True\n"
        let (source, awards) = try ContractAwardReader.read(data: Data(text.utf8), fileName: "c.csv")
        #expect(source.sha256.count == 64)
        let a = try #require(awards.first)
        #expect(a.amountUSD == 1250.5 && a.date == CalendarDate(iso: "2025-01-01") && a.awardDate == CalendarDate(iso: "2024-12-20"))
        #expect(a.placeState == "TX" && a.placeCounty == "Cameron" && a.detentionRelated && a.sourceRow == 2)
        guard case .awards(let same) = try OperatorCSVReader.contents(of: Data(text.utf8), fileName: "c.csv").1 else {
            Issue.record("the operator reader did not read awards"); return
        }
        #expect(same == awards)
    }

    @Test("an agenda item with no date column is dated by its title; the column wins when given")
    func agendaDates() throws {
        let text = Self.agendaHeader + "\n"
            + "c1,Cook County IL — Board of Commissioners 2025-11-20: Detention,Cook County,il,17031,,,,,Legistar\n"
            + "c2,Bradford County FL — Commission Approves ICE Detention 3-2 Vote,Bradford,FL,12007,2025-01-01,regular-session,IGSA,Approved 3-2,RAMM\n"
        let (_, items) = try CommissionActivityReader.read(data: Data(text.utf8), fileName: "a.csv")
        #expect(items.map(\.date) == [CalendarDate(iso: "2025-11-20"), CalendarDate(iso: "2025-01-01")])
        #expect(items[0].state == "IL" && items[1].voteResult == "Approved 3-2")
    }

    @Test("287(g) dates written out read, non-breaking spaces and all")
    func agreementDates() throws {
        let text = Self.agreementHeader + "\ng1,t,TX,Aransas County,Sheriff,jem,\"June 8, 2020\",PPI\ng2,t,FL,,State Patrol,TFM,\"September\u{00A0}22,\u{00A0}2025\",PPI\n"
        let (_, agreements) = try Agreement287gReader.read(data: Data(text.utf8), fileName: "g.csv")
        #expect(agreements.map(\.signedDate) == [CalendarDate(iso: "2020-06-08"), CalendarDate(iso: "2025-09-22")])
        #expect(agreements[0].model == "JEM" && agreements[1].county == nil)
    }

    @Test("a blank bed count is no minimum that year, not zero")
    func blankBeds() throws {
        let text = Self.bedsHeader + "\n2016,\"34,000\",enacted minimum,x,\n2017,,no bed minimum,dropped,\n2016,34040,requested,y,\n"
        let (_, years) = try FundedBedsReader.read(data: Data(text.utf8), fileName: "b.csv")
        #expect(years.map(\.beds) == [34000, nil, 34040])
        #expect(years.map(\.isEnacted) == [true, true, false])
    }

    // MARK: Dossiers

    static let dossier = """
        ---
        id: glades-county-igsa-2025
        title: "Glades County FL — Reinstated IGSA (up to 500 beds, April 2025)"
        contract_type: IGSA
        contractor: "Glades County Sheriff's Office"
        facility: glades-county-fl-detention
        beds: "Up to 500"
        period: "Reinstated April 3, 2025"
        importance: 7
        tags:
        - igsa
        - florida
        ---

        # Glades County

        Text.
        """

    @Test("a dossier's front matter reads through Yams; the text follows")
    func dossier() throws {
        let (source, d) = try ContractDossierReader.read(data: Data(Self.dossier.utf8), fileName: "glades.md")
        #expect(source.fileName == "glades.md")
        #expect(d.slug == "glades-county-igsa-2025" && d.title.hasPrefix("Glades County FL") && d.importance == 7)
        #expect(d.tags == ["igsa", "florida"] && d.beds == "Up to 500" && d.facilityWords == "glades county fl detention")
        #expect(d.firstYear == 2025 && d.body.hasPrefix("# Glades County"))
    }

    @Test("bad front matter refuses the dossier, naming the file, line and field", arguments: [
        ("no front matter", "# Title\n", 1, nil as String?),
        ("bad YAML", "---\ntitle: \"unclosed\nid: x\n---\n", nil, nil),
        ("no title", "---\nid: x\n---\ntext\n", 2, "title"),
        ("importance as words", "---\ntitle: T\nimportance: very\n---\n", 3, "importance"),
        ("a list for text", "---\ntitle: T\nvalue:\n- 1\n- 2\n---\n", 3, "value"),
    ])
    func badDossier(_ what: String, _ text: String, _ row: Int?, _ field: String?) {
        do {
            _ = try ContractDossierReader.read(data: Data(text.utf8), fileName: "d.md")
            Issue.record("\(what) was accepted")
        } catch let failure as ImportFailure {
            #expect(failure.location.file == "d.md")
            if let row { #expect(failure.location.row == row, "\(what): \(failure)") } else { #expect(failure.location.row != nil, "\(what): \(failure)") }
            #expect(failure.location.column == field, "\(what): \(failure)")
        } catch {
            Issue.record("\(what): not an ImportFailure: \(error)")
        }
    }

    // MARK: The shared data

    @Test("the shared expansion lists: 2,552 awards (397 detention-related), 621 agenda items, 1,311 287(g) agreements, 7 bed figures, 16 dossiers",
          SharedData.required("expansion/markramm_ice_contracts.csv", "expansion/markramm_commission_activity.csv",
                              "expansion/markramm_287g_agreements.csv", "expansion/funded_beds.csv", "expansion/contract-dossiers"))
    func sharedData() throws {
        let (_, awards) = try ContractAwardReader.read(fileAt: try SharedData.require("expansion/markramm_ice_contracts.csv"))
        #expect(awards.count == 2552)
        #expect(awards.filter(\.detentionRelated).count == 397)
        #expect(awards.filter { $0.amountUSD == nil }.isEmpty)
        let (_, items) = try CommissionActivityReader.read(fileAt: try SharedData.require("expansion/markramm_commission_activity.csv"))
        #expect(items.count == 621)
        let (_, agreements) = try Agreement287gReader.read(fileAt: try SharedData.require("expansion/markramm_287g_agreements.csv"))
        #expect(agreements.count == 1311)
        #expect(Set(agreements.map(\.model)) == ["JEM", "TFM", "WSO"])
        let (_, beds) = try FundedBedsReader.read(fileAt: try SharedData.require("expansion/funded_beds.csv"))
        #expect(beds.count == 7)
        #expect(beds.first { $0.fiscalYear == 2017 }?.beds == nil)
        let folder = try ContractDossierReader.read(folderAt: try SharedData.require("expansion/contract-dossiers"))
        #expect(folder.dossiers.count == 16)
        #expect(folder.dossiers.first { $0.dossier.slug == "camp-east-montana-1-2b-contract" }?.dossier.facility == "camp-east-montana-fort-bliss")
    }
}
