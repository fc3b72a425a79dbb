import Hummingbird
import VigilCore

/// What the deaths page's decision forms post (a likely duplicate judged, a link set or
/// removed): an editor, the death's id and one of the form's decisions. Read once here so both
/// refuse a missing death or an unknown decision the same way, before anything is changed.
struct DeathDecisionForm<Decision: RawRepresentable & Sendable> where Decision.RawValue == String {
    static var deathField: String { "death" }
    static var decisionField: String { "decision" }

    let editor: User
    let fields: FormFields
    let deathID: Int
    let decision: Decision

    /// `noDeath` and `unknownDecision` finish the refusals' sentences, saying what to do instead.
    static func read(_ request: Request, context: VigilRequestContext, noDeath: String, decisions: String) async throws -> Self {
        let editor = try context.requireRole(.editor)
        var request = request
        let fields = try await FormFields.read(&request)
        guard let id = fields[deathField].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
            throw WebError.badRequest(t("error.death.no_death", ["hint": noDeath]))
        }
        guard let decision = fields[decisionField].flatMap(Decision.init(rawValue:)) else {
            throw WebError.badRequest(t("error.form.unknown_decision", ["decisions": decisions]))
        }
        return Self(editor: editor, fields: fields, deathID: id, decision: decision)
    }
}
