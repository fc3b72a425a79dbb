extension Catalogue {
    static let spanishRanking: [String: String] = [:]
}
