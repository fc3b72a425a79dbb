import VigilCore
import VigilStore

/// `GET /api/v1/ranking`: the closure ranking with its method, weights and every factor.
struct APIClosureRanking: Codable, Sendable, Hashable {
    struct Factor: Codable, Sendable, Hashable {
        var name: String
        var label: String
        var explanation: String
        var weight: Double
        var largestValue: Double
        enum CodingKeys: String, CodingKey { case name, label, explanation, weight, largestValue = "largest_value" }
    }

    struct Entry: Codable, Sendable, Hashable {
        var rank: Int
        var facility: String
        var facilityName: String
        var state: String?
        var `operator`: String?
        var operatorKind: String
        var score: Double
        var values: [String: Double]
        var points: [String: Double]
        enum CodingKeys: String, CodingKey {
            case rank, facility, facilityName = "facility_name", state, `operator`, operatorKind = "operator_kind", score, values, points
        }
    }

    var method: String
    var releaseAsOf: String?
    var releaseFile: String?
    var deathsSince: Int
    var includesInternalIncidents: Bool
    var factors: [Factor]
    var entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case method, releaseAsOf = "release_as_of", releaseFile = "release_file", deathsSince = "deaths_since",
             includesInternalIncidents = "includes_internal_incidents", factors, entries
    }

    static let methodText = "Each factor is divided by the largest value any ranked facility has (0 to 1), multiplied by its weight; "
        + "the score is 100 times the weighted sum over the sum of the weights."

    init(_ model: ClosureRankingModel) {
        let ranking = model.ranking
        method = Self.methodText
        releaseAsOf = model.release?.asOfDate.iso
        releaseFile = model.release?.primaryFile.fileName
        deathsSince = ranking.weights.deathsSince
        includesInternalIncidents = model.includesInternalIncidents
        factors = ClosureFactor.allCases.map {
            Factor(name: $0.rawValue, label: $0.label, explanation: $0.explanation, weight: ranking.weights[$0], largestValue: ranking.maxima[$0] ?? 0)
        }
        entries = ranking.entries.map { entry in
            let c = entry.candidate
            return Entry(rank: entry.rank, facility: c.identifier, facilityName: c.name, state: c.state, operator: c.operatorName,
                         operatorKind: c.operatorKind.rawValue, score: ClosureRankingTable.rounded(entry.score),
                         values: Dictionary(uniqueKeysWithValues: ClosureFactor.allCases.map { ($0.rawValue, ClosureRankingTable.rounded(c[$0])) }),
                         points: Dictionary(uniqueKeysWithValues: ClosureFactor.allCases.map {
                             ($0.rawValue, ClosureRankingTable.rounded(entry.contributions[$0] ?? 0)) }))
        }
    }
}
