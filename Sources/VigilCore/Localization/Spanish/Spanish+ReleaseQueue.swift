extension Catalogue {
    static let spanishReleaseQueue: [String: String] = [:]
}
