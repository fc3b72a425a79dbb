import VigilCore

/// Small releases for expansion-event and alert tests: each facility by name, state and ADP
/// (level A carries all of it, so the ADP is exact), with an optional guaranteed minimum.
public enum ExpansionFixtures {
    public static func release(asOf: String, sha: Character,
                               facilities: [(name: String, state: String, adp: Double, guaranteedMinimum: Double?)]) -> IceStatsRelease {
        let date = CalendarDate(iso: asOf)!
        let rows = facilities.enumerated().map { index, f in
            var o = FacilityObservation(sourceRow: 8 + index, name: f.name)
            o.state = f.state
            o.city = "CITY \(index)"
            o.areaOfResponsibility = f.state == "TX" ? "HOU" : "ATL"
            o.typeDetailed = "IGSA"
            o.levelA = f.adp
            o.guaranteedMinimum = f.guaranteedMinimum
            return o
        }
        return IceStatsRelease(
            source: SourceFile(fileName: "FY\(date.fiscalYear % 100)_detentionStats_\(asOf).xlsx", sha256: String(repeating: sha, count: 64),
                               byteCount: 1000),
            sheetName: "Facilities FY\(date.fiscalYear % 100)", fiscalYear: FiscalYear(date.fiscalYear), asOfDate: date,
            printedAsOfDate: date, fileNameDate: nil, headerRow: 7, layout: .fy24Pending, columns: ["Name", "Level A"],
            facilities: rows, anomalies: [])
    }
}
