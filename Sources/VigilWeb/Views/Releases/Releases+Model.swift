import VigilCore
import VigilStore

/// The release archive: every workbook imported, newest first, with what was irregular about it.
struct ReleasesModel: Sendable {
    var chrome: PageChrome
    var releases: [Release]

    struct Release: Sendable, Hashable {
        var id: Int
        var asOfDate: CalendarDate
        var fiscalYear: FiscalYear
        var files: [SourceFile]
        var facilityCount: Int
        var totalAverageDailyPopulation: Double
        var importedAt: String
        var isSynthetic: Bool
        var anomalies: [ReleaseAnomaly]
    }
}
