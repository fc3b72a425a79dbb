import VigilCore

/// Decides the day a release describes from the printed date, the file name and the fiscal
/// year, and says why whenever they disagree.
///
/// The rules, in order:
/// - The printed date is accepted when it falls within the fiscal year or up to
///   `yearEndAllowance` days after it (year-end files are pulled after 30 September: FY2024's
///   prints 2024-10-07), and not after the download stamp.
/// - Otherwise, if moving it by exactly one year lands it inside the fiscal year and not
///   after the download stamp, the moved date is used (`asOfDateOutsideFiscalYear` and
///   `asOfDateCorrected`); if not, the printed date is kept (`asOfDateOutsideFiscalYear`).
/// - A publication date in the file name more than `fileNameTolerance` days from the printed
///   date is recorded (`asOfDateDisagreesWithFileName`); the printed date is kept.
/// - With no printed date, the file name's date is used (`asOfDateMissing`); with neither,
///   the file is refused.
struct AsOfDateResolver {
    /// ICE publishes year-end figures within weeks of 30 September; 90 days allows for late
    /// publication without accepting a date from the middle of the next year.
    static let yearEndAllowance = 90
    /// ICE's releases are pulled one to three weeks before the date in their file name.
    static let fileNameTolerance = 45

    let file: String
    let sheet: String

    struct Resolution {
        var asOfDate: CalendarDate
        var anomalies: [ReleaseAnomaly]
    }

    func resolve(title: TitleBlock, fileName: ReleaseFileName, fiscalYear: FiscalYear) throws -> Resolution {
        guard let printed = title.printedDate else {
            return try resolveWithoutPrintedDate(fileName: fileName, fiscalYear: fiscalYear)
        }
        let location = title.printedDateLocation
        var anomalies: [ReleaseAnomaly] = []
        var asOf = printed

        let inYear = isWithinYear(printed, fiscalYear)
        let afterDownload = fileName.downloadDate.map { printed > $0 } ?? false
        if !inYear {
            anomalies.append(ReleaseAnomaly(.asOfDateOutsideFiscalYear(printedText: title.printedDateText, printed: printed,
                                                                       fiscalYear: fiscalYear, allowance: Self.yearEndAllowance),
                                            at: location))
        }
        if afterDownload, let downloaded = fileName.downloadDate, let stamp = fileName.downloadStamp {
            anomalies.append(ReleaseAnomaly(.asOfDateAfterDownload(printed: printed, downloaded: downloaded, stamp: stamp), at: location))
        }
        if !inYear || afterDownload {
            if let corrected = oneYearCorrection(of: printed, in: fiscalYear, downloadedOn: fileName.downloadDate) {
                asOf = corrected
                // The file name's date is named when it carries the same wrong year.
                let sameWrongYear = fileName.publishedDate.flatMap { named in
                    !fiscalYear.contains(named) && abs(named.days(until: printed)) <= Self.fileNameTolerance ? named : nil
                }
                let stamped = fileName.downloadDate.flatMap { downloaded in fileName.downloadStamp.map { (downloaded, $0) } }
                anomalies.append(ReleaseAnomaly(.asOfDateCorrected(printed: printed, fiscalYear: fiscalYear, corrected: corrected,
                                                                   downloaded: stamped?.0, stamp: stamped?.1, fileNameDate: sameWrongYear),
                                                at: location))
            }
        }
        if let named = fileName.publishedDate, let digits = fileName.publishedDigits {
            let gap = abs(named.days(until: printed))
            if gap > Self.fileNameTolerance {
                anomalies.append(ReleaseAnomaly(.asOfDateDisagreesWithFileName(named: named, digits: digits, printed: printed, days: gap,
                                                                               usedDate: asOf == printed ? nil : asOf),
                                                at: location))
            }
        }
        return Resolution(asOfDate: asOf, anomalies: anomalies)
    }

    /// Within the fiscal year or its year-end allowance.
    private func isWithinYear(_ date: CalendarDate, _ fiscalYear: FiscalYear) -> Bool {
        date >= fiscalYear.firstDay && date <= fiscalYear.lastDay.adding(days: Self.yearEndAllowance)
    }

    /// The printed date moved a year either way, when exactly one such date is inside the
    /// fiscal year proper and not after the download.
    private func oneYearCorrection(of printed: CalendarDate, in fiscalYear: FiscalYear,
                                   downloadedOn: CalendarDate?) -> CalendarDate? {
        let candidates = [-1, 1].compactMap { shift in
            CalendarDate(year: printed.year + shift, month: printed.month, day: printed.day)
        }.filter { candidate in
            fiscalYear.contains(candidate) && (downloadedOn.map { candidate <= $0 } ?? true)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    private func resolveWithoutPrintedDate(fileName: ReleaseFileName, fiscalYear: FiscalYear) throws -> Resolution {
        let location = SourceLocation(file: file, sheet: sheet)
        if let named = fileName.publishedDate, let digits = fileName.publishedDigits {
            return Resolution(asOfDate: named, anomalies: [ReleaseAnomaly(.asOfDateFromFileName(named: named, digits: digits), at: location)])
        }
        if let downloaded = fileName.downloadDate, let stamp = fileName.downloadStamp {
            return Resolution(asOfDate: downloaded, anomalies: [ReleaseAnomaly(.asOfDateFromDownload(downloaded: downloaded, stamp: stamp),
                                                                               at: location)])
        }
        throw ImportFailure(file: file, sheet: sheet, """
            no as-of date: the rows above the header print no "Source: ... mm/dd/yyyy" date and the file name \
            carries none. Rename the file with ICE's date, e.g. FY\(fiscalYear.year % 100)_detentionStats\
            MMDDYYYY.xlsx, and import it again
            """)
    }
}
