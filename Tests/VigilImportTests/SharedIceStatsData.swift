import Foundation
import Testing
import VigilTestSupport

/// The real ICE workbooks and their manifest in the shared data folder (see `SharedData`):
/// read in place, never copied; tests that need them carry `required` and skip, saying why,
/// when they are absent (in CI they fail instead).
enum SharedIceStatsData {
    static let folderPath = "ice-stats"
    static let manifestPath = "MANIFEST.csv"
    static let parsedSnapshotsPath = "parsed/ddm_facilities_parsed_shared-snapshots.csv"
    static var workbookFolder: URL? { SharedData.path(folderPath) }

    /// The trait of a test that reads the workbooks.
    static var requiresWorkbooks: ConditionTrait { SharedData.required(folderPath) }

    /// The workbook file names, sorted; empty when the data is absent.
    static var workbookNames: [String] {
        guard let folder = workbookFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    /// The trait of a test reading one named workbook.
    static func requires(_ fileName: String) -> ConditionTrait {
        SharedData.required("\(folderPath)/\(fileName)")
    }

    /// A workbook that must be there; throws naming it when it is not.
    static func workbook(_ name: String) throws -> URL {
        try SharedData.require("\(folderPath)/\(name)")
    }
}
