extension Catalogue {
    static let spanishNational: [String: String] = [:]
}
