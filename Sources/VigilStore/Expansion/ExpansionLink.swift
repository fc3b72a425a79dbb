import VigilCore

/// A record of the expansion lists tied (or not yet tied) to a registry facility.
public struct ExpansionLink: Sendable, Hashable {
    /// What kind of record: an award, an agenda item, a dossier.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case award
        case agendaItem = "agenda-item"
        case dossier
    }

    /// `award:ID`, `agenda-item:ID` or `dossier:ID`: how the review command and the review page
    /// name an expansion record, apart from a workbook facility key. Nil when `text` is not one.
    public static func record(named text: String) -> (kind: Kind, key: String)? {
        guard let colon = text.firstIndex(of: ":"), let kind = Kind(rawValue: String(text[..<colon])) else { return nil }
        let key = String(text[text.index(after: colon)...])
        return key.isEmpty ? nil : (kind, key)
    }

    public var kind: Kind
    /// The list's own id: award id, agenda item id, dossier id.
    public var key: String
    /// The code, or the suggestion when not accepted.
    public var code: String?
    public var method: FacilityMatchMethod
    public var confidence: Double
    public var accepted: Bool
    /// Why it is doubtful, or what the matcher saw.
    public var evidence: String?

    public init(kind: Kind, key: String, code: String?, method: FacilityMatchMethod, confidence: Double, accepted: Bool, evidence: String?) {
        self.kind = kind
        self.key = key
        self.code = code
        self.method = method
        self.confidence = confidence
        self.accepted = accepted
        self.evidence = evidence
    }

    /// The link a mention makes: the one code named; several codes or only a weaker match are
    /// doubtful, kept for a person; nothing named is no link at all.
    /// `states`: the states the record is about; a facility found elsewhere (by the matcher's
    /// state-less query) is only a suggestion then. `codeStates`: each code's state.
    static func make(_ kind: Kind, key: String, mention: FacilityMention, states: [String] = [],
                     codeStates: [String: String] = [:]) -> ExpansionLink? {
        if let match = mention.match, !states.isEmpty, let state = codeStates[match.code], !states.contains(state) {
            return ExpansionLink(kind: kind, key: key, code: match.code, method: match.method, confidence: match.confidence,
                                 accepted: false, evidence: "the facility named is in \(state), the record in \(states.joined(separator: ", ")); a person must decide")
        }
        if let match = mention.match {
            return ExpansionLink(kind: kind, key: key, code: match.code, method: match.method, confidence: match.confidence,
                                 accepted: true, evidence: match.evidence)
        }
        if mention.codes.count > 1, let first = mention.best.first {
            return ExpansionLink(kind: kind, key: key, code: first.code, method: first.method, confidence: first.confidence,
                                 accepted: false, evidence: "names several facilities: \(mention.codes.joined(separator: ", "))")
        }
        if let weak = mention.weaker.first {
            return ExpansionLink(kind: kind, key: key, code: weak.code, method: weak.method, confidence: weak.confidence,
                                 accepted: false, evidence: "only a weaker match (\(weak.method.rawValue), \(weak.confidence)); a person must decide")
        }
        return nil
    }
}
