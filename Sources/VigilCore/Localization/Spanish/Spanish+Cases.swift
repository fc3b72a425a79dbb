extension Catalogue {
    static let spanishCases: [String: String] = [:]
}
