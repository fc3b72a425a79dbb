extension Catalogue {
    static let spanishCharts: [String: String] = [
        "charts.adp": "ADP",
        "charts.coordinates_come_from_the_facility_registry": "Las coordenadas vienen del registro de centros (la lista geocodificada de UWCHR y, luego, la de The Marshall Project).",
        "charts.facility": "Centro",
        "charts.latitude": "Latitud",
        "charts.longitude": "Longitud",
        "charts.no_data_to_chart": "No hay datos para graficar.",
        "charts.no_data_to_chart_yet": "Todavía no hay datos para graficar.",
        "charts.operator": "Operador",
        "charts.projection_albers_equal_area_conic_lower": "Proyección: cónica equivalente de Albers (los 48 estados contiguos; Alaska, Hawái y Puerto Rico en recuadros). ",
        "charts.state_outlines_u_s_census_bureau": "Contornos de los estados: Oficina del Censo de EE. UU., archivo de límites cartográficos cb_2016_us_state_500k, simplificado. ",
    ]
}
