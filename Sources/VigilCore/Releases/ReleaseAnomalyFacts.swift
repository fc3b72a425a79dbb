/// The values an anomaly's sentence is made of, as data: the releases pages draw the sentence in the
/// reader's language from the catalogue (`anomaly.<kind>…`), while the command line, the downloads and
/// the API keep `detail`, the English made from the same catalogue. Stored as `details_json` (M0024);
/// anomalies stored before then have no facts, and their English detail is shown as it was written.
public enum ReleaseAnomalyFacts: Sendable, Hashable, Codable {
    /// A column of Excel serial dates, e.g. `45316` read as 2024-01-24.
    case excelSerialDate(column: String, example: String, date: CalendarDate)
    case textDate(column: String, example: String, format: TextDateFormat)
    /// A placeholder (`#N/A`, `*`, …) on the Facilities sheet; `label` is the workbook's text, or what Vigil calls a mark with none.
    case placeholder(column: String, label: PlaceholderMark)
    case vulnerablePlaceholder(column: String, label: PlaceholderMark)
    /// A placeholder in a segregation sheet's count column: those rows are left out of their months.
    case segregationPlaceholder(column: String, label: PlaceholderMark)
    /// `value` as shown (at most 60 characters), which is not the column's kind of value.
    case unreadable(column: String, value: String, expected: ExpectedValue)
    /// An error value other than `#N/A` (`#REF!`, `#DIV/0!`): a broken formula.
    case errorValue(column: String, code: String)
    case facilityTypeInGenderColumn(column: String, example: String)
    case irregularSheetName(name: String, trimmed: String, spaces: [StraySpace], label: SheetLabel?)
    case duplicateFacilityRow(name: String, state: String?, rows: [Int])
    case fullAuthorizedFacilityList(rows: Int, empty: Int, percent: Int)
    /// `printedText` is the title block's words for the date, when it printed words.
    case asOfDateOutsideFiscalYear(printedText: String?, printed: CalendarDate, fiscalYear: FiscalYear, allowance: Int)
    case asOfDateAfterDownload(printed: CalendarDate, downloaded: CalendarDate, stamp: String)
    case asOfDateCorrected(printed: CalendarDate, fiscalYear: FiscalYear, corrected: CalendarDate, downloaded: CalendarDate?,
                           stamp: String?, fileNameDate: CalendarDate?)
    case asOfDateDisagreesWithFileName(named: CalendarDate, digits: String, printed: CalendarDate, days: Int, usedDate: CalendarDate?)
    case asOfDateFromFileName(named: CalendarDate, digits: String)
    case asOfDateFromDownload(downloaded: CalendarDate, stamp: String)
    /// A Facilities-sheet row left out; `text` is its name, or its other values when it has no name.
    case skippedFacilityRow(row: Int, why: SkippedRowReason, text: String)
    /// A monthly-segregation row naming a facility but with no placement count.
    case segregationRowWithoutCount(row: Int, name: String, period: SegregationPeriod)
    /// A monthly-segregation row with a placement count (`count` as shown) but no facility name.
    case segregationCountWithoutName(row: Int, count: String, period: SegregationPeriod)
    /// A vulnerable-population row with figures but no placement reason.
    case vulnerableRowWithoutReason(row: Int, period: SegregationPeriod)
    /// A placement count (`value` as shown) that is not a count of people; the row is left out.
    case segregationUnreadableCount(row: Int, column: String, value: String, name: String, period: SegregationPeriod)
    /// A number of placements (`value` as shown) that is not one; the row is left out.
    case vulnerableUnreadablePlacements(row: Int, column: String, value: String, reason: String, period: SegregationPeriod)
    /// An average number of days (`value` as shown) that is not one; stored as no value.
    case vulnerableUnreadableAverage(row: Int, column: String, value: String)
    /// A second block for a period already read, from `row`; its `rows` rows were left out.
    case segregationSecondBlock(period: SegregationPeriod, row: Int, firstRow: Int, rows: Int)
    /// Rows no heading claims, left out; `headerRow` when they follow a header row with no heading above it.
    case segregationRowsUnclaimed(sheet: SegregationSheet, firstRow: Int, lastRow: Int, rows: Int, headerRow: Int?)
    /// A block with a heading but no column-header row, read with the other blocks' columns.
    case segregationBlockWithoutHeader(period: SegregationPeriod, headingRow: Int, firstRow: Int)
    /// The printed Grand Total differs from the sum of the rows read; `leftOut` rows were left out.
    case segregationTotalMismatch(period: SegregationPeriod, row: Int, printed: Int, sum: Int, leftOut: Int)
    /// A segregation sheet that could not be read at all; `error` is the reader's own (English) message.
    case segregationSheetUnreadable(sheet: String, error: String)
    /// `file` carries the release (as of `asOfDate`) already stored from `original`; kept as another copy.
    case republishedUnderAnotherName(file: String, asOfDate: CalendarDate, original: String)

    /// Why a Facilities-sheet row is not a facility.
    public enum SkippedRowReason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Values, but no facility name.
        case noName = "no_name"
        /// Only text in the Name column: a footnote.
        case note
        case total
    }

    /// What a cell should have held.
    public enum ExpectedValue: String, Sendable, Hashable, Codable, CaseIterable {
        case number
        case date
        case dateSerialOutOfRange = "date_serial_out_of_range"
    }

    /// Where a sheet name has stray spaces.
    public enum StraySpace: String, Sendable, Hashable, Codable, CaseIterable {
        case leading, trailing, doubled
    }

    /// How a sheet name marks the file's scope.
    public enum SheetLabel: String, Sendable, Hashable, Codable, CaseIterable {
        case eoyfy, eofy, ytd
    }

    public var kind: ReleaseAnomaly.Kind {
        switch self {
        case .excelSerialDate: .excelSerialDate
        case .textDate: .textDate
        case .placeholder, .vulnerablePlaceholder, .segregationPlaceholder: .placeholderValue
        case .unreadable, .errorValue: .unreadableValue
        case .facilityTypeInGenderColumn: .facilityTypeInGenderColumn
        case .irregularSheetName: .irregularSheetName
        case .duplicateFacilityRow: .duplicateFacilityRow
        case .fullAuthorizedFacilityList: .fullAuthorizedFacilityList
        case .asOfDateOutsideFiscalYear: .asOfDateOutsideFiscalYear
        case .asOfDateAfterDownload, .asOfDateDisagreesWithFileName: .asOfDateDisagreesWithFileName
        case .asOfDateCorrected: .asOfDateCorrected
        case .asOfDateFromFileName, .asOfDateFromDownload: .asOfDateMissing
        case .skippedFacilityRow, .segregationRowWithoutCount, .segregationCountWithoutName, .vulnerableRowWithoutReason: .skippedRow
        case .segregationUnreadableCount, .vulnerableUnreadablePlacements, .vulnerableUnreadableAverage: .unreadableValue
        case .segregationSecondBlock, .segregationRowsUnclaimed, .segregationSheetUnreadable: .segregationBlockUnreadable
        case .segregationBlockWithoutHeader: .segregationBlockWithoutHeader
        case .segregationTotalMismatch: .segregationTotalMismatch
        case .republishedUnderAnotherName: .republishedUnderAnotherName
        }
    }

    /// The catalogue key of the sentence; one that counts cells or rows has `.one` and `.other` forms.
    public var key: String {
        switch self {
        case .excelSerialDate: "anomaly.excel_serial_date"
        case .textDate: "anomaly.text_date"
        case .placeholder: "anomaly.placeholder_value"
        case .vulnerablePlaceholder: "anomaly.placeholder_value.vulnerable"
        case .segregationPlaceholder: "anomaly.placeholder_value.segregation"
        case .unreadable: "anomaly.unreadable_value"
        case .errorValue: "anomaly.unreadable_value.error"
        case .facilityTypeInGenderColumn: "anomaly.facility_type_in_gender_column"
        case .irregularSheetName: "anomaly.irregular_sheet_name"
        case .duplicateFacilityRow: "anomaly.duplicate_facility_row"
        case .fullAuthorizedFacilityList: "anomaly.full_authorized_facility_list"
        case .asOfDateOutsideFiscalYear: "anomaly.as_of_date_outside_fiscal_year"
        case .asOfDateAfterDownload: "anomaly.as_of_date_disagrees_with_file_name.after_download"
        case .asOfDateCorrected: "anomaly.as_of_date_corrected"
        case .asOfDateDisagreesWithFileName: "anomaly.as_of_date_disagrees_with_file_name"
        case .asOfDateFromFileName: "anomaly.as_of_date_missing.file_name"
        case .asOfDateFromDownload: "anomaly.as_of_date_missing.download"
        case .skippedFacilityRow(_, let why, _): "anomaly.skipped_row." + why.rawValue
        case .segregationRowWithoutCount: "anomaly.skipped_row.segregation_no_count"
        case .segregationCountWithoutName: "anomaly.skipped_row.segregation_no_name"
        case .vulnerableRowWithoutReason: "anomaly.skipped_row.vulnerable_no_reason"
        case .segregationUnreadableCount: "anomaly.unreadable_value.segregation_count"
        case .vulnerableUnreadablePlacements: "anomaly.unreadable_value.vulnerable_placements"
        case .vulnerableUnreadableAverage: "anomaly.unreadable_value.vulnerable_average"
        case .segregationSecondBlock: "anomaly.segregation_block_unreadable.second_block"
        case .segregationRowsUnclaimed: "anomaly.segregation_block_unreadable.unclaimed"
        case .segregationSheetUnreadable: "anomaly.segregation_block_unreadable.sheet"
        case .segregationBlockWithoutHeader(let period, _, _): "anomaly.segregation_block_without_header." + period.sheet.rawValue
        case .segregationTotalMismatch(let period, _, _, _, _): "anomaly.segregation_total_mismatch." + period.sheet.rawValue
        case .republishedUnderAnotherName: "anomaly.republished_under_another_name"
        }
    }

    /// Whether the sentence counts cells or rows (`key.one` / `key.other`).
    public var isCounted: Bool {
        switch self {
        case .excelSerialDate, .textDate, .placeholder, .vulnerablePlaceholder, .segregationPlaceholder, .unreadable, .errorValue,
             .facilityTypeInGenderColumn: true
        default: false
        }
    }

    /// The sentence in `catalogue`'s language for an anomaly seen `occurrences` times, numbers and
    /// dates written by `number` and `date`, a segregation sheet's months by `month` (`April 2024` unless given).
    public func text(in catalogue: Catalogue, occurrences: Int, number: (Int) -> String, date: (CalendarDate) -> String,
                     month: (CalendarMonth) -> String = { $0.name }) -> String {
        let periodLabel = segregationPeriod.map { Self.label($0, in: catalogue, month: month) } ?? ""
        let arguments: [String: String]
        switch self {
        case .excelSerialDate(let column, let example, let day): arguments = ["column": column, "example": example, "date": date(day)]
        case .textDate(let column, let example, let format):
            arguments = ["column": column, "example": example, "format": catalogue.text("anomaly.text_date.format." + format.rawValue)]
        case .placeholder(let column, let label), .vulnerablePlaceholder(let column, let label), .segregationPlaceholder(let column, let label):
            arguments = ["column": column, "label": label.text(in: catalogue)]
        case .unreadable(let column, let value, let expected):
            arguments = ["column": column, "value": value, "expected": catalogue.text("anomaly.expected." + expected.rawValue)]
        case .errorValue(let column, let code): arguments = ["column": column, "code": code]
        case .facilityTypeInGenderColumn(let column, let example): arguments = ["column": column, "example": example]
        case .irregularSheetName(let name, let trimmed, let spaces, let label):
            // "trailing space", but "doubled spaces" even when they are the only stray ones.
            let plural = spaces.count == 1 && spaces[0] != .doubled ? 1 : 2
            let which = spaces.map { catalogue.text("anomaly.stray_space." + $0.rawValue) }.joined(separator: catalogue.text("anomaly.and"))
            return catalogue.text(key, ["name": name, "trimmed": trimmed,
                                        "spaces": catalogue.text(Catalogue.pluralKey("anomaly.stray_spaces", count: plural, language: catalogue.language),
                                                                 ["which": which])])
                + (label.map { " " + catalogue.text("anomaly.sheet_label." + $0.rawValue) } ?? "")
        case .duplicateFacilityRow(let name, let state, let rows):
            arguments = ["name": name, "state": state.map { " (\($0))" } ?? "", "count": number(rows.count),
             "rows": rows.map(String.init).joined(separator: ", ")]
        case .fullAuthorizedFacilityList(let rows, let empty, let percent):
            arguments = ["rows": number(rows), "empty": number(empty), "percent": number(percent)]
        case .asOfDateOutsideFiscalYear(let printedText, let printed, let fiscalYear, let allowance):
            arguments = ["printed": printedText.map { "\"\($0)\"" } ?? date(printed), "date": date(printed), "fiscal_year": fiscalYear.description,
             "first_day": date(fiscalYear.firstDay), "last_day": date(fiscalYear.lastDay), "allowance": number(allowance)]
        case .asOfDateAfterDownload(let printed, let downloaded, let stamp):
            arguments = ["printed": date(printed), "downloaded": date(downloaded), "stamp": stamp]
        case .asOfDateCorrected(let printed, let fiscalYear, let corrected, let downloaded, let stamp, let fileNameDate):
            let evidence = if let downloaded, let stamp {
                catalogue.text("anomaly.as_of_date_corrected.evidence_download",
                               ["fiscal_year": fiscalYear.description, "downloaded": date(downloaded), "stamp": stamp])
            } else {
                catalogue.text("anomaly.as_of_date_corrected.evidence", ["fiscal_year": fiscalYear.description])
            }
            return catalogue.text(key, ["printed": date(printed), "fiscal_year": fiscalYear.description, "corrected": date(corrected),
                                        "evidence": evidence])
                + (fileNameDate.map { " " + catalogue.text("anomaly.as_of_date_corrected.name_note", ["named": date($0)]) } ?? "")
        case .asOfDateDisagreesWithFileName(let named, let digits, let printed, let days, let usedDate):
            arguments = ["named": date(named), "digits": digits, "printed": date(printed), "days": number(days),
             "outcome": usedDate.map { catalogue.text("anomaly.as_of_date_disagrees_with_file_name.corrected", ["date": date($0)]) }
                ?? catalogue.text("anomaly.as_of_date_disagrees_with_file_name.kept")]
        case .asOfDateFromFileName(let named, let digits): arguments = ["named": date(named), "digits": digits]
        case .asOfDateFromDownload(let downloaded, let stamp): arguments = ["downloaded": date(downloaded), "stamp": stamp]
        // A row number names a place in the file, so it is never grouped (row 1234, not 1.234).
        case .skippedFacilityRow(let row, _, let text): arguments = ["row": String(row), "text": text]
        case .segregationRowWithoutCount(let row, let name, _): arguments = ["row": String(row), "name": name, "period": periodLabel]
        case .segregationCountWithoutName(let row, let count, _): arguments = ["row": String(row), "value": count, "period": periodLabel]
        case .vulnerableRowWithoutReason(let row, _): arguments = ["row": String(row), "period": periodLabel]
        case .segregationUnreadableCount(let row, let column, let value, let name, _),
             .vulnerableUnreadablePlacements(let row, let column, let value, let name, _):
            arguments = ["row": String(row), "column": column, "value": value, "name": name, "period": periodLabel]
        case .vulnerableUnreadableAverage(let row, let column, let value): arguments = ["row": String(row), "column": column, "value": value]
        case .segregationSecondBlock(let period, let row, let firstRow, let rows):
            arguments = ["period": periodLabel, "row": String(row), "first_row": String(firstRow), "rows": number(rows),
                         "period_kind": catalogue.text("anomaly.segregation.period_kind." + period.sheet.rawValue)]
        case .segregationRowsUnclaimed(let sheet, let firstRow, let lastRow, let rows, let headerRow):
            let heading = catalogue.text("anomaly.segregation.heading." + sheet.rawValue)
            let why = headerRow.map { catalogue.text("anomaly.segregation.unclaimed.header_row", ["row": String($0), "heading": heading]) }
                ?? catalogue.text("anomaly.segregation.unclaimed.no_heading", ["heading": heading])
            arguments = ["first_row": String(firstRow), "last_row": String(lastRow), "why": why,
                         "rows": catalogue.text(Catalogue.pluralKey("anomaly.segregation.rows." + sheet.rawValue, count: rows,
                                                                    language: catalogue.language), ["count": number(rows)])]
        case .segregationBlockWithoutHeader(_, let headingRow, let firstRow):
            arguments = ["period": periodLabel, "heading_row": String(headingRow), "first_row": String(firstRow)]
        case .segregationTotalMismatch(let period, let row, let printed, let sum, let leftOut):
            let leftOutKey = "anomaly.segregation_total_mismatch.left_out." + period.sheet.rawValue
            arguments = ["period": periodLabel, "row": String(row), "printed": number(printed), "sum": number(sum),
                         "left_out": leftOut == 0 ? "" : catalogue.text(Catalogue.pluralKey(leftOutKey, count: leftOut, language: catalogue.language),
                                                                     ["count": number(leftOut)])]
        case .segregationSheetUnreadable(let sheet, let error): arguments = ["sheet": sheet, "error": error]
        case .republishedUnderAnotherName(let file, let asOfDate, let original):
            arguments = ["file": file, "date": date(asOfDate), "original": original]
        }
        let counted = isCounted ? Catalogue.pluralKey(key, count: occurrences, language: catalogue.language) : key
        return catalogue.text(counted, arguments.merging(["count": number(occurrences)]) { given, _ in given })
    }

    /// The segregation block the anomaly is about, for those that name one.
    public var segregationPeriod: SegregationPeriod? {
        switch self {
        case .segregationRowWithoutCount(_, _, let period), .segregationCountWithoutName(_, _, let period), .vulnerableRowWithoutReason(_, let period),
             .segregationUnreadableCount(_, _, _, _, let period), .vulnerableUnreadablePlacements(_, _, _, _, let period),
             .segregationSecondBlock(let period, _, _, _), .segregationBlockWithoutHeader(let period, _, _),
             .segregationTotalMismatch(let period, _, _, _, _): period
        default: nil
        }
    }

    /// A segregation block's period as its heading names it: the month, or `FY2022 Q3`.
    private static func label(_ period: SegregationPeriod, in catalogue: Catalogue, month: (CalendarMonth) -> String) -> String {
        switch period {
        case .month(let calendarMonth): month(calendarMonth)
        case .quarter(let fiscalYear, let quarter):
            catalogue.text("anomaly.segregation.quarter", ["fiscal_year": fiscalYear.description, "quarter": String(quarter)])
        }
    }

    /// For the command line, the downloads and the API: numbers and dates as the importer always wrote them.
    public func englishDetail(occurrences: Int) -> String {
        text(in: .english, occurrences: occurrences, number: { String($0) }, date: \.iso)
    }
}
