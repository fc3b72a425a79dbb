extension Catalogue {
    static let spanishSegregation: [String: String] = [:]
}
