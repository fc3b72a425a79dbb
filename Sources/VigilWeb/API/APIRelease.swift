import VigilCore
import VigilStore

/// A release in the JSON API.
struct APIRelease: Codable, Sendable, Hashable {
    var id: Int
    var asOfDate: String
    var fiscalYear: Int
    var facilityCount: Int
    /// Average daily population, fiscal year to date, summed over facilities.
    var totalAverageDailyPopulation: Double
    var isSynthetic: Bool
    var importedAt: String
    var sheetName: String
    var headerRow: Int
    var layout: String
    var printedAsOfDate: String?
    var fileNameDate: String?
    /// The files the release arrived as, the first-archived first.
    var files: [APISourceFile]
    var anomalies: [APIAnomaly]

    enum CodingKeys: String, CodingKey {
        case id, files, anomalies, layout
        case asOfDate = "as_of_date", fiscalYear = "fiscal_year", facilityCount = "facility_count"
        case totalAverageDailyPopulation = "total_adp", isSynthetic = "is_synthetic", importedAt = "imported_at"
        case sheetName = "sheet_name", headerRow = "header_row", printedAsOfDate = "printed_as_of_date"
        case fileNameDate = "file_name_date"
    }

    init(_ r: ReleaseSummary) {
        id = r.id
        asOfDate = r.asOfDate.iso
        fiscalYear = r.fiscalYear.year
        facilityCount = r.facilityCount
        totalAverageDailyPopulation = r.totalAverageDailyPopulation
        isSynthetic = r.isSynthetic
        importedAt = r.importedAt
        sheetName = r.sheetName
        headerRow = r.headerRow
        layout = r.layout
        printedAsOfDate = r.printedAsOfDate?.iso
        fileNameDate = r.fileNameDate?.iso
        files = r.files.map(APISourceFile.init)
        anomalies = r.anomalies.map(APIAnomaly.init)
    }
}

/// `GET /api/v1/releases`.
struct APIReleaseList: Codable, Sendable, Hashable {
    var releases: [APIRelease]
}

struct APISourceFile: Codable, Sendable, Hashable {
    var fileName: String
    var sha256: String
    var byteCount: Int

    enum CodingKeys: String, CodingKey {
        case fileName = "file_name", sha256, byteCount = "byte_count"
    }

    init(_ f: SourceFile) {
        fileName = f.fileName
        sha256 = f.sha256
        byteCount = f.byteCount
    }
}

struct APIAnomaly: Codable, Sendable, Hashable {
    var kind: String
    var detail: String
    var occurrences: Int
    var file: String?
    var sheet: String?
    var row: Int?
    var column: String?

    init(_ a: ReleaseAnomaly) {
        kind = a.kind.rawValue
        detail = a.detail
        occurrences = a.occurrences
        file = a.location?.file
        sheet = a.location?.sheet
        row = a.location?.row
        column = a.location?.column
    }
}

/// A short reference to the release a figure came from.
struct APIReleaseReference: Codable, Sendable, Hashable {
    var releaseId: Int
    var asOfDate: String
    var fileName: String
    var sha256: String

    enum CodingKeys: String, CodingKey {
        case releaseId = "release_id", asOfDate = "as_of_date", fileName = "file_name", sha256
    }

    init(_ r: ReleaseReference) {
        releaseId = r.releaseID
        asOfDate = r.asOfDate.iso
        fileName = r.fileName
        sha256 = r.sha256
    }

    init(_ r: ReleaseSummary) {
        releaseId = r.id
        asOfDate = r.asOfDate.iso
        fileName = r.primaryFile.fileName
        sha256 = r.primaryFile.sha256
    }
}
