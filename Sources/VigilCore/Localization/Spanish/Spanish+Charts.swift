extension Catalogue {
    static let spanishCharts: [String: String] = [:]
}
