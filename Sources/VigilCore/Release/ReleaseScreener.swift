/// Screens one person's facts against every release path, as of a day.
///
/// The same engine serves `vigil screen`, each case page and an organization's release queue.
/// It is pure: the TPS designations come in at `init` (from the designations file or the
/// latest stored version), the facts and the day at `screen`. It never decides a bar or a
/// ground; it says what the facts given show, with the rule, its source and what evidence a
/// representative still needs (`docs/release-screener.md`).
public struct ReleaseScreener: Sendable {
    public let tpsDesignations: [TPSDesignation]

    public init(tpsDesignations: [TPSDesignation]) {
        self.tpsDesignations = tpsDesignations
    }

    /// Every path, in the order of `ScreeningPath.Kind`: TPS (one per designation of the
    /// person's country in force or announced that day), the five 212.5(b) groups, the two
    /// directives, the two Fraihat subclasses, the three mandatory-detention grounds, bond.
    public func screen(_ facts: ScreeningFacts, asOf: CalendarDate) -> ScreeningResult {
        let grounds = MandatoryDetentionGrounds(facts)
        var paths: [ScreeningPath] = []
        paths += tpsPaths(facts, asOf: asOf)
        paths += parolePaths(facts, asOf: asOf, grounds: grounds)
        paths.append(pregnancyDirectivePath(facts, asOf: asOf, grounds: grounds))
        paths.append(mentalHealthDirectivePath(facts, asOf: asOf, grounds: grounds))
        paths += fraihatPaths(facts, asOf: asOf, grounds: grounds)
        paths += grounds.paths(facts, asOf: asOf)
        paths.append(bondPath(facts, asOf: asOf, grounds: grounds))
        return ScreeningResult(asOf: asOf, paths: paths)
    }
}
