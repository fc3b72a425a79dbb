/// The closure ranking: every candidate scored by a weighted sum of its factors, each factor
/// first scaled to 0...1 by the largest value any candidate has.
///
/// Scaling by the maximum keeps the method explainable in one sentence and makes a weight mean
/// the same thing for every factor: the facility with the most deaths gets the full deaths
/// weight, one with half as many gets half. The score is the weighted sum over the sum of the
/// weights, times 100, so it reads as a share of the worst possible record.
public struct ClosureRanking: Sendable {
    public struct Entry: Hashable, Sendable {
        public var rank: Int
        public var candidate: ClosureCandidate
        /// 0...100.
        public var score: Double
        /// Each factor's share of the score, in score points; they add up to `score`.
        public var contributions: [ClosureFactor: Double]
    }

    public var weights: ClosureWeights
    /// The largest raw value of each factor among the candidates: the divisor behind the scaling.
    public var maxima: [ClosureFactor: Double]
    public var entries: [Entry]

    public init(candidates: [ClosureCandidate], weights: ClosureWeights) {
        var maxima: [ClosureFactor: Double] = [:]
        for factor in ClosureFactor.allCases {
            maxima[factor] = candidates.map { $0[factor] }.max() ?? 0
        }
        let totalWeight = weights.total
        let scored = candidates.map { candidate -> (ClosureCandidate, Double, [ClosureFactor: Double]) in
            var contributions: [ClosureFactor: Double] = [:]
            for factor in ClosureFactor.allCases {
                let maximum = maxima[factor] ?? 0
                let scaled = maximum > 0 ? max(candidate[factor], 0) / maximum : 0
                contributions[factor] = totalWeight > 0 ? 100 * weights[factor] * scaled / totalWeight : 0
            }
            return (candidate, contributions.values.reduce(0, +), contributions)
        }
        // Ties keep a stable, explainable order: more people held first, then by name.
        let ordered = scored.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.0[.population] != b.0[.population] { return a.0[.population] > b.0[.population] }
            return a.0.name < b.0.name
        }
        var entries: [Entry] = []
        for (index, item) in ordered.enumerated() {
            // Equal scores share a rank ("1, 2, 2, 4").
            let rank = index > 0 && entries[index - 1].score == item.1 ? entries[index - 1].rank : index + 1
            entries.append(Entry(rank: rank, candidate: item.0, score: item.1, contributions: item.2))
        }
        self.weights = weights
        self.maxima = maxima
        self.entries = entries
    }
}
