extension Catalogue {
    static let spanishFacility: [String: String] = [:]
}
