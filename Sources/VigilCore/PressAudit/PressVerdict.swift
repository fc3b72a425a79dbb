/// Every verdict the press audit gives, spelled as in exports.
public enum PressVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    // quotations
    case exact
    case alteredIndicated = "altered-indicated"
    case misquote
    case notFound = "not-found"
    // numbers
    case agrees
    case contradicts
    case unsupported
    // names
    case listed
    case notListed = "not-listed"
    case ambiguous
    // claims (and `unsupported`)
    case supported
    case polarityFlip = "polarity-flip"
    case scopeOverreach = "scope-overreach"

    /// Whether a person should look at it: everything but a faithful quotation, an agreeing
    /// number, a listed name and a supported claim.
    public var needsReview: Bool {
        switch self {
        case .exact, .alteredIndicated, .agrees, .listed, .supported: false
        default: true
        }
    }
}
