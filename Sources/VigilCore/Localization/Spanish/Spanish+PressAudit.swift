extension Catalogue {
    static let spanishPressAudit: [String: String] = [:]
}
