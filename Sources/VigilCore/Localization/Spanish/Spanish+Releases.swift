extension Catalogue {
    static let spanishReleases: [String: String] = [:]
}
