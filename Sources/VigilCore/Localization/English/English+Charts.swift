extension Catalogue {
    static let englishCharts: [String: String] = [
        "charts.adp": "ADP",
        "charts.coordinates_come_from_the_facility_registry": "Coordinates come from the facility registry (UWCHR’s geocoded list, then The Marshall Project’s).",
        "charts.facility": "Facility",
        "charts.latitude": "Latitude",
        "charts.longitude": "Longitude",
        "charts.no_data_to_chart": "No data to chart.",
        "charts.no_data_to_chart_yet": "No data to chart yet.",
        "charts.operator": "Operator",
        "charts.projection_albers_equal_area_conic_lower": "Projection: Albers equal-area conic (lower 48; Alaska, Hawaii and Puerto Rico as insets). ",
        "charts.state_outlines_u_s_census_bureau": "State outlines: U.S. Census Bureau, cartographic boundary file cb_2016_us_state_500k, simplified. ",
    ]
}
