import VigilCore

/// The dates and fiscal year an ICE workbook's file name carries.
///
/// ICE names files `FY24_detentionStats07182024.xlsx` (month, day, year of publication) or
/// `FY21_detention-stats_0414.xlsx` (month and day; the year follows from the fiscal year).
/// Archived copies add a download stamp, `20230121175133-FY23_...` (year, month, day, hour,
/// minute, second): the release cannot describe a day after it was downloaded.
struct ReleaseFileName {
    let fileName: String
    /// The publication date the name spells, if any.
    private(set) var publishedDate: CalendarDate?
    /// The digits it was read from (`07182024`, `0414`).
    private(set) var publishedDigits: String?
    /// The day of the download stamp, if any.
    private(set) var downloadDate: CalendarDate?
    private(set) var downloadStamp: String?
    private(set) var fiscalYear: FiscalYear?

    init(_ fileName: String) {
        self.fileName = fileName
        var rest = Substring(fileName)
        if let dot = rest.lastIndex(of: ".") { rest = rest[..<dot] }
        let stampDigits = rest.prefix { $0.isASCIIDigit }
        if stampDigits.count == 14, rest.dropFirst(14).first == "-", let date = Self.stampDate(stampDigits) {
            downloadDate = date
            downloadStamp = String(stampDigits)
            rest = rest.dropFirst(15)
        }
        fiscalYear = FiscalYearText.find(in: String(rest))
        // Digit runs that are not part of the "FYxx" token.
        var runs: [Substring] = []
        var index = rest.startIndex
        while index < rest.endIndex {
            guard rest[index].isASCIIDigit else { index = rest.index(after: index); continue }
            let start = index
            while index < rest.endIndex, rest[index].isASCIIDigit { index = rest.index(after: index) }
            let before = rest[..<start].uppercased()
            if !before.hasSuffix("FY") { runs.append(rest[start..<index]) }
        }
        for run in runs.reversed() {
            if run.count == 8, let date = Self.monthDayYear(run) ?? Self.yearMonthDay(run) {
                publishedDate = date
                publishedDigits = String(run)
                break
            }
            if run.count == 4, let fiscalYear, let date = Self.monthDay(run, in: fiscalYear) {
                publishedDate = date
                publishedDigits = String(run)
                break
            }
        }
    }

    private static func stampDate(_ digits: Substring) -> CalendarDate? {
        let numbers = Array(digits)
        func value(_ range: Range<Int>) -> Int? { Int(String(numbers[range])) }
        guard let year = value(0..<4), let month = value(4..<6), let day = value(6..<8),
              let hour = value(8..<10), let minute = value(10..<12), let second = value(12..<14),
              hour < 24, minute < 60, second < 61 else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func monthDayYear(_ digits: Substring) -> CalendarDate? {
        let numbers = Array(digits)
        guard let month = Int(String(numbers[0..<2])), let day = Int(String(numbers[2..<4])),
              let year = Int(String(numbers[4..<8])), (2000...2099).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static func yearMonthDay(_ digits: Substring) -> CalendarDate? {
        let numbers = Array(digits)
        guard let year = Int(String(numbers[0..<4])), let month = Int(String(numbers[4..<6])),
              let day = Int(String(numbers[6..<8])), (2000...2099).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `0414` in FY2021 is 2021-04-14; `1105` in FY2021 is 2020-11-05.
    private static func monthDay(_ digits: Substring, in fiscalYear: FiscalYear) -> CalendarDate? {
        let numbers = Array(digits)
        guard let month = Int(String(numbers[0..<2])), let day = Int(String(numbers[2..<4])) else { return nil }
        return CalendarDate(year: month >= 10 ? fiscalYear.year - 1 : fiscalYear.year, month: month, day: day)
    }
}
