extension Catalogue {
    static let spanishAlerts: [String: String] = [:]
}
