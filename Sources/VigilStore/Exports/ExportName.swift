/// The tables `vigil export` and the web's download links offer, by their stable names.
public enum ExportName: String, Sendable, CaseIterable {
    case releases
    case facilityReleases = "facility-releases"
    /// Midnight and 24-hour populations computed from the latest person-level import.
    case dailyPopulation = "daily-population"
    /// Every stored daily population series, labelled by source and definition.
    case dailyPopulationSources = "daily-population-sources"
    /// The latest person-level import's daily populations summed nationally and by AOR, facility type and operator kind.
    case dailyPopulationRollups = "daily-population-rollups"
    /// The facility registry: one row per DETLOC code with its latest operator.
    case facilities
    /// Share of ADP in privately operated facilities, per release and area.
    case privateShare = "private-share"
    /// Deaths in ICE custody, deduplicated across lists, with their sources.
    case deaths
    /// Documented incidents (conditions), internal ones included: the command line is the database owner's tool.
    case incidents
    /// ICE's monthly segregation placements per facility, each month's latest edition.
    case segregation
    /// ICE's quarterly segregation placements of vulnerable and special populations, by reason.
    case vulnerableSegregation = "vulnerable-segregation"
    /// The latest stored version of the TPS designations, with when each is in force and its certainty.
    case tpsDesignations = "tps-designations"

    /// One letter's signatures (`--letter ID`), every status, never an e-mail.
    case signatories
    /// New, reopened and surging facilities and guaranteed-minimum changes between consecutive releases.
    case expansionEvents = "expansion-events"

    /// People released, bonds posted and the median bond through organizations using Vigil, per
    /// month and facility, small cells suppressed (public: no person field).
    case caseAggregates = "case-aggregates"
}

/// The formats every table downloads as.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv
    case json
}
