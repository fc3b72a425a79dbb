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

    /// The rule's name, as words a page draws in its language.
    public var title: CatalogueText
    public var kind: Kind
    public var status: Status
    /// The facts that decided the status, as words a page draws in its language.
    public var reasons: [CatalogueText]
    /// The documents a representative still needs, as words a page draws in its language.
    public var evidence: [CatalogueText]
    /// The legal source: citations are the same in every language, what Vigil says around them
    /// ("reversed by the Ninth Circuit on …") is drawn in the page's.
    public var sourceText: CatalogueText
    /// `sourceText` in English, as the API and `vigil screen` give it.
    public var source: String { sourceText.english }
    public var effective: String

    /// The rule's name in English, as the API and `vigil screen` give it.
    public var rule: String { title.english }
    /// `reasons` in English, as the API and `vigil screen` give them.
    public var because: [String] { reasons.map(\.english) }
    /// `evidence` in English, as the API and `vigil screen` give it.
    public var missingEvidence: [String] { evidence.map(\.english) }

    public init(title: CatalogueText, kind: Kind, status: Status, reasons: [CatalogueText], evidence: [CatalogueText],
                source: CatalogueText, effective: String) {
        self.title = title
        self.kind = kind
        self.status = status
        self.reasons = reasons
        self.evidence = evidence
        self.sourceText = source
        self.effective = effective
    }

    /// A path whose words are given as they are (read back from JSON, or written by a test).
    public init(rule: String, kind: Kind, status: Status, because: [String], missingEvidence: [String], source: String, effective: String) {
        self.init(title: .verbatim(rule), kind: kind, status: status, reasons: because.map(CatalogueText.verbatim),
                  evidence: missingEvidence.map(CatalogueText.verbatim), source: .verbatim(source), effective: effective)
    }

    enum CodingKeys: String, CodingKey {
        case rule, kind, status, because, source, effective
        case missingEvidence = "missing_evidence"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try c.decode(String.self, forKey: .rule), kind: try c.decode(Kind.self, forKey: .kind),
                  status: try c.decode(Status.self, forKey: .status), because: try c.decode([String].self, forKey: .because),
                  missingEvidence: try c.decode([String].self, forKey: .missingEvidence),
                  source: try c.decode(String.self, forKey: .source), effective: try c.decode(String.self, forKey: .effective))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(kind, forKey: .kind)
        try c.encode(status, forKey: .status)
        try c.encode(because, forKey: .because)
        try c.encode(missingEvidence, forKey: .missingEvidence)
        try c.encode(source, forKey: .source)
        try c.encode(effective, forKey: .effective)
    }

    /// Two paths are the same when they say the same in English, however their words are kept.
    public static func == (a: ScreeningPath, b: ScreeningPath) -> Bool {
        (a.rule, a.kind, a.status, a.because) == (b.rule, b.kind, b.status, b.because)
            && (a.missingEvidence, a.source, a.effective) == (b.missingEvidence, b.source, b.effective)
    }
}
