/// What archiving one release did.
public enum ArchiveOutcome: Sendable, Hashable {
    /// A new release: stored with its facilities, inspections and anomalies.
    case archived(releaseID: Int, facilityCount: Int, anomalyCount: Int)
    /// These exact bytes were archived before; nothing changed.
    case alreadyArchived(releaseID: Int, asFileName: String)
    /// Other bytes carrying a release already archived (same as-of date and table) under
    /// another file name: the file is recorded as another copy of that release.
    case republished(releaseID: Int, originalFileName: String)
    /// These exact bytes were archived before this version of Vigil read segregation sheets:
    /// the release's segregation rows (and their anomalies) were added to it; nothing else changed.
    case backfilled(releaseID: Int, asFileName: String, segregationRows: Int, vulnerableRows: Int)
}
