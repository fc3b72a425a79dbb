import VigilCore

/// A release with the part of storing it that needs no database worked out beforehand: its
/// content fingerprint, its facility rows and anomalies as table rows (an anomaly's facts as JSON,
/// `ReleaseAnomalyFacts.storedJSON`), and its header row as JSON.
///
/// A batch of imports stores releases one at a time, in order, on one task; the readers
/// work in parallel. Preparing each release on the reader that read it takes this work off
/// the one task that stores them (on ICE's 30 workbooks, about 8% of the import's wall time).
public struct PreparedRelease: Sendable {
    public let release: IceStatsRelease
    let fingerprint: String
    /// The facility rows, in the order of `release.facilities`, their release id filled in
    /// when it is known (`facilityValues(releaseID:)`).
    private let facilityRows: [FacilityObservationRecord]
    /// The anomaly rows, in the order of `release.anomalies`, likewise.
    private let anomalyRows: [ReleaseAnomalyRecord]
    /// The release's header row as JSON (its row in `releases` keeps it).
    let columnsJSON: String

    public init(_ release: IceStatsRelease) {
        self.release = release
        fingerprint = ReleaseFingerprint.of(release)
        facilityRows = release.facilities.map { FacilityObservationRecord(releaseID: 0, $0) }
        anomalyRows = release.anomalies.map { ReleaseAnomalyRecord(releaseID: 0, $0) }
        columnsJSON = JSONText.encode(release.columns)
    }

    /// Each facility row's key, in the order of `release.facilities` (a key is worked out from the name once, here).
    var facilityKeys: [FacilityKey] { facilityRows.map { FacilityKey(rawValue: $0.facility_key) } }

    /// The facility rows' values, under `releaseID`, each made only as it is asked for.
    func facilityValues(releaseID: Int) -> some Sequence<[SQLValue]> {
        facilityRows.lazy.map { var row = $0; row.release_id = releaseID; return row.values }
    }

    func anomalyRows(releaseID: Int) -> [ReleaseAnomalyRecord] {
        anomalyRows.map { var row = $0; row.release_id = releaseID; return row }
    }
}
