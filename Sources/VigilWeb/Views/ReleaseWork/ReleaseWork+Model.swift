import VigilCore

/// `/release-work`: the public release-work table, suppressed, with its method.
struct ReleaseWorkModel: Sendable {
    var chrome: PageChrome
    var work: ReleaseWork
    var facilityNames: [String: String]
}
