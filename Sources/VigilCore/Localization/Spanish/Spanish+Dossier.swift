extension Catalogue {
    static let spanishDossier: [String: String] = [:]
}
