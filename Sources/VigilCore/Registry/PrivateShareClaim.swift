/// The coalition letter's claim, “over 90% detained at facilities run by private companies”,
/// checked against one release's national share.
///
/// Unknown operators could go either way, so the check gives a range: at least the private
/// ADP (every unknown row public), at most private plus unknown (every unknown row private).
/// The claim holds when even the lower bound is over the threshold, fails when even the upper
/// bound is not, and cannot be decided otherwise. The same is worked out again without the
/// inference method, so a reader sees whether the verdict rests on it.
public struct PrivateShareClaim: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        case holds, fails, undecided
    }

    public static let threshold = 0.9
    public static let wording = "over 90% detained at facilities run by private companies"

    public var share: PrivateShare
    /// Private ADP ÷ all ADP: unknown rows counted as not private.
    public var lowerBound: Double?
    /// (Private + unknown ADP) ÷ all ADP: unknown rows counted as private.
    public var upperBound: Double?
    public var verdict: Verdict
    /// The lower bound when the inference method is left out (its rows counted unknown).
    public var lowerBoundWithoutInference: Double?

    public init(_ share: PrivateShare) {
        self.share = share
        let total = share.totalADP
        lowerBound = total > 0 ? share.privateADP / total : nil
        upperBound = total > 0 ? (share.privateADP + share.unknownADP) / total : nil
        lowerBoundWithoutInference = total > 0 ? (share.privateADP - (share.privateADPByMethod[.localGovernmentInference] ?? 0)) / total : nil
        if let lowerBound, lowerBound > Self.threshold { verdict = .holds }
        else if let upperBound, upperBound <= Self.threshold { verdict = .fails }
        else { verdict = .undecided }
    }
}
