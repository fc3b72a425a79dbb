/// One release path the screener checked, and how the person's facts stand against it.
///
/// Every path says which rule it applied (`rule`), where that rule is written (`source`) and
/// since when it applies (`effective`, an ISO 8601 date as precise as the source states it:
/// `2021-07-01`, `2022-04` or `2006`), the facts that decided its status (`because`) and the
/// documents a representative still needs (`missing_evidence`).
public struct ScreeningPath: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case tps
        case parole = "parole-212.5b"
        case pregnancyDirective = "directive-11032.4"
        case mentalHealthDirective = "directive-11063.2"
        case fraihat
        case mandatoryDetention = "mandatory-detention"
        case bond
    }

    /// How the facts stand against the rule.
    ///
    /// - `meets`: every criterion the rule names is met by the facts given (evidence to prove
    ///   them may still be missing).
    /// - `may-meet`: the facts fit, but one is unknown or needs a doctor's or lawyer's judgement.
    /// - `blocked`: a bar applies, for a lawyer to weigh: a mandatory-detention ground blocking
    ///   discretionary release, or TPS's criminal bar. On a `mandatory-detention` path it means
    ///   the ground applies on the facts given.
    /// - `not-met`: the facts given do not meet it (or do not say, when `because` says so).
    public enum Status: String, Sendable, Codable, CaseIterable {
        case meets
        case mayMeet = "may-meet"
        case blocked
        case notMet = "not-met"
    }

    public var rule: String
    public var kind: Kind
    public var status: Status
    public var because: [String]
    public var missingEvidence: [String]
    public var source: String
    public var effective: String

    public init(rule: String, kind: Kind, status: Status, because: [String], missingEvidence: [String], source: String, effective: String) {
        self.rule = rule
        self.kind = kind
        self.status = status
        self.because = because
        self.missingEvidence = missingEvidence
        self.source = source
        self.effective = effective
    }

    enum CodingKeys: String, CodingKey {
        case rule, kind, status, because, source, effective
        case missingEvidence = "missing_evidence"
    }
}
