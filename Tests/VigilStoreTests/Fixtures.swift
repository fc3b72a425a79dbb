import VigilCore

/// Small releases built in code, for tests that need exact, known figures.
enum Fixtures {
    static func release(asOf: String = "2024-07-08", fileName: String = "FY24_detentionStats07182024.xlsx",
                        sha: Character = "a", facilities: [(String, String, Double)] = [
                            ("STEWART DETENTION CENTER", "GA", 1800), ("ADELANTO ICE PROCESSING CENTER", "CA", 1500),
                        ]) -> IceStatsRelease {
        let date = CalendarDate(iso: asOf)!
        let rows = facilities.enumerated().map { index, f in
            var o = FacilityObservation(sourceRow: 8 + index, name: f.0)
            o.state = f.1
            o.city = "CITY \(index)"
            o.typeDetailed = index % 2 == 0 ? "DIGSA" : "CDF"
            o.areaOfResponsibility = index % 2 == 0 ? "ATL" : "LOS"
            o.levelA = f.2 * 0.5
            o.levelB = f.2 * 0.25
            o.levelC = f.2 * 0.15
            o.levelD = f.2 * 0.1
            o.guaranteedMinimum = 1_000
            o.otherColumns = ["Footnote": "x"]
            o.inspections = [ReportedInspection(position: .last, inspector: .odo, type: "ODO", standard: "PBNDS 2011",
                                                rating: "Meets Standards", date: CalendarDate(iso: "2024-03-01"),
                                                dateLabel: "ODO Inspection End Date")]
            return o
        }
        return IceStatsRelease(
            source: SourceFile(fileName: fileName, sha256: String(repeating: sha, count: 64), byteCount: 1234),
            sheetName: "Facilities FY24 ", fiscalYear: FiscalYear(date.fiscalYear), asOfDate: date,
            printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending,
            columns: ["Name", "Level A"], facilities: rows,
            anomalies: [ReleaseAnomaly(.irregularSheetName, "Sheet name has a trailing space.",
                                       at: SourceLocation(file: fileName, sheet: "Facilities FY24 "))])
    }
}
