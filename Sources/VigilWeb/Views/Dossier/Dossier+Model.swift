import VigilCore
import VigilStore

/// A facility's closure dossier: everything Vigil holds on it, each fact tied to a numbered
/// source with its as-of date, arranged to be printed and handed to an official.
struct DossierModel: Sendable {
    var chrome: PageChrome
    var facility: FacilityModel
    /// The address segment the dossier lives under: the registry code when known, else the key.
    var identifier: FacilityKey
    var preparedOn: CalendarDate
    /// True when the viewer is signed in, so internal incidents are included (and marked).
    var includesInternal: Bool

    var latest: CitedRelease?
    var operators: [CitedOperator]
    var fiscalYears: [CitedRelease]
    var daily: [DailySummary]
    var deaths: [CitedDeath]
    /// Likely duplicate deaths tied here that wait for review, counted nowhere until decided.
    var deathsAwaitingReview: Int
    var inspections: [CitedInspection]
    /// Monthly segregation placements, newest month first.
    var segregation: [CitedSegregationMonth]
    /// Documented incidents the viewer may see, newest first.
    var incidents: [CitedIncident]
    var sources: [DossierSources.Source]

    /// A release's figures for the facility, with the source number of its workbook.
    struct CitedRelease: Sendable, Hashable {
        var row: FacilityModel.HistoryRow
        var source: Int
    }

    struct CitedOperator: Sendable, Hashable {
        var record: OperatorRecord
        var source: Int
    }

    /// The latest day and the mean of the last year of one daily series.
    struct DailySummary: Sendable, Hashable {
        var label: String
        var latestDate: CalendarDate
        var latestPopulation: Int
        var lastYearMean: Double
        var lastYearFrom: CalendarDate
        var source: Int
    }

    struct CitedDeath: Sendable, Hashable {
        var death: DeathRow
        var sources: [Int]
    }

    struct CitedInspection: Sendable, Hashable {
        var record: InspectionRecord
        var outcome: InspectionOutcome
        /// The first and the latest release that reported it.
        var sources: [Int]
    }

    struct CitedSegregationMonth: Sendable, Hashable {
        var month: SegregationMonth
        var source: Int
    }

    struct CitedIncident: Sendable, Hashable {
        var incident: IncidentRow
        var source: Int
    }

    var adverseInspectionCount: Int { inspections.filter { $0.outcome == .adverse }.count }

    /// The newest months the ranking counts, and their placements here.
    var recentSegregation: (months: [String], placements: Int) {
        let months = Array(Set(segregation.map(\.month.month)).sorted().suffix(ClosureCandidateQueries.segregationMonths))
        return (months, segregation.filter { months.contains($0.month.month) }.map(\.month.placementCount).reduce(0, +))
    }

    /// Incidents per category and status, categories in the order.
    var incidentCounts: [(category: IncidentCategory, byStatus: [IncidentStatus: Int])] {
        IncidentCategory.allCases.compactMap { category in
            let matching = incidents.filter { $0.incident.category == category }
            guard !matching.isEmpty else { return nil }
            return (category, Dictionary(grouping: matching, by: \.incident.status).mapValues(\.count))
        }
    }

    /// Sources are numbered in the order the dossier first cites them, section by section.
    init(chrome: PageChrome, facility: FacilityModel, identifier: FacilityKey, preparedOn: CalendarDate, includesInternal: Bool,
         segregation: [SegregationMonth], incidents: [IncidentRow]) {
        var sources = DossierSources()
        self.chrome = chrome
        self.facility = facility
        self.identifier = identifier
        self.preparedOn = preparedOn
        self.includesInternal = includesInternal

        latest = facility.history.last.map { CitedRelease(row: $0, source: sources.cite(release: $0.release)) }
        operators = (facility.registry?.operators ?? []).reversed().map { CitedOperator(record: $0, source: sources.cite(operatorRecord: $0)) }
        // The last release of each fiscal year carries that year's fullest ADP.
        var byYear: [Int: FacilityModel.HistoryRow] = [:]
        for row in facility.history { byYear[row.fiscalYear.year] = row }
        fiscalYears = byYear.keys.sorted().compactMap { byYear[$0] }.map { CitedRelease(row: $0, source: sources.cite(release: $0.release)) }
        daily = (facility.daily?.series ?? []).compactMap { series in
            let days = series.days
            guard let last = days.last else { return nil }
            let yearAgo = last.date.adding(days: -364)
            let year = days.filter { $0.date >= yearAgo }
            return DailySummary(label: DailySeriesLabel.series(series), latestDate: last.date, latestPopulation: last.population,
                                lastYearMean: Double(year.map(\.population).reduce(0, +)) / Double(max(year.count, 1)),
                                lastYearFrom: year.first?.date ?? last.date, source: sources.cite(dailySeries: series))
        }
        deathsAwaitingReview = facility.deathsAwaitingReview
        deaths = facility.deaths.map { death in
            CitedDeath(death: death, sources: death.sources.map { sources.cite(deathList: $0.fileName, sha256: $0.sha256, url: nil) })
        }
        inspections = facility.inspections.reversed().map { record in
            let cited = [record.reportedIn.first, record.reportedIn.count > 1 ? record.reportedIn.last : nil]
                .compactMap { $0 }.map { sources.cite(release: $0) }
            return CitedInspection(record: record, outcome: InspectionOutcome(rating: record.rating), sources: cited)
        }
        self.segregation = segregation.sorted { ($0.month, $0.sheetRow) > ($1.month, $1.sheetRow) }.map { month in
            CitedSegregationMonth(month: month, source: sources.cite(segregationFrom: month))
        }
        self.incidents = incidents.map { CitedIncident(incident: $0, source: sources.cite(incident: $0)) }
        self.sources = sources.sources
    }
}
