import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// ICE-shaped workbooks built in the test, one irregularity at a time.
@Suite("Synthetic ICE workbooks")
struct SyntheticWorkbookTests {
    typealias Cell = WorkbookBuilder.Cell
    static let fileName = "FY24_detentionStats07182024.xlsx"

    static func read(_ fixture: IceStatsWorkbookFixture, fileName: String = fileName) throws -> IceStatsRelease {
        try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: fileName)
    }

    @Test("a plain workbook reads without anomalies")
    func plain() throws {
        // given two ordinary facilities
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("STEWART DETENTION CENTER", state: "GA", ["Last Inspection End Date": 45316, "Last Final Rating": "Pass"])
        fixture.addFacility("WYATT DETENTION CENTER", state: "RI", ["Zip": 2863])
        // when read
        let release = try Self.read(fixture)
        // then every field is where it belongs
        #expect(release.facilities.count == 2)
        #expect(release.asOfDate == CalendarDate(year: 2024, month: 7, day: 8))
        #expect(release.fileNameDate == CalendarDate(year: 2024, month: 7, day: 18))
        #expect(release.layout == .fy26 && release.headerRow == 7 && release.columns.count == 27)
        let stewart = release.facilities[0]
        #expect(stewart.levelA == 10.25 && stewart.averageDailyPopulation == 18.25 && stewart.averageLengthOfStay == 30.5)
        #expect(stewart.inspections == [ReportedInspection(position: .last, inspector: .unspecified, rating: "Pass",
                                                           date: CalendarDate(excelSerial: 45316),
                                                           dateLabel: "Last Inspection End Date")])
        #expect(release.facilities[1].zip == "02863")
        #expect(release.anomalies.map(\.kind) == [.excelSerialDate])
    }

    struct PlaceholderCase: Sendable, CustomTestStringConvertible {
        let cell: WorkbookBuilder.Cell
        let column: String
        let label: String
        var testDescription: String { "\(label) in \(column)" }
    }

    static let placeholderCases: [PlaceholderCase] = [
        .init(cell: .error("#N/A"), column: "Level A", label: "#N/A (an error value)"),
        .init(cell: .text("#N/A"), column: "Level B", label: "\"#N/A\""),
        .init(cell: .text("*"), column: "Mandatory", label: "\"*\""),
        .init(cell: .text("N/A"), column: "Guaranteed Minimum", label: "\"N/A\""),
        .init(cell: .text("NA"), column: "Male Crim", label: "\"NA\""),
        .init(cell: .text("\u{00A0}"), column: "Level C", label: "a lone non-breaking space (U+00A0)"),
        .init(cell: .inlineText("\u{00A0}"), column: "Address", label: "a lone non-breaking space (U+00A0)"),
        .init(cell: .text("Scheduled FY26"), column: "Last Inspection End Date", label: "\"Scheduled FY26\""),
        .init(cell: .text("New Facility"), column: "Last Inspection End Date", label: "\"New Facility\""),
        .init(cell: .text("**"), column: "Last Inspection End Date", label: "\"**\""),
    ]

    @Test("each placeholder is read as no value and recorded once per column with a count", arguments: placeholderCases)
    func placeholder(_ example: PlaceholderCase) throws {
        // given three facilities with the same placeholder in one column
        var fixture = IceStatsWorkbookFixture()
        for name in ["A JAIL", "B JAIL", "C JAIL"] { fixture.addFacility(name, [example.column: example.cell]) }
        // when read
        let release = try Self.read(fixture)
        // then one anomaly counts all three and points at the first cell
        let anomalies = release.anomalies.filter { $0.kind == .placeholderValue }
        #expect(anomalies.count == 1)
        let anomaly = try #require(anomalies.first)
        #expect(anomaly.occurrences == 3)
        #expect(anomaly.detail.contains(example.label))
        #expect(anomaly.location == SourceLocation(file: Self.fileName, sheet: "Facilities FY24", row: 8, column: example.column))
        let facility = release.facilities[0]
        #expect(facility.levelA == (example.column == "Level A" ? nil : 10.25))
        #expect(facility.address == (example.column == "Address" ? nil : "1 MAIN STREET"))
        #expect(facility.inspections.isEmpty)
    }

    @Test("text that is neither a value nor a placeholder is unreadable, and named")
    func unreadable() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL", ["Level D": "about twelve", "Last Inspection End Date": "last spring"])
        fixture.addFacility("B JAIL", ["Level D": .error("#REF!")])
        let release = try Self.read(fixture)
        let unreadable = release.anomalies.filter { $0.kind == .unreadableValue }
        #expect(unreadable.count == 3)
        #expect(unreadable.contains { $0.detail.contains("\"about twelve\"") && $0.detail.contains("not a number") })
        #expect(unreadable.contains { $0.detail.contains("\"last spring\"") && $0.detail.contains("not a date") })
        #expect(unreadable.contains { $0.detail.contains("#REF!") && $0.location?.row == 9 })
        #expect(release.facilities[0].levelD == nil && release.facilities[0].averageDailyPopulation == 17.25)
    }

    struct DateCase: Sendable, CustomTestStringConvertible {
        let cell: WorkbookBuilder.Cell
        let kind: ReleaseAnomaly.Kind
        var testDescription: String { "\(cell)" }
    }

    static let dateCases: [DateCase] = [
        .init(cell: .number(45021), kind: .excelSerialDate),
        .init(cell: .text("2023-04-05"), kind: .textDate),
        .init(cell: .text("4/5/2023"), kind: .textDate),
        .init(cell: .text("04/05/23"), kind: .textDate),
        .init(cell: .text("April 5, 2023"), kind: .textDate),
        .init(cell: .text("Apr. 5 2023"), kind: .textDate),
        .init(cell: .text("5-Apr-2023"), kind: .textDate),
        .init(cell: .inlineText(" 4/5/2023 "), kind: .textDate),
        .init(cell: .formulaText("2023-04-05 00:00:00"), kind: .textDate),
    ]

    @Test("inspection dates as serials and as text all read as 2023-04-05", arguments: dateCases)
    func dates(_ example: DateCase) throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL", ["Last Inspection End Date": example.cell])
        let release = try Self.read(fixture)
        #expect(release.facilities[0].inspections.first?.date == CalendarDate(year: 2023, month: 4, day: 5))
        #expect(release.anomalies.map(\.kind) == [example.kind])
    }

    @Test("facility types in the Male/Female column are not taken for genders")
    func typesInGenderColumn() throws {
        // given a sheet whose Male/Female column holds types for two rows
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL", ["Male/Female": "IGSA"])
        fixture.addFacility("B CENTER", ["Male/Female": "SPC", "Type Detailed": "SPC"])
        fixture.addFacility("C JAIL", ["Male/Female": "Male"])
        // when read
        let release = try Self.read(fixture)
        // then the types are kept under the column's header, not as genders, and flagged once
        #expect(release.facilities.map(\.gender) == [nil, nil, "Male"])
        #expect(release.facilities[0].otherColumns == ["Male/Female": "IGSA"])
        let anomaly = try #require(release.anomalies.first { $0.kind == .facilityTypeInGenderColumn })
        #expect(anomaly.occurrences == 2 && anomaly.location?.row == 8 && anomaly.location?.column == "Male/Female")
    }

    @Test("the genders known at once are genders by the rules too, whatever the row's type")
    func commonGendersFollowTheRules() {
        for text in GenderColumnValue.commonGenders {
            for typeDetailed in [nil, "IGSA", text] {
                #expect(GenderColumnValue.classified(text, typeDetailed: typeDetailed) == .gender(text), "\(text)")
                #expect(GenderColumnValue(text, typeDetailed: typeDetailed) == .gender(text))
            }
        }
        #expect(GenderColumnValue("female / male", typeDetailed: nil) == .gender("female / male"))
        #expect(GenderColumnValue("IGSA", typeDetailed: nil) == .facilityType("IGSA"))
    }

    @Test("the header is found on any row from 1 to 12", arguments: [1, 4, 6, 10, 12])
    func headerRow(_ row: Int) throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.headerRow = row
        fixture.titleLines = Array(repeating: "", count: max(0, row - 2)) + ["Data Source: ICE Integrated Decision Support (IIDS), 07/08/2024"]
        fixture.addFacility("A JAIL")
        let release = try Self.read(fixture, fileName: row == 1 ? Self.fileName : "FY24_detentionStats.xlsx")
        #expect(release.headerRow == row)
        #expect(release.facilities.first?.sourceRow == row + 1)
        #expect(release.asOfDate == (row == 1 ? CalendarDate(year: 2024, month: 7, day: 18) : CalendarDate(year: 2024, month: 7, day: 8)))
    }

    @Test("a sheet name with trailing spaces is matched and flagged")
    func trailingSpaces() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.sheetName = "Facilities FY24  "
        fixture.addFacility("A JAIL")
        let release = try Self.read(fixture)
        #expect(release.sheetName == "Facilities FY24  ")
        let anomaly = try #require(release.anomalies.first { $0.kind == .irregularSheetName })
        #expect(anomaly.detail.contains("trailing") && anomaly.location?.sheet == "Facilities FY24  ")
    }

    @Test("duplicate facility rows are both kept and recorded")
    func duplicates() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("Stewart Detention Center", state: "GA")
        fixture.addFacility("OTHER JAIL")
        fixture.addFacility("STEWART DETENTION CENTER", state: "GA", ["Level A": 1])
        let release = try Self.read(fixture)
        #expect(release.facilities.count == 3)
        let anomaly = try #require(release.anomalies.first { $0.kind == .duplicateFacilityRow })
        #expect(anomaly.occurrences == 2 && anomaly.location?.row == 10 && anomaly.detail.contains("rows 8, 10"))

        // Two repeated facilities, the second repeated first: recorded in the order they are first listed.
        var interleaved = IceStatsWorkbookFixture()
        for (name, state) in [("A JAIL", "GA"), ("B JAIL", "TX"), ("B JAIL", "TX"), ("A JAIL", "GA"), ("B JAIL", "TX")] {
            interleaved.addFacility(name, state: state)
        }
        let repeats = try Self.read(interleaved).anomalies.filter { $0.kind == .duplicateFacilityRow }
        #expect(repeats.map(\.occurrences) == [2, 3])
        #expect(repeats.map { $0.location?.row } == [11, 10])
        #expect(repeats.count == 2 && repeats[0].detail.contains("A JAIL") && repeats[0].detail.contains("rows 8, 11")
            && repeats[1].detail.contains("B JAIL") && repeats[1].detail.contains("rows 9, 10, 12"))
    }

    @Test("totals and notes under the table are skipped, each recorded")
    func skippedRows() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("A JAIL")
        fixture.rowsBelow = [["Total", "", "", "", "", "", "", "", "", 10.25], ["*ODO inspections are semi-annual."]]
        let release = try Self.read(fixture)
        #expect(release.facilities.count == 1)
        let skipped = release.anomalies.filter { $0.kind == .skippedRow }
        #expect(skipped.map { $0.location?.row } == [10, 11])
        #expect(skipped[0].detail.contains("total row") && skipped[1].detail.contains("ODO inspections"))
    }

    @Test("unknown columns are kept under their header; values under an empty header under the column letter")
    func unknownColumns() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.header += ["Capacity", "", "FY24 Book-ins"]
        fixture.addFacility("A JAIL", ["Capacity": 500, "FY24 Book-ins": "1,204"])
        var release = try Self.read(fixture)
        #expect(release.facilities[0].otherColumns == ["Capacity": "500", "FY24 Book-ins": "1,204"])
        #expect(release.columns.count == 30 && release.columns[28] == "")
        // A value under the empty header (column AC) is kept under "AC".
        fixture.facilities[0][""] = "stray"
        release = try Self.read(fixture)
        #expect(release.facilities[0].otherColumns["AC"] == "stray")
    }

    @Test("a full list of authorised facilities is recognised by its many empty rows")
    func fullList() throws {
        var fixture = IceStatsWorkbookFixture()
        for index in 0..<1_001 {
            fixture.addFacility("JAIL \(index)", index < 100 ? [:] : ["Level A": 0, "Level B": 0, "Level C": 0, "Level D": 0])
        }
        let release = try Self.read(fixture)
        #expect(release.facilities.count == 1_001)
        #expect(release.anomalies.contains { $0.kind == .fullAuthorizedFacilityList && $0.occurrences == 1_001 })
    }

    @Test("the FY2023 layout keeps ODO and Nakamoto inspections apart; FY2024's 'ODO' columns are unspecified")
    func inspectorLayouts() throws {
        var fixture = IceStatsWorkbookFixture()
        fixture.header = Array(IceStatsWorkbookFixture.fy26Header.prefix(23)) + [
            "Last Inspection Type", "ODO Inspection End Date", "ODO Last Inspection Standard", "ODO Final Rating",
            "Last Nakamoto Inspection Standard", "Last Nakamoto Inspection Rating - Final", "Last Nakamoto Inspection Date",
            "Second to Last Nakamoto Inspection Type", "Second to Last Nakamoto Inspection Standard",
            "Second to Last Nakamoto Inspection Date",
        ]
        fixture.addFacility("A JAIL", ["ODO Inspection End Date": 45000, "ODO Final Rating": "Superior",
                                       "Last Nakamoto Inspection Date": "6/15/2022", "Second to Last Nakamoto Inspection Type": "Regular"])
        let release = try Self.read(fixture)
        #expect(release.layout == .fy23Odo)
        #expect(release.facilities[0].inspections.map(\.inspector) == [.odo, .nakamoto, .nakamoto])
        #expect(release.facilities[0].inspections[0].dateLabel == "ODO Inspection End Date")

        fixture.header = Array(IceStatsWorkbookFixture.fy26Header.prefix(23))
            + ["Last Inspection Type", "ODO Inspection End Date", "ODO Last Inspection Standard", "ODO Final Rating"]
        let fy24 = try Self.read(fixture)
        #expect(fy24.layout == .fy24)
        #expect(fy24.facilities[0].inspections.map(\.inspector) == [.unspecified])
    }

    @Test("the pending column and the FY2024 pending layout")
    func pendingLayout() throws {
        var fixture = IceStatsWorkbookFixture()
        var header = IceStatsWorkbookFixture.fy26Header
        header.insert("Pending FY24 Inspection", at: 25)
        fixture.header = header
        fixture.addFacility("A JAIL", ["Pending FY24 Inspection": "Scheduled"])
        let release = try Self.read(fixture)
        #expect(release.layout == .fy24Pending)
        #expect(release.facilities[0].pendingInspection == "Scheduled")
    }
}

@Suite("The header row's Name cell")
struct HeaderNameCellTests {
    @Test("every text that normalizes to \"name\" passes the byte check first; others mostly do not")
    func byteCheckKeepsEveryName() {
        let names = ["Name", "NAME", "name", " Name ", "Name*", "Name **", "Name [1]", "NaMe", "name\t"]
        for text in names {
            #expect(HeaderText.normalized(text) == "name", "\(text)")
            #expect(HeaderRowLocator.holdsName(text), "\(text)")
        }
        // Generated near-misses: whenever one normalizes to "name", the check let it through.
        var random = SeededGenerator(seed: 20_261_203)
        let alphabet = Array("nNaAmMeE *[]1ñ\u{212A}")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            if HeaderText.normalized(text) == "name" { #expect(HeaderRowLocator.holdsName(text), "\(text)") }
        }
        for text in ["", "Nam", "N a m e", "Facility", "ADP", "Ñame"] { #expect(!HeaderRowLocator.holdsName(text), "\(text)") }
    }
}
