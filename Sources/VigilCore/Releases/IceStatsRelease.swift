/// One of ICE's detention-statistics workbooks, read: its facility table and what was
/// irregular about it.
public struct IceStatsRelease: Sendable {
    public var source: SourceFile
    /// The Facilities sheet's name exactly as in the workbook (stray spaces included).
    public var sheetName: String
    public var fiscalYear: FiscalYear
    /// The day the figures describe, after cross-checking (see `anomalies`).
    public var asOfDate: CalendarDate
    /// The date the title block printed ("Source: ICE Integrated Decision Support (IIDS), 12/28/2020").
    public var printedAsOfDate: CalendarDate?
    /// A date found in the file name (`...detentionStats07182024.xlsx`), if any.
    public var fileNameDate: CalendarDate?
    /// 1-based row of the column headers.
    public var headerRow: Int
    /// Which of the known column layouts the header matched.
    public var layout: WorkbookLayout
    /// The header cells as written, in order.
    public var columns: [String]
    public var facilities: [FacilityObservation]
    public var anomalies: [ReleaseAnomaly]

    public init(source: SourceFile, sheetName: String, fiscalYear: FiscalYear, asOfDate: CalendarDate,
                printedAsOfDate: CalendarDate?, fileNameDate: CalendarDate?, headerRow: Int,
                layout: WorkbookLayout, columns: [String], facilities: [FacilityObservation],
                anomalies: [ReleaseAnomaly]) {
        self.source = source
        self.sheetName = sheetName
        self.fiscalYear = fiscalYear
        self.asOfDate = asOfDate
        self.printedAsOfDate = printedAsOfDate
        self.fileNameDate = fileNameDate
        self.headerRow = headerRow
        self.layout = layout
        self.columns = columns
        self.facilities = facilities
        self.anomalies = anomalies
    }

    /// Total average daily population over all facilities.
    public var totalAverageDailyPopulation: Double {
        facilities.compactMap(\.averageDailyPopulation).reduce(0, +)
    }
}
