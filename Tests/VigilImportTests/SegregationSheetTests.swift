import Foundation
import Testing
@testable import VigilImport
import VigilCore
import VigilTestSupport

/// The two segregation sheets, built in the test with every irregularity the real ones have.
@Suite("Segregation sheets (synthetic)")
struct SegregationSheetTests {
    typealias Cell = WorkbookBuilder.Cell
    static let fileName = "FY24_detentionStats07182024.xlsx"
    static let definition = "This Segregation Review Management System (SRMS) data represents the total number of unique individuals who served one or more days in segregation during the calendar month."

    /// A workbook whose Facilities sheet lists Moshannon (PA), Stewart (GA) and two Pike County Jails (PA, AL).
    static func fixture(monthly: [(Int, [Cell])]? = nil, vulnerable: [(Int, [Cell])]? = nil,
                        monthlySheetName: String = "Monthly Segregation") -> IceStatsWorkbookFixture {
        var fixture = IceStatsWorkbookFixture()
        fixture.addFacility("MOSHANNON VALLEY PROCESSING CENTER", state: "PA")
        fixture.addFacility("STEWART DETENTION CENTER", state: "GA")
        fixture.addFacility("PIKE COUNTY JAIL", state: "PA")
        fixture.addFacility("PIKE COUNTY JAIL", state: "AL")
        if let monthly { fixture.extraSheets.append((monthlySheetName, monthly)) }
        if let vulnerable { fixture.extraSheets.append(("Vulnerable & Special Population", vulnerable)) }
        return fixture
    }

    static func read(_ fixture: IceStatsWorkbookFixture) throws -> IceStatsRelease {
        try IceStatsWorkbookReader.read(data: try fixture.data(), fileName: fileName)
    }

    // MARK: Monthly segregation

    @Test("each heading form names its block's month; Grand Totals are not facilities; text counts read as numbers")
    func headingForms() throws {
        // given three blocks, one per heading form ICE has used, with a count written as text
        let monthly: [(Int, [Cell])] = [
            (1, [.text("U.S. Immigration and Customs Enforcement\n" + Self.definition)]),
            (5, ["June 2025"]),
            (6, ["Facilities", "Placement Count"]),
            (7, ["MOSHANNON VALLEY PROCESSING CENTER", 113]),
            (8, ["Stewart Detention Center", .text("12")]),
            (9, ["Grand Total", 125]),
            (12, [.text("May 2025\n\n" + Self.definition)]),
            (13, ["Facilities", "Placement Count"]),
            (14, ["MOSHANNON VALLEY PROCESSING CENTER", .inlineText(" 99 "), .empty, .empty, .empty, "`"]),
            (15, ["Grand Total", 99]),
            (18, ["ICE Segregation Population* for April 2024. Data extracted from ICE's Segregation Review Management System (SRMS) as of 5/8/2024."]),
            (19, ["Facilities", "Placement Count"]),
            (20, ["PIKE COUNTY JAIL", 6]),
            (21, ["TORRANCE/ESTANCIA, NM", 1]),
            (22, ["Grand Total", 7]),
            (24, ["*Consistent with ICE Policy 11065.1: Review of the Use of Segregation for ICE Detainees, mandatory reporting in SRMS includes … in April 2025."]),
        ]
        // when read
        let release = try Self.read(Self.fixture(monthly: monthly))
        let counts = release.segregationPlacements
        // then every facility row is there under its month, and no total is
        #expect(counts.map(\.month.iso) == ["2025-06", "2025-06", "2025-05", "2024-04", "2024-04"])
        #expect(counts.map(\.placementCount) == [113, 12, 99, 6, 1])
        #expect(!counts.contains { $0.facilityName.lowercased().contains("total") })
        // and each row names its sheet and row
        #expect(counts[0].location == SourceLocation(file: Self.fileName, sheet: "Monthly Segregation", row: 7))
        #expect(counts[2].location.row == 14)
        // and the totals agreed, so nothing irregular was recorded
        #expect(!release.anomalies.contains { $0.kind.rawValue.hasPrefix("segregation") || $0.kind == .unreadableValue })
    }

    @Test("names tie to the same workbook's facility only when exactly one facility has that name")
    func facilityKeys() throws {
        let monthly: [(Int, [Cell])] = [
            (1, ["June 2025"]), (2, ["Facilities", "Placement Count"]),
            (3, ["Moshannon Valley Processing Center", 113]),   // case differs: still the one facility
            (4, ["PIKE COUNTY JAIL", 2]),                       // two states have one: left untied
            (5, ["NORTHWEST ICE PROCESSSING CENTER", 15]),      // ICE's typo, not in the Facilities sheet
        ]
        let counts = try Self.read(Self.fixture(monthly: monthly)).segregationPlacements
        #expect(counts.map(\.facilityKey) == [FacilityKey(rawValue: "moshannon-valley-processing-center-pa"), nil, nil])
        #expect(counts.map(\.facilityName) == ["Moshannon Valley Processing Center", "PIKE COUNTY JAIL", "NORTHWEST ICE PROCESSSING CENTER"])
    }

    @Test("a count that is not a number is an anomaly naming sheet, row and column; the rest imports")
    func badCount() throws {
        // given a block with a typo'd count and a placeholder
        let monthly: [(Int, [Cell])] = [
            (1, ["June 2025"]), (2, ["Facilities", "Placement Count"]),
            (3, ["MOSHANNON VALLEY PROCESSING CENTER", "11e"]),
            (4, ["STEWART DETENTION CENTER", "*"]),
            (5, ["PIKE COUNTY JAIL", 4]),
            (6, ["Grand Total", 20]),
        ]
        // when read
        let release = try Self.read(Self.fixture(monthly: monthly))
        // then the good row is kept, the bad ones are left out and said so
        #expect(release.segregationPlacements.map(\.placementCount) == [4])
        let unreadable = try #require(release.anomalies.first { $0.kind == .unreadableValue })
        #expect(unreadable.location == SourceLocation(file: Self.fileName, sheet: "Monthly Segregation", row: 3, column: "Placement Count"))
        #expect(unreadable.detail.contains("\"11e\"") && unreadable.detail.contains("MOSHANNON VALLEY PROCESSING CENTER, June 2025"))
        let placeholder = try #require(release.anomalies.first { $0.kind == .placeholderValue && $0.location?.sheet == "Monthly Segregation" })
        #expect(placeholder.location?.row == 4)
        // and the Grand Total no longer matches the rows read, which is recorded too
        let mismatch = try #require(release.anomalies.first { $0.kind == .segregationTotalMismatch })
        #expect(mismatch.detail.contains("is 20") && mismatch.detail.contains("sum to 4") && mismatch.detail.contains("2 rows were left out"))
        // and both carry their values, so /releases can say them in Spanish
        let june = SegregationPeriod.month(CalendarMonth(year: 2025, month: 6)!)
        #expect(unreadable.facts == .segregationUnreadableCount(row: 3, column: "Placement Count", value: "11e",
                                                                name: "MOSHANNON VALLEY PROCESSING CENTER", period: june))
        #expect(mismatch.facts == .segregationTotalMismatch(period: june, row: 6, printed: 20, sum: 4, leftOut: 2))
        // and the facility table is untouched
        #expect(release.facilities.count == 4)
    }

    @Test("rows with no month heading are left out as one anomaly; a block without a header row is read and noted")
    func unreadableAndHeaderlessBlocks() throws {
        let monthly: [(Int, [Cell])] = [
            (1, ["U.S. Immigration and Customs Enforcement"]),
            (3, ["Facilities", "Placement Count"]),          // no month above it
            (4, ["MOSHANNON VALLEY PROCESSING CENTER", 10]),
            (5, ["STEWART DETENTION CENTER", 3]),
            (6, ["Grand Total", 13]),
            (9, ["February 2025"]),                          // no header row below it
            (10, ["MOSHANNON VALLEY PROCESSING CENTER", 121]),
            (11, ["Grand Total", 121]),
        ]
        let release = try Self.read(Self.fixture(monthly: monthly))
        #expect(release.segregationPlacements.map { "\($0.month.iso) \($0.placementCount)" } == ["2025-02 121"])
        let unreadable = try #require(release.anomalies.first { $0.kind == .segregationBlockUnreadable })
        #expect(unreadable.location?.row == 3 && unreadable.detail.contains("Rows 3–5 (2 facility rows)"))
        let headerless = try #require(release.anomalies.first { $0.kind == .segregationBlockWithoutHeader })
        #expect(headerless.location?.row == 10 && headerless.detail.contains("February 2025"))
        #expect(unreadable.facts == .segregationRowsUnclaimed(sheet: .monthly, firstRow: 3, lastRow: 5, rows: 2, headerRow: 3))
        #expect(headerless.facts == .segregationBlockWithoutHeader(period: .month(CalendarMonth(year: 2025, month: 2)!), headingRow: 9, firstRow: 10))
    }

    @Test("the FY26 sheet name and stray spaces are matched; a repeated month is not counted twice")
    func sheetNameAndRepeatedMonth() throws {
        let monthly: [(Int, [Cell])] = [
            (1, ["December 2025"]), (2, ["Facilities", "Placement Count"]), (3, ["STEWART DETENTION CENTER", 5]),
            (6, ["December 2025"]), (7, ["Facilities", "Placement Count"]), (8, ["STEWART DETENTION CENTER", 7]),
        ]
        let release = try Self.read(Self.fixture(monthly: monthly, monthlySheetName: " FY26 Monthly Segregation "))
        #expect(release.segregationPlacements.map(\.placementCount) == [5])
        #expect(release.segregationPlacements.first?.location.sheet == " FY26 Monthly Segregation ")
        #expect(release.anomalies.contains { $0.kind == .segregationBlockUnreadable && $0.detail.contains("A second block for December 2025") })
    }

    @Test("a workbook without the sheets reads as before, with no segregation rows")
    func absentSheets() throws {
        let release = try Self.read(Self.fixture())
        #expect(release.segregationPlacements.isEmpty && release.vulnerableSegregation.isEmpty)
        #expect(release.anomalies.isEmpty)
    }

    // MARK: Vulnerable & special population

    static let vulnerableHeader: [Cell] = ["Placement Reason", "Number of Placements",
                                           "Average Number of Consecutive Days in Segregation",
                                           "Average Number of Cumulative Days in Segregation"]

    @Test("quarters, renamed reasons, text counts, totals and the unique-detainee footnote are read; definitions are not")
    func vulnerableQuarters() throws {
        // given two quarters with the headings' variants and a renamed reason
        let vulnerable: [(Int, [Cell])] = [
            (1, ["Definition for Vulnerable and Special Populations "]),
            (2, ["U.S. Immigration and Customs Enforcement (ICE) Enforcement and Removal Operations (ERO) is providing segregation data involving vulnerable and special populations, in Fiscal Year 2022 Quarter 1 and after …"]),
            (4, ["FY 2022  Quarter 2 Data"]),
            (5, Self.vulnerableHeader),
            (6, ["Disciplinary", 41, 14.46, 19.63]),
            (7, ["Medical/Mental Health", "231", "10.48", 12.6]),
            (8, ["Grand Total", 272, 11.99, 14.72]),
            (10, ["* Data represents 260 unique detainees. Some detainees have multiple placements within FY22 Q2 (272 total placements)."]),
            (12, ["Fiscal Year (FY) 2024 Quarter 3 Data"]),
            (13, Self.vulnerableHeader),
            (14, ["Medical Mental", 76, 17.020504385964916, 22.364155854044846]),
            (15, ["Hunger Strike/Suicide Watch", 3, "N/A", 2]),
            (16, ["Grand Total", 79, 16.5, 21.1]),
            (19, ["The Basis for Any Use of Facility-Initiated Segregation"]),
            (20, ["Consistent with ICE detention standards and ICE Policy 11065.1, a detainee may be placed … reviewed after 30 days in FY 2024 Quarter 3 …"]),
        ]
        // when read
        let release = try Self.read(Self.fixture(vulnerable: vulnerable))
        let rows = release.vulnerableSegregation
        // then each row carries its quarter, reason, figures and the quarter's unique detainees
        #expect(rows.map(\.quarterLabel) == ["FY2022 Q2", "FY2022 Q2", "FY2022 Q2", "FY2024 Q3", "FY2024 Q3", "FY2024 Q3"])
        #expect(rows.map(\.reason) == [.disciplinary, .medicalMentalHealth, .total, .medicalMentalHealth, .hungerStrikeSuicideWatch, .total])
        #expect(rows.map(\.reasonAsWritten)[1] == "Medical/Mental Health" && rows[3].reasonAsWritten == "Medical Mental")
        #expect(rows[1].placements == 231 && rows[1].averageConsecutiveDays == 10.48)
        #expect(rows[3].averageConsecutiveDays == 17.020504385964916)
        #expect(rows.prefix(3).allSatisfy { $0.uniqueDetainees == 260 } && rows.suffix(3).allSatisfy { $0.uniqueDetainees == nil })
        #expect(rows[2].location == SourceLocation(file: Self.fileName, sheet: "Vulnerable & Special Population", row: 8))
        // and the placeholder average is no value, recorded
        #expect(rows[4].averageConsecutiveDays == nil && rows[4].averageCumulativeDays == 2)
        #expect(release.anomalies.contains { $0.kind == .placeholderValue && $0.location?.row == 15 })
        #expect(!release.anomalies.contains { $0.kind == .segregationTotalMismatch })
    }

    @Test("the header test finds its words in any ASCII case, anywhere in a cell, and nothing near them")
    func headerWordSearch() {
        #expect("Number of PLACEMENTS*".containsIgnoringASCIICase("number of placements"))
        #expect("\u{00A0}Placement Reason".containsIgnoringASCIICase("placement reason"))
        #expect("Écart: placemenplacement reason".containsIgnoringASCIICase("placement reason"))  // a restart after a near miss
        #expect("Avg Cumulative Days"[...].containsIgnoringASCIICase("cumulative"))
        #expect(!"Placement Reaso".containsIgnoringASCIICase("placement reason"))
        #expect(!"PLACEMENT_REASON".containsIgnoringASCIICase("placement reason"))
        #expect(!"".containsIgnoringASCIICase("cumulative"))
    }

    @Test("an unreadable number of placements is an anomaly with row and column")
    func badPlacements() throws {
        let vulnerable: [(Int, [Cell])] = [
            (1, ["Fiscal Year (FY) 2023 Quarter 1 Data"]), (2, Self.vulnerableHeader),
            (3, ["Disciplinary", "ninety", 14.6, 32.4]),
            (4, ["Protective Custody", 57, 43.2, 73.6]),
        ]
        let release = try Self.read(Self.fixture(vulnerable: vulnerable))
        #expect(release.vulnerableSegregation.map(\.reason) == [.protectiveCustody])
        let anomaly = try #require(release.anomalies.first { $0.kind == .unreadableValue })
        #expect(anomaly.location == SourceLocation(file: Self.fileName, sheet: "Vulnerable & Special Population", row: 3,
                                                   column: "Number of Placements"))
        #expect(anomaly.facts == .vulnerableUnreadablePlacements(row: 3, column: "Number of Placements", value: "ninety", reason: "Disciplinary",
                                                                 period: .quarter(FiscalYear(2023), quarter: 1)))
        #expect(anomaly.detail == "Row 3, column \"Number of Placements\": \"ninety\" is not a number of placements; the row (Disciplinary, FY2023 Q1) was left out.")
    }

    @Test("reasons fold ICE's wordings", arguments: [
        ("Disciplinary", VulnerablePlacementReason.disciplinary),
        ("Facility Security Threat", .facilitySecurityThreat),
        ("Medical/Mental Health", .medicalMentalHealth),
        ("Medical Mental", .medicalMentalHealth),
        ("Pending Investigation of Disciplinary Violation", .pendingInvestigationOfDisciplinaryViolation),
        ("Protective Custody", .protectiveCustody),
        ("Hunger Strike/Suicide Watch", .hungerStrikeSuicideWatch),
        ("Grand Total", .total),
        ("Gender Identity", .other("Gender Identity")),
    ])
    func reasons(text: String, reason: VulnerablePlacementReason) {
        #expect(VulnerablePlacementReason(asWritten: text) == reason)
        #expect(VulnerablePlacementReason(code: reason.code, asWritten: text) == reason)
    }

    @Test("a header row is known in any case and spacing of its two headers; other rows are not headers")
    func headerSpellings() {
        func columns(_ texts: [String]) -> [Int]? {
            let row = XLSXRow(number: 1, cells: texts.enumerated().map { XLSXCell(column: $0.offset, value: .sharedString($0.element)) })
            return SegregationSheetReader.headerColumns(row).map { [$0.name, $0.count] }
        }
        #expect(columns(["Facilities", "Placement Count"]) == [0, 1])
        #expect(columns([" FACILITY NAME ", "Total Placement Count*"]) == [0, 1])
        #expect(columns(["note", "facility", "PLACEMENT COUNT"]) == [1, 2])
        #expect(columns(["Facilities Inc", "Placement Count"]) == nil)
        #expect(columns(["Facilities", "Placements"]) == nil)
        #expect(columns(["STEWART DETENTION CENTER", "12"]) == nil)
        // The byte test before lower-casing: any case, never a lone non-ASCII look-alike.
        #expect("Total PLACEMENT Count".containsIgnoringASCIICase(Array("placement count".utf8)))
        #expect(!"Placement Coun".containsIgnoringASCIICase(Array("placement count".utf8)))
        #expect(!"FACİLITY".containsIgnoringASCIICase(Array("facilit".utf8)))
        #expect(!"".containsIgnoringASCIICase(Array("facilit".utf8)))
        #expect("anything".containsIgnoringASCIICase([]))
    }
}
