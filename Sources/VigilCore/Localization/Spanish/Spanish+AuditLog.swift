extension Catalogue {
    static let spanishAuditLog: [String: String] = [:]
}
