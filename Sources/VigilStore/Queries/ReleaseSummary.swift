import VigilCore

/// One archived release as the releases page and `vigil export releases` show it.
public struct ReleaseSummary: Sendable, Hashable, Identifiable {
    public var id: Int
    public var asOfDate: CalendarDate
    public var fiscalYear: FiscalYear
    public var sheetName: String
    public var headerRow: Int
    public var layout: String
    public var printedAsOfDate: CalendarDate?
    public var fileNameDate: CalendarDate?
    public var facilityCount: Int
    public var totalAverageDailyPopulation: Double
    /// True for generated demo data.
    public var isSynthetic: Bool
    public var importedAt: String
    /// The files this release arrived as, the first-archived first.
    public var files: [SourceFile]
    public var anomalies: [ReleaseAnomaly]

    /// The file the release was first archived from.
    public var primaryFile: SourceFile { files[0] }
}
