import VigilCore

/// Fills an empty database with the generated, clearly labelled synthetic demo: what `vigil serve`
/// shows on a fresh clone, and what page-wide tests (phone layout, accessibility) walk through.
public struct DemoLoader: Sendable {
    public let database: VigilDatabase

    public init(database: VigilDatabase) {
        self.database = database
    }

    /// Archives the demo releases (marked synthetic) and a few demo incidents at their largest facilities.
    /// Returns the keys of those facilities.
    @discardableResult
    public func load(releases: [IceStatsRelease] = DemoDataset.releases()) async throws -> [FacilityKey] {
        let archive = ReleaseArchive(database: database)
        for release in releases {
            try await archive.archive(release, synthetic: true)
        }
        let keys = releases.last.map { Array($0.facilities.prefix(3).map(\.key)) } ?? []
        try await IncidentArchive(database: database).loadDemo(DemoIncidents.incidents(at: keys))
        return keys
    }
}
