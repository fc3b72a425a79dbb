import Foundation
import VigilTestSupport

/// The real ICE workbooks and their manifest in the shared data folder (see `SharedData`):
/// read in place, never copied; tests that need them skip, saying why, when they are absent.
enum SharedIceStatsData {
    static var workbookFolder: URL? { SharedData.path("ice-stats") }
    static var manifest: URL? { SharedData.path("MANIFEST.csv") }
    static var parsedSnapshots: URL? { SharedData.path("parsed/ddm_facilities_parsed_shared-snapshots.csv") }

    /// The workbook file names, sorted; empty when the data is absent.
    static var workbookNames: [String] {
        guard let folder = workbookFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".xlsx") }.sorted()
    }

    static func workbook(_ name: String) -> URL? {
        workbookFolder.map { $0.appendingPathComponent(name) }
    }

    static func skipReason(_ what: String) -> String {
        "skipped: \(what) is absent from ../shared/data (set VIGIL_SHARED_DATA to the data folder to run this test)"
    }
}
