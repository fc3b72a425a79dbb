import VigilCore
import VigilStore

/// Everything a facility's page shows, as plain values.
struct FacilityModel: Sendable {
    var chrome: PageChrome
    var key: FacilityKey
    /// As the latest release writes it.
    var name: String
    /// Other spellings earlier releases used, if any.
    var otherNames: [String]
    var address: String?
    var city: String?
    var state: String?
    var zip: String?
    var areaOfResponsibility: String?
    var type: String?
    var gender: String?
    var latest: HistoryRow
    /// One row per release row, oldest first.
    var history: [HistoryRow]
    var inspections: [InspectionRecord]
    /// What the facility registry knows, when the facility has an accepted code.
    var registry: RegistryPanel? = nil
    /// Daily populations from person-level and derived files; nil when no source covers the facility.
    var daily: FacilityDailyModel? = nil
    /// Deaths in ICE custody tied to the facility's registry code.
    var deaths: [DeathRow] = []
    /// Likely duplicates of deaths here that wait for a person's review, not counted in `deaths`.
    var deathsAwaitingReview = 0
    /// ICE's monthly segregation counts for the facility (latest editions), oldest month first.
    var segregation: [SegregationMonth] = []
    /// Documented incidents (conditions) as the reader may see them; nil when not loaded.
    var incidents: FacilityIncidentsModel? = nil
    /// The facility's expansion timeline, when any award, agenda item or dossier is linked to it.
    var expansion: ExpansionSite? = nil

    /// The registry's identity, operator history and location for the facility's code.
    struct RegistryPanel: Sendable {
        var facility: RegistryFacility
        var matchMethod: FacilityMatchMethod?
        var matchConfidence: Double?
        /// Other workbook keys tied to the same code (the names ICE's workbooks used).
        var keys: [FacilityKey]
        var names: [RegistryName]
        var operators: [OperatorRecord]
        var map: FacilityMap
        /// Whether the reader is an editor, who may add a cited operator record.
        var canAddOperatorRecord = false
    }

    /// One release's figures for the facility, with where they came from.
    struct HistoryRow: Sendable, Hashable {
        var release: ReleaseReference
        var fiscalYear: FiscalYear
        var sourceRow: Int
        var averageDailyPopulation: Double?
        var guaranteedMinimum: Double?
        var averageLengthOfStay: Double?
        var mandatory: Double?
        var levels: [Double?]
        var criminality: [Double?]
        var threatLevels: [Double?]
    }

    // Computed, not stored: the labels follow the language of the page being drawn.
    static var levelLabels: [String] { [t("facility.level_a"), t("facility.level_b"), t("facility.level_c"), t("facility.level_d")] }
    static var criminalityLabels: [String] {
        [t("facility.male_criminal"), t("facility.male_non_criminal"), t("facility.female_criminal"), t("facility.female_non_criminal")]
    }
    static var threatLabels: [String] {
        [t("facility.threat_level_1"), t("facility.threat_level_2"), t("facility.threat_level_3"), t("facility.no_threat_level")]
    }
}

extension FacilityModel {
    /// A release's figures for the facility, for charts.
    struct ReleaseFigures: Sendable, Hashable {
        var asOf: CalendarDate
        var averageDailyPopulation: Double?
        var guaranteedMinimum: Double?
    }

    /// One entry per release, in history order: rows a release lists twice are added together,
    /// and a figure no row of the release reports stays nil (missing, never zero).
    var releaseFigures: [ReleaseFigures] { Self.releaseFigures(of: history) }

    static func releaseFigures(of history: [HistoryRow]) -> [ReleaseFigures] {
        var figures: [ReleaseFigures] = []
        var index: [Int: Int] = [:]
        func add(_ a: Double?, _ b: Double?) -> Double? { a.map { $0 + (b ?? 0) } ?? b }
        for row in history {
            if let i = index[row.release.releaseID] {
                figures[i].averageDailyPopulation = add(figures[i].averageDailyPopulation, row.averageDailyPopulation)
                figures[i].guaranteedMinimum = add(figures[i].guaranteedMinimum, row.guaranteedMinimum)
                continue
            }
            index[row.release.releaseID] = figures.count
            figures.append(.init(asOf: row.release.asOfDate, averageDailyPopulation: row.averageDailyPopulation,
                                 guaranteedMinimum: row.guaranteedMinimum))
        }
        return figures
    }
}
