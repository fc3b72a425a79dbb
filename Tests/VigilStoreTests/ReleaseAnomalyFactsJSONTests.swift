import Foundation
import Testing
import VigilCore
@testable import VigilStore

/// `details_json` is written by hand (`ReleaseAnomalyFacts.storedJSON`) and read by `JSONDecoder`:
/// every case must come back as it went in, whatever its text holds.
@Suite("Release anomaly facts as stored JSON")
struct ReleaseAnomalyFactsJSONTests {
    static let day = CalendarDate(year: 2024, month: 7, day: 8)!
    static let month = SegregationPeriod.month(CalendarMonth(year: 2025, month: 6)!)
    static let quarter = SegregationPeriod.quarter(FiscalYear(2022), quarter: 3)

    /// Every case, its text given by `t` and its optional values present or not.
    static func everyCase(_ t: (String) -> String, optionals: Bool) -> [ReleaseAnomalyFacts] {
        let date = optionals ? day : nil
        return [
            .excelSerialDate(column: t("Last Inspection Date"), example: t("45316"), date: day),
            .textDate(column: t("Last Inspection Date"), example: t("9/24/2020"), format: .monthDayYear),
            .placeholder(column: t("Level A"), label: .text(t("New Facility"))),
            .placeholder(column: t("Level B"), label: .nonBreakingSpace),
            .vulnerablePlaceholder(column: t("Placements"), label: .notAvailableError),
            .segregationPlaceholder(column: t("Placement Count"), label: .text(t("*"))),
            .unreadable(column: t("Level D"), value: t("about twelve"), expected: .dateSerialOutOfRange),
            .errorValue(column: t("ADP"), code: t("#REF!")),
            .facilityTypeInGenderColumn(column: t("Male/Female"), example: t("IGSA")),
            .irregularSheetName(name: t(" Facilities FY22 "), trimmed: t("Facilities FY22"), spaces: [.leading, .trailing, .doubled],
                                label: optionals ? .eoyfy : nil),
            .duplicateFacilityRow(name: t("EDEN DETENTION CENTER"), state: optionals ? t("TX") : nil, rows: [56, 900]),
            .fullAuthorizedFacilityList(rows: 1882, empty: 1394, percent: 74),
            .asOfDateOutsideFiscalYear(printedText: optionals ? t("Source: IIDS, 01/09/2022") : nil, printed: day, fiscalYear: FiscalYear(2023),
                                       allowance: 90),
            .asOfDateAfterDownload(printed: day, downloaded: day, stamp: t("20240708")),
            .asOfDateCorrected(printed: day, fiscalYear: FiscalYear(2023), corrected: day, downloaded: date, stamp: optionals ? t("2023") : nil,
                               fileNameDate: date),
            .asOfDateDisagreesWithFileName(named: day, digits: t("07082024"), printed: day, days: -366, usedDate: date),
            .asOfDateFromFileName(named: day, digits: t("07082024")),
            .asOfDateFromDownload(downloaded: day, stamp: t("20240708T1200")),
            .skippedFacilityRow(row: 131, why: .noName, text: t("[1] STFRCTX houses single adults")),
            .segregationRowWithoutCount(row: 12, name: t("A JAIL"), period: month),
            .segregationCountWithoutName(row: 12, count: t("7"), period: quarter),
            .vulnerableRowWithoutReason(row: 12, period: quarter),
            .segregationUnreadableCount(row: 12, column: t("Placement Count"), value: t("many"), name: t("A JAIL"), period: month),
            .vulnerableUnreadablePlacements(row: 12, column: t("Number of Placements"), value: t("many"), reason: t("Disciplinary"),
                                            period: quarter),
            .vulnerableUnreadableAverage(row: 12, column: t("Average Days"), value: t("-3")),
            .segregationSecondBlock(period: month, row: 40, firstRow: 3, rows: 5),
            .segregationRowsUnclaimed(sheet: .vulnerable, firstRow: 7, lastRow: 9, rows: 2, headerRow: optionals ? 7 : nil),
            .segregationBlockWithoutHeader(period: quarter, headingRow: 10, firstRow: 11),
            .segregationTotalMismatch(period: month, row: 30, printed: 1200, sum: 97, leftOut: 1),
            .segregationSheetUnreadable(sheet: t("Monthly Segregation"), error: t("sheet not found")),
            .republishedUnderAnotherName(file: t("b.xlsx"), asOfDate: day, original: t("a.xlsx")),
        ]
    }

    /// The case's name: a switch with no default, so a new case does not compile until it is named here (and
    /// `caseCount`, the cases `everyCase` must sample, counts it).
    static func name(_ facts: ReleaseAnomalyFacts) -> String {
        switch facts {
        case .excelSerialDate: "excelSerialDate"
        case .textDate: "textDate"
        case .placeholder: "placeholder"
        case .vulnerablePlaceholder: "vulnerablePlaceholder"
        case .segregationPlaceholder: "segregationPlaceholder"
        case .unreadable: "unreadable"
        case .errorValue: "errorValue"
        case .facilityTypeInGenderColumn: "facilityTypeInGenderColumn"
        case .irregularSheetName: "irregularSheetName"
        case .duplicateFacilityRow: "duplicateFacilityRow"
        case .fullAuthorizedFacilityList: "fullAuthorizedFacilityList"
        case .asOfDateOutsideFiscalYear: "asOfDateOutsideFiscalYear"
        case .asOfDateAfterDownload: "asOfDateAfterDownload"
        case .asOfDateCorrected: "asOfDateCorrected"
        case .asOfDateDisagreesWithFileName: "asOfDateDisagreesWithFileName"
        case .asOfDateFromFileName: "asOfDateFromFileName"
        case .asOfDateFromDownload: "asOfDateFromDownload"
        case .skippedFacilityRow: "skippedFacilityRow"
        case .segregationRowWithoutCount: "segregationRowWithoutCount"
        case .segregationCountWithoutName: "segregationCountWithoutName"
        case .vulnerableRowWithoutReason: "vulnerableRowWithoutReason"
        case .segregationUnreadableCount: "segregationUnreadableCount"
        case .vulnerableUnreadablePlacements: "vulnerableUnreadablePlacements"
        case .vulnerableUnreadableAverage: "vulnerableUnreadableAverage"
        case .segregationSecondBlock: "segregationSecondBlock"
        case .segregationRowsUnclaimed: "segregationRowsUnclaimed"
        case .segregationBlockWithoutHeader: "segregationBlockWithoutHeader"
        case .segregationTotalMismatch: "segregationTotalMismatch"
        case .segregationSheetUnreadable: "segregationSheetUnreadable"
        case .republishedUnderAnotherName: "republishedUnderAnotherName"
        }
    }

    /// How many cases `ReleaseAnomalyFacts` has: as many as `name` names.
    static let caseCount = 30

    @Test("every case comes back from its stored JSON, whatever its text holds, with its optional values or without")
    func roundTrip() throws {
        let hostile: [(String) -> String] = [
            { $0 },
            { "\"" + $0 + "\\\"\n\t\r\u{1}\u{1f}\u{7f}</script>/ü中😀" },
            { _ in "" },
        ]
        for text in hostile {
            for optionals in [true, false] {
                let cases = Self.everyCase(text, optionals: optionals)
                // every case is sampled (two placeholder samples: text and a described mark)
                #expect(Set(cases.map(Self.name)).count == Self.caseCount)
                for facts in cases {
                    let back = try JSONDecoder().decode(ReleaseAnomalyFacts.self, from: Data(facts.storedJSON.utf8))
                    #expect(back == facts, "\(facts.storedJSON)")
                }
            }
        }
    }

    @Test("the stored JSON is JSONEncoder's, sorted keys and all, but for the slash JSONEncoder escapes")
    func sameAsEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // text with no quote, control or "<" (which the two write differently but read the same): JSONEncoder's text,
        // its "\/" read as the "/" it stands for, byte for byte
        for optionals in [true, false] {
            for facts in Self.everyCase({ $0 }, optionals: optionals) {
                let encoded = String(decoding: try encoder.encode(facts), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
                #expect(facts.storedJSON == encoded, "\(Self.name(facts))")
            }
        }
    }

    @Test("an anomaly row stores its facts' JSON, and reads the facts back")
    func recordRoundTrip() {
        let anomaly = ReleaseAnomaly(.duplicateFacilityRow(name: "A \"JAIL\"", state: nil, rows: [8, 10]), occurrences: 2)
        let record = ReleaseAnomalyRecord(releaseID: 7, anomaly)
        #expect(record.details_json == #"{"duplicateFacilityRow":{"name":"A \"JAIL\"","rows":[8,10]}}"#)
        #expect(record.anomaly.facts == anomaly.facts)
    }
}
