import VigilCore

/// A facility's daily populations from every source that covers its registry code, with the
/// workbooks' ADP for the same dates and where the sources agree and differ.
struct FacilityDailyModel: Sendable {
    /// The registry (DETLOC) code the series are keyed by; also the key in download links.
    var code: String
    var facilityName: String
    /// One series per source and definition, never added together.
    var series: [DailySeries]
    var comparison: DailySourceComparison
    /// The workbooks' ADP, fiscal year to date, one point per release (rows a release lists twice added).
    var releaseADP: [LineChart.Point]

    var key: FacilityKey { FacilityKey(rawValue: code) }
}
