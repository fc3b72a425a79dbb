import VigilCore
import VigilStore

/// Runs the release screener over cases: the same engine `vigil screen` runs, fed from the
/// stored case and the stored TPS designations.
struct CaseScreening: Sendable {
    let database: VigilDatabase

    /// Whether this build has the screener engine; pages say so when it does not.
    static let isAvailable = false

    /// The release paths of `file` as of `date`.
    func standings(for file: CaseFile, asOf date: CalendarDate) async throws -> [ReleasePathStanding] {
        // The screener engine (branch `screener`) plugs in here.
        []
    }
}
