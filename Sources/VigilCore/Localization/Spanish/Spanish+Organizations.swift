extension Catalogue {
    static let spanishOrganizations: [String: String] = [:]
}
