extension Catalogue {
    static let spanishSignIn: [String: String] = [:]
}
