extension Catalogue {
    static let spanishLetters: [String: String] = [:]
}
