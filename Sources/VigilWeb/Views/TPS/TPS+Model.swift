import VigilCore
import VigilStore

/// The TPS designations page: the latest stored version of the designations file, each
/// designation with when it is in force, its source and the file's certainty.
struct TPSModel: Sendable {
    var chrome: PageChrome
    /// The version shown; nil when none is stored.
    var version: TPSDesignationArchive.Version?
    /// How many earlier versions are kept.
    var olderVersions: Int
    var designations: [TPSDesignation]
}
