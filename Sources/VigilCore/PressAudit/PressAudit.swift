/// The press audit of one article against one letter: its quotations, numbers, names and
/// claims, in the order they appear.
public enum PressAudit {
    public static func findings(_ article: PressArticle, source: AuditSource) -> [PressFinding] {
        (QuoteCheck.findings(article, source: source) + NumberCheck.findings(article, source: source)
            + NameCheck.findings(article, source: source) + ClaimCheck.findings(article, source: source))
            .sorted { ($0.start, PressFinding.Kind.allCases.firstIndex(of: $0.kind)!) < ($1.start, PressFinding.Kind.allCases.firstIndex(of: $1.kind)!) }
    }

    /// How many findings have each verdict.
    public static func counts(_ findings: [PressFinding]) -> [(verdict: PressVerdict, count: Int)] {
        PressVerdict.allCases.compactMap { verdict in
            let count = findings.filter { $0.verdict == verdict }.count
            return count == 0 ? nil : (verdict, count)
        }
    }
}
