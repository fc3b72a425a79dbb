/// One release path as the queue and the drafts weigh it: the screener's kind and status,
/// what triggered it and the evidence still to gather. Made from a `ScreeningPath`.
public struct ReleasePathStanding: Sendable, Hashable {
    /// `tps`, `parole-212.5b`, `directive-11032.4`, `directive-11063.2`, `fraihat`, `mandatory-detention`, `bond`.
    public var kind: String
    /// `meets`, `may-meet`, `blocked`, `not-met`.
    public var status: String
    public var rule: String
    public var because: [String]
    public var missingEvidence: [String]
    public var source: String
    public var effective: String

    public init(kind: String, status: String, rule: String, because: [String] = [], missingEvidence: [String] = [],
                source: String = "", effective: String = "") {
        self.kind = kind
        self.status = status
        self.rule = rule
        self.because = because
        self.missingEvidence = missingEvidence
        self.source = source
        self.effective = effective
    }

    /// A path that opens release (not the mandatory-detention flag) and that the person meets or may meet.
    public var isOpen: Bool { kind != "mandatory-detention" && (status == "meets" || status == "may-meet") }
    public var blocksRelease: Bool { kind == "mandatory-detention" && status == "blocked" }
}
