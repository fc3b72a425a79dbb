extension Catalogue {
    static let spanishOperators: [String: String] = [:]
}
