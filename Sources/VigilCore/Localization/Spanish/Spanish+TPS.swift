extension Catalogue {
    static let spanishTPS: [String: String] = [:]
}
