import VigilCore

/// Collects a release's anomalies, folding repeats into one entry with a count.
///
/// A placeholder seen in 60 cells of one column is one anomaly with `occurrences: 60` and
/// the first cell as its location, not 60 lines on the releases page. The detail is written
/// once the count is known.
struct AnomalyLedger {
    private struct Key: Hashable {
        let kind: ReleaseAnomaly.Kind
        let column: String
        let value: String
    }

    private struct Tally {
        let facts: ReleaseAnomalyFacts
        let location: SourceLocation
        var occurrences: Int
    }

    private enum Slot {
        case tally(Key)
        case single(ReleaseAnomaly)
    }

    private var slots: [Slot] = []
    private var tallies: [Key: Tally] = [:]

    /// Counts one more occurrence of `facts`' kind for this column and value; the first
    /// occurrence's facts and location stand for all of them.
    mutating func count(_ facts: ReleaseAnomalyFacts, column: String, value: String, at location: SourceLocation) {
        count(facts.kind, column: column, value: value, facts: facts, at: location)
    }

    /// The same, the facts and location made only for the first occurrence: every cell of a
    /// date column counts one, and making each one's facts (its example formatted) was 0.5% of
    /// a workbook import's CPU.
    mutating func count(_ kind: ReleaseAnomaly.Kind, column: String, value: String,
                        facts: @autoclosure () -> ReleaseAnomalyFacts, at location: @autoclosure () -> SourceLocation) {
        let key = Key(kind: kind, column: column, value: value)
        if let index = tallies.index(forKey: key) {
            tallies.values[index].occurrences += 1
            return
        }
        let facts = facts()
        assert(facts.kind == kind, "an anomaly counted as \(kind) whose facts are \(facts.kind)")
        slots.append(.tally(key))
        tallies[key] = Tally(facts: facts, location: location(), occurrences: 1)
    }

    /// Records an anomaly that is not aggregated (a skipped row, a date judgement).
    mutating func record(_ anomaly: ReleaseAnomaly) {
        slots.append(.single(anomaly))
    }

    /// Everything recorded, in the order first seen.
    var anomalies: [ReleaseAnomaly] {
        slots.map { slot in
            switch slot {
            case .single(let anomaly):
                return anomaly
            case .tally(let key):
                let tally = tallies[key]!
                return ReleaseAnomaly(tally.facts, at: tally.location, occurrences: tally.occurrences)
            }
        }
    }
}
