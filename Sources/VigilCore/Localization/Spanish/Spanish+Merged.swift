extension Catalogue {
    static let spanishMerged: [String: String] = [:]
}
