extension Catalogue {
    static let spanishExpansion: [String: String] = [:]
}
