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
    /// The "Monthly Segregation" sheet's facility lines (workbooks from May 2024 on), every
    /// month the workbook re-publishes.
    public var segregationPlacements: [SegregationPlacementCount]
    /// The "Vulnerable & Special Population" sheet's rows (workbooks from July 2022 on).
    public var vulnerableSegregation: [VulnerableSegregationRow]

    public init(source: SourceFile, sheetName: String, fiscalYear: FiscalYear, asOfDate: CalendarDate,
                printedAsOfDate: CalendarDate?, fileNameDate: CalendarDate?, headerRow: Int,
                layout: WorkbookLayout, columns: [String], facilities: [FacilityObservation],
                anomalies: [ReleaseAnomaly], segregationPlacements: [SegregationPlacementCount] = [],
                vulnerableSegregation: [VulnerableSegregationRow] = []) {
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
        self.segregationPlacements = segregationPlacements
        self.vulnerableSegregation = vulnerableSegregation
    }

    /// Total average daily population over all facilities.
    public var totalAverageDailyPopulation: Double {
        facilities.compactMap(\.averageDailyPopulation).reduce(0, +)
    }
}
