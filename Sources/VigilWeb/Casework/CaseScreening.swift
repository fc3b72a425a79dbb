import VigilCore
import VigilStore

/// Runs the release screener over cases: the same engine `vigil screen` runs, fed from the
/// stored case and the latest TPS designations stored by `vigil import tps`.
struct CaseScreening: Sendable {
    /// The screener with the designations it screens against, and what those are.
    let screener: ReleaseScreener
    /// "TPS designations: version 2 (tps_designations.csv, 3 to verify)", or why TPS was not screened.
    let designationsNote: String
    let hasDesignations: Bool

    /// Loads the latest stored designations once, for every case screened by one request.
    static func load(database: VigilDatabase) async throws -> CaseScreening {
        guard let latest = try await TPSDesignationArchive(database: database).latest() else {
            return CaseScreening(screener: ReleaseScreener(tpsDesignations: []),
                                 designationsNote: t("cases.no_tps_designations_stored"),
                                 hasDesignations: false)
        }
        let version = latest.version
        return CaseScreening(screener: ReleaseScreener(tpsDesignations: latest.list.designations),
                             designationsNote: t("cases.tps_designations_note", ["number": String(version.number), "file": version.source.fileName,
                                                                  "designations": t("t_p_s.designations_count", count: version.designationCount),
                                                                  "to_verify": Format.count(version.toVerifyCount)]),
                             hasDesignations: true)
    }

    /// The release paths of `file` as of `date`.
    func paths(for file: CaseFile, asOf date: CalendarDate) -> [ScreeningPath] {
        screener.screen(file.screeningFacts, asOf: date).paths
    }
}
