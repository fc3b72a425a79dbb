import Testing
import VigilCore

@Suite("Closure ranking")
struct ClosureRankingTests {
    static func candidate(_ name: String, _ values: [ClosureFactor: Double]) -> ClosureCandidate {
        ClosureCandidate(identifier: name.uppercased(), name: name, state: "TX", type: "IGSA", operatorName: nil, operatorKind: .unknown,
                         values: values)
    }

    @Test("each factor is scaled by its largest value, weighted, and the points add up to the score")
    func scaling() {
        // given two facilities: A has all the deaths, B twice A's population
        let a = Self.candidate("A", [.deaths: 4, .population: 500])
        let b = Self.candidate("B", [.deaths: 0, .population: 1000])
        let weights = ClosureWeights([.deaths: 3, .population: 1, .adverseInspections: 0, .segregation: 0, .incidents: 0,
                                      .guaranteedMinimum: 0, .privateOperator: 0])
        // when ranked
        let ranking = ClosureRanking(candidates: [b, a], weights: weights)
        // then A scores 100 × (3 × 1 + 1 × 0.5) / 4 and B 100 × (1 × 1) / 4
        #expect(ranking.entries.map(\.candidate.name) == ["A", "B"])
        #expect(abs(ranking.entries[0].score - 87.5) < 1e-9)
        #expect(abs(ranking.entries[1].score - 25) < 1e-9)
        #expect(abs((ranking.entries[0].contributions[.population] ?? 0) - 12.5) < 1e-9)
        for entry in ranking.entries {
            #expect(abs(entry.contributions.values.reduce(0, +) - entry.score) < 1e-9)
        }
        #expect(ranking.maxima[.deaths] == 4 && ranking.maxima[.population] == 1000)
    }

    @Test("changing the weights changes the order")
    func weightsReorder() {
        let a = Self.candidate("A", [.deaths: 4, .population: 500])
        let b = Self.candidate("B", [.deaths: 1, .population: 1000])
        let byDeaths = ClosureRanking(candidates: [a, b], weights: ClosureWeights([.deaths: 10, .population: 1]))
        let byPopulation = ClosureRanking(candidates: [a, b], weights: ClosureWeights([.deaths: 1, .population: 10]))
        #expect(byDeaths.entries.first?.candidate.name == "A")
        #expect(byPopulation.entries.first?.candidate.name == "B")
    }

    @Test("equal scores share a rank; all-zero weights or values give 0, never NaN")
    func tiesAndZeros() {
        let candidates = ["A", "B", "C"].map { Self.candidate($0, [.deaths: $0 == "C" ? 0 : 2]) }
        let ranking = ClosureRanking(candidates: candidates, weights: ClosureWeights())
        #expect(ranking.entries.map(\.rank) == [1, 1, 3])
        let zero = ClosureRanking(candidates: candidates, weights: ClosureWeights(Dictionary(uniqueKeysWithValues: ClosureFactor.allCases.map { ($0, 0) })))
        #expect(zero.entries.allSatisfy { $0.score == 0 })
        let empty = ClosureRanking(candidates: [Self.candidate("Z", [:])], weights: ClosureWeights())
        #expect(empty.entries[0].score == 0)
    }

    @Test("weights from a query string: defaults for the missing, clamped to 0…10, refusals name the parameter")
    func queryWeights() throws {
        let given = ["deaths": "7", "population": "25", "incidents": "-3", "deaths_since": "2010"]
        let weights = try ClosureWeights { given[$0] }
        #expect(weights[.deaths] == 7)
        #expect(weights[.population] == 10)
        #expect(weights[.incidents] == 0)
        #expect(weights[.segregation] == ClosureFactor.segregation.defaultWeight)
        #expect(weights.deathsSince == 2010)
        #expect(weights.queryItems.contains { $0.name == "deaths" && $0.value == "7" })
        #expect(try ClosureWeights { _ in nil }.isDefault)

        #expect(throws: ClosureWeightsError(parameter: "inspections", value: "lots")) { try ClosureWeights { $0 == "inspections" ? "lots" : nil } }
        #expect(throws: ClosureWeightsError(parameter: "deaths_since", value: "1850")) { try ClosureWeights { $0 == "deaths_since" ? "1850" : nil } }
        #expect(throws: ClosureWeightsError(parameter: "deaths", value: "nan")) { try ClosureWeights { $0 == "deaths" ? "nan" : nil } }
    }

    @Test("inspection ratings as ICE writes them sort into adverse, passed, pending and unrated")
    func inspectionOutcomes() {
        for rating in ["Fail", "Failure", "Deficient", "Does Not Meet Standards", "At-Risk", " fail "] {
            #expect(InspectionOutcome(rating: rating) == .adverse, "\(rating)")
        }
        for rating in ["Pass", "pass", "Acceptable", "Meets Standard", "Meets Standards", "Superior", "Good", "Acceptable/Adequate"] {
            #expect(InspectionOutcome(rating: rating) == .passed, "\(rating)")
        }
        for rating in ["Pending", "Pending Final Report", "Pending FInal Report", "TAR Assigned", "TAR-Not Rated"] {
            #expect(InspectionOutcome(rating: rating) == .pending, "\(rating)")
        }
        for rating in [nil, "*", "N/A", "Overcome by Events", "Special Review - Pre-Occupancy"] {
            #expect(InspectionOutcome(rating: rating) == .unrated, "\(rating ?? "nil")")
        }
    }
}
