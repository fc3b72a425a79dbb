import VigilCore

/// Every name the stored facility rows give a facility, folded (`FacilityNameFold`), with the
/// workbook keys each folded name belongs to, as of one data version: what tying segregation
/// names to facilities otherwise reads from `facility_observations` and folds.
///
/// A batch import holds every stored release's facility rows in memory at its end (detection's
/// snapshot), so its closing check of untied segregation names need not read them back: reading
/// and folding the 2,174 distinct names of ICE's 30 workbooks took 10–11 ms there, with the
/// other core idle. Gathered on that core instead (`ExpansionEventCache.emptyInBackground`).
public struct StoredFacilityNames: Sendable {
    /// The data version the names are true at: at any other, they are not used.
    let version: Int64
    let keysByFoldedName: [String: Set<FacilityKey>]

    /// The names the releases' facility rows hold, as of `version`.
    init(version: Int64, releases: [ExpansionRelease]) {
        var keysByName: [String: Set<FacilityKey>] = [:]
        for release in releases {
            for index in release.facilities.indices {
                keysByName[release.facilities[index].name, default: []].insert(release.facilities[index].key)
            }
        }
        var keysByFoldedName: [String: Set<FacilityKey>] = [:]
        for (name, keys) in keysByName { keysByFoldedName[FacilityNameFold.fold(name), default: []].formUnion(keys) }
        self.version = version
        self.keysByFoldedName = keysByFoldedName
    }

    /// Names being gathered on another thread, awaited when needed.
    public struct Pending: Sendable {
        let task: Task<StoredFacilityNames, Never>
        var value: StoredFacilityNames { get async { await task.value } }
    }
}
