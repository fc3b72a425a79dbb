extension Catalogue {
    static let spanishFacilityReview: [String: String] = [:]
}
