import VigilCore

extension ReleaseAnomalyFacts {
    /// The facts as `details_json` keeps them: the form of their synthesized `Codable` (the case's
    /// name holding its values by label, `_0` for one without, an absent value left out), which
    /// `JSONDecoder` reads back (`ReleaseAnomalyRecord.anomaly`).
    ///
    /// Written by hand, not by `JSONEncoder`: every anomaly of every workbook is encoded on the
    /// readers, and the encoder took about 50 µs for each (191 anomalies in ICE's 30 workbooks,
    /// much of it the runtime looking up, once for each type it meets, which protocols the type
    /// conforms to). A test reads every case back through `JSONDecoder`.
    var storedJSON: String {
        var json = FactsJSONWriter()
        switch self {
        case .excelSerialDate(let column, let example, let date):
            json.object("excelSerialDate") { $0.string("column", column); $0.date("date", date); $0.string("example", example) }
        case .textDate(let column, let example, let format):
            json.object("textDate") { $0.string("column", column); $0.string("example", example); $0.string("format", format.rawValue) }
        case .placeholder(let column, let label):
            json.object("placeholder") { $0.string("column", column); $0.string("label", label.rawValue) }
        case .vulnerablePlaceholder(let column, let label):
            json.object("vulnerablePlaceholder") { $0.string("column", column); $0.string("label", label.rawValue) }
        case .segregationPlaceholder(let column, let label):
            json.object("segregationPlaceholder") { $0.string("column", column); $0.string("label", label.rawValue) }
        case .unreadable(let column, let value, let expected):
            json.object("unreadable") { $0.string("column", column); $0.string("expected", expected.rawValue); $0.string("value", value) }
        case .errorValue(let column, let code):
            json.object("errorValue") { $0.string("code", code); $0.string("column", column) }
        case .facilityTypeInGenderColumn(let column, let example):
            json.object("facilityTypeInGenderColumn") { $0.string("column", column); $0.string("example", example) }
        case .irregularSheetName(let name, let trimmed, let spaces, let label):
            json.object("irregularSheetName") {
                $0.string("label", label?.rawValue); $0.string("name", name); $0.strings("spaces", spaces.map(\.rawValue))
                $0.string("trimmed", trimmed)
            }
        case .duplicateFacilityRow(let name, let state, let rows):
            json.object("duplicateFacilityRow") { $0.string("name", name); $0.ints("rows", rows); $0.string("state", state) }
        case .fullAuthorizedFacilityList(let rows, let empty, let percent):
            json.object("fullAuthorizedFacilityList") { $0.int("empty", empty); $0.int("percent", percent); $0.int("rows", rows) }
        case .asOfDateOutsideFiscalYear(let printedText, let printed, let fiscalYear, let allowance):
            json.object("asOfDateOutsideFiscalYear") {
                $0.int("allowance", allowance); $0.fiscalYear("fiscalYear", fiscalYear); $0.date("printed", printed)
                $0.string("printedText", printedText)
            }
        case .asOfDateAfterDownload(let printed, let downloaded, let stamp):
            json.object("asOfDateAfterDownload") { $0.date("downloaded", downloaded); $0.date("printed", printed); $0.string("stamp", stamp) }
        case .asOfDateCorrected(let printed, let fiscalYear, let corrected, let downloaded, let stamp, let fileNameDate):
            json.object("asOfDateCorrected") {
                $0.date("corrected", corrected); $0.date("downloaded", downloaded); $0.date("fileNameDate", fileNameDate)
                $0.fiscalYear("fiscalYear", fiscalYear); $0.date("printed", printed); $0.string("stamp", stamp)
            }
        case .asOfDateDisagreesWithFileName(let named, let digits, let printed, let days, let usedDate):
            json.object("asOfDateDisagreesWithFileName") {
                $0.int("days", days); $0.string("digits", digits); $0.date("named", named); $0.date("printed", printed)
                $0.date("usedDate", usedDate)
            }
        case .asOfDateFromFileName(let named, let digits):
            json.object("asOfDateFromFileName") { $0.string("digits", digits); $0.date("named", named) }
        case .asOfDateFromDownload(let downloaded, let stamp):
            json.object("asOfDateFromDownload") { $0.date("downloaded", downloaded); $0.string("stamp", stamp) }
        case .skippedFacilityRow(let row, let why, let text):
            json.object("skippedFacilityRow") { $0.int("row", row); $0.string("text", text); $0.string("why", why.rawValue) }
        case .segregationRowWithoutCount(let row, let name, let period):
            json.object("segregationRowWithoutCount") { $0.string("name", name); $0.period("period", period); $0.int("row", row) }
        case .segregationCountWithoutName(let row, let count, let period):
            json.object("segregationCountWithoutName") { $0.string("count", count); $0.period("period", period); $0.int("row", row) }
        case .vulnerableRowWithoutReason(let row, let period):
            json.object("vulnerableRowWithoutReason") { $0.period("period", period); $0.int("row", row) }
        case .segregationUnreadableCount(let row, let column, let value, let name, let period):
            json.object("segregationUnreadableCount") {
                $0.string("column", column); $0.string("name", name); $0.period("period", period); $0.int("row", row)
                $0.string("value", value)
            }
        case .vulnerableUnreadablePlacements(let row, let column, let value, let reason, let period):
            json.object("vulnerableUnreadablePlacements") {
                $0.string("column", column); $0.period("period", period); $0.string("reason", reason); $0.int("row", row)
                $0.string("value", value)
            }
        case .vulnerableUnreadableAverage(let row, let column, let value):
            json.object("vulnerableUnreadableAverage") { $0.string("column", column); $0.int("row", row); $0.string("value", value) }
        case .segregationSecondBlock(let period, let row, let firstRow, let rows):
            json.object("segregationSecondBlock") {
                $0.int("firstRow", firstRow); $0.period("period", period); $0.int("row", row); $0.int("rows", rows)
            }
        case .segregationRowsUnclaimed(let sheet, let firstRow, let lastRow, let rows, let headerRow):
            json.object("segregationRowsUnclaimed") {
                $0.int("firstRow", firstRow); $0.int("headerRow", headerRow); $0.int("lastRow", lastRow); $0.int("rows", rows)
                $0.string("sheet", sheet.rawValue)
            }
        case .segregationBlockWithoutHeader(let period, let headingRow, let firstRow):
            json.object("segregationBlockWithoutHeader") { $0.int("firstRow", firstRow); $0.int("headingRow", headingRow); $0.period("period", period) }
        case .segregationTotalMismatch(let period, let row, let printed, let sum, let leftOut):
            json.object("segregationTotalMismatch") {
                $0.int("leftOut", leftOut); $0.period("period", period); $0.int("printed", printed); $0.int("row", row); $0.int("sum", sum)
            }
        case .segregationSheetUnreadable(let sheet, let error):
            json.object("segregationSheetUnreadable") { $0.string("error", error); $0.string("sheet", sheet) }
        case .republishedUnderAnotherName(let file, let asOfDate, let original):
            json.object("republishedUnderAnotherName") { $0.date("asOfDate", asOfDate); $0.string("file", file); $0.string("original", original) }
        }
        return json.text
    }
}

/// A JSON object written field by field, as UTF-8 bytes: what `ReleaseAnomalyFacts.storedJSON`
/// writes with. Strings take `DataTable`'s escapes; a field whose value is nil is left out.
private struct FactsJSONWriter {
    private var bytes: [UInt8] = [UInt8(ascii: "{")]

    var text: String { String(decoding: bytes + [UInt8(ascii: "}")], as: UTF8.self) }

    private mutating func key(_ key: StaticString) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\":".utf8)
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        DataTable.appendJSONString(value, to: &bytes)
    }

    mutating func int(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        DecimalDigits.withBytes(of: value) { bytes.append(contentsOf: $0) }
    }

    mutating func ints(_ name: StaticString, _ values: [Int]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            DecimalDigits.withBytes(of: value) { bytes.append(contentsOf: $0) }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            DataTable.appendJSONString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func object(_ name: StaticString, _ fields: (inout FactsJSONWriter) -> Void) {
        key(name)
        var inner = FactsJSONWriter()
        fields(&inner)
        bytes.append(contentsOf: inner.bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func date(_ name: StaticString, _ date: CalendarDate?) {
        guard let date else { return }
        object(name) { $0.int("day", date.day); $0.int("month", date.month); $0.int("year", date.year) }
    }

    mutating func fiscalYear(_ name: StaticString, _ fiscalYear: FiscalYear) {
        object(name) { $0.int("year", fiscalYear.year) }
    }

    mutating func period(_ name: StaticString, _ period: SegregationPeriod) {
        object(name) { json in
            switch period {
            case .month(let month):
                json.object("month") { $0.object("_0") { $0.int("month", month.month); $0.int("year", month.year) } }
            case .quarter(let fiscalYear, let quarter):
                json.object("quarter") { $0.fiscalYear("_0", fiscalYear); $0.int("quarter", quarter) }
            }
        }
    }
}
