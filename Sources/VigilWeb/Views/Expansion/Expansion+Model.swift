import VigilCore

/// Everything `/expansion` shows.
struct ExpansionModel: Sendable {
    var chrome: PageChrome
    var query: ExpansionListQuery
    /// Every site, for the filter choices.
    var allSites: [ExpansionSite]
    /// The sites the filters keep, newest activity first.
    var sites: [ExpansionSite]

    /// Most rows the page lists; the downloads hold every one.
    static let shownRows = 400

    var states: [String] { Array(Set(allSites.compactMap(\.state))).sorted() }

    /// Sites per furthest stage, among those shown.
    var furthestStageCounts: [(PipelineStage, Int)] {
        PipelineStage.allCases.map { stage in (stage, sites.filter { $0.furthestStage == stage }.count) }
    }

    /// Facility sites on the map, circle area by the number of records: places have no coordinates and are listed under it.
    var map: FacilityMap {
        FacilityMap(id: "expansion-map", title: t("expansion.expansion_sites_by_number_of_records"),
                    points: sites.map { site in
                        .init(label: site.name + (site.state.map { ", \($0)" } ?? ""), latitude: site.latitude, longitude: site.longitude,
                              adp: Double(site.events.count), kind: .unknown, href: site.code.map { SiteURL.facility(FacilityKey(rawValue: $0)).href })
                    },
                    measure: t("expansion.map_measure"), measureShort: t("expansion.map_measure_short"))
    }
}
