import VigilCore
import VigilStore

/// Everything the national page shows, as plain values.
struct NationalModel: Sendable {
    var chrome: PageChrome
    var content: Content

    enum Content: Sendable {
        /// No release has been imported yet.
        case empty
        case populated(Populated)
    }

    struct Populated: Sendable {
        var releases: [ReleaseOption]
        var release: SelectedRelease
        var trend: [PopulationTrendPoint]
        var totals: Totals
        var breakdowns: [Breakdown]
        var facilities: [FacilityListRow]
        /// How many facilities the release lists before filtering.
        var unfilteredFacilityCount: Int
        var query: FacilityListQuery
        var filterOptions: FilterOptions
        /// Facilities placed by their registry coordinates, coloured by operator kind.
        var map: FacilityMap? = nil
    }

    struct ReleaseOption: Sendable, Hashable {
        var id: Int
        var asOfDate: CalendarDate
        var fiscalYear: FiscalYear
    }

    struct SelectedRelease: Sendable, Hashable {
        var id: Int
        var asOfDate: CalendarDate
        var fiscalYear: FiscalYear
        var fileName: String
        var sha256: String
        var isLatest: Bool
    }

    struct Totals: Sendable, Hashable {
        var averageDailyPopulation: Double
        var facilityCount: Int
        var occupiedFacilityCount: Int
        var guaranteedMinimum: Double
        var facilitiesWithGuaranteedMinimum: Int
        /// The release before this one, for the change since then.
        var previous: PreviousTotal?
    }

    struct PreviousTotal: Sendable, Hashable {
        var asOfDate: CalendarDate
        var averageDailyPopulation: Double
    }

    struct Breakdown: Sendable, Hashable {
        var dimension: BreakdownDimension
        var rows: [BreakdownRow]
    }

    struct FacilityListRow: Sendable, Hashable {
        var key: FacilityKey
        var name: String
        var city: String?
        var state: String?
        var areaOfResponsibility: String?
        var type: String?
        var averageDailyPopulation: Double?
        var guaranteedMinimum: Double?
        var averageLengthOfStay: Double?
    }

    struct FilterOptions: Sendable, Hashable {
        var states: [String]
        var areasOfResponsibility: [String]
        var types: [String]
    }
}
