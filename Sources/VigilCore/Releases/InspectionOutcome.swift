import Foundation

/// What an inspection's rating says, sorted into the few outcomes a reader acts on.
///
/// ICE's workbooks write ratings freely ("Meets Standard", "Meets Standards", "Pass",
/// "Acceptable/Adequate", "Does Not Meet Standards", "Failure", "At-Risk", "Pending Final
/// Report", "*"). Only the adverse ones feed the closure ranking, so that list is explicit here.
public enum InspectionOutcome: String, Hashable, Sendable, CaseIterable {
    /// Failed, deficient, does not meet standards, or at risk of failing.
    case adverse
    /// Passed at some level: acceptable, meets standards, good, superior.
    case passed
    /// Not yet rated: pending a final report or rating, or a technical assistance review assigned.
    case pending
    /// A placeholder, "N/A", overtaken by events, or a rating not seen before.
    case unrated

    public init(rating: String?) {
        let text = (rating ?? "").lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if Self.adverseRatings.contains(text) {
            self = .adverse
        } else if Self.passedRatings.contains(text) {
            self = .passed
        } else if text.hasPrefix("pending") || text.hasPrefix("tar") {
            self = .pending
        } else {
            self = .unrated
        }
    }

    /// Ratings that mean the facility failed the inspection, lowercased as written.
    public static let adverseRatings: Set<String> = ["fail", "failure", "failed", "deficient", "does not meet standards",
                                                     "does not meet standard", "at-risk", "at risk"]
    static let passedRatings: Set<String> = ["pass", "acceptable", "acceptable/adequate", "adequate", "meets standard",
                                             "meets standards", "good", "superior"]
}
