/// What the national page shows: which release (nil: the latest) and how its facility table is narrowed.
struct NationalQuery: Hashable, Sendable {
    var releaseID: Int?
    var list: FacilityListQuery

    init(releaseID: Int? = nil, list: FacilityListQuery = FacilityListQuery()) {
        self.releaseID = releaseID
        self.list = list
    }

    init(_ parameters: QueryParameters) throws(WebError) {
        if let text = parameters["release"] {
            guard let id = Int(text) else { throw WebError.badRequest(t("national.not_a_release_number", ["text": text])) }
            releaseID = id
        } else {
            releaseID = nil
        }
        list = FacilityListQuery(parameters)
    }

    var queryItems: [(String, String)] {
        (releaseID.map { [("release", String($0))] } ?? []) + list.queryItems
    }
}
