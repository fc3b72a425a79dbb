extension Catalogue {
    static let spanishDrafts: [String: String] = [:]
}
