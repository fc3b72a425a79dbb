import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// An editor's decision on one row of the review queues, posted from `/facilities/review`: a
/// workbook facility key, or an expansion record whose facility link is doubtful.
///
/// The CSRF middleware has already checked the form's token. The decision and its audit entry
/// are stored in one transaction, then the browser goes back to the queue (303).
enum FacilityDecisionController {
    /// What the review page's forms post.
    enum Field {
        static let key = "key"
        static let action = "action"
        static let code = "code"
    }

    /// `link` ties the key to `code` (confirming a suggestion posts its code); `reject` records it has none.
    enum Action: String, Sendable {
        case link, reject
    }

    /// One decision as the form states it, checked for shape but not yet against the store.
    struct Decision: Sendable, Hashable {
        /// What the row is: a workbook facility key, or an expansion record (`award:ID`,
        /// `agenda-item:ID`, `dossier:ID`), named as `vigil facilities review` names them.
        enum Subject: Sendable, Hashable {
            case workbook(FacilityKey)
            case expansion(ExpansionLink.Kind, String)

            var reference: String {
                switch self {
                case .workbook(let key): key.rawValue
                case .expansion(let kind, let key): "\(kind.rawValue):\(key)"
                }
            }
        }

        var subject: Subject
        /// nil rejects the key.
        var code: String?

        init(_ form: FormFields) throws {
            guard let key = form[Field.key]?.trimmingCharacters(in: .whitespaces), !key.isEmpty else {
                throw WebError.badRequest(t("facility_review.error.no_key"))
            }
            self.subject = ExpansionLink.record(named: key).map { .expansion($0.kind, $0.key) } ?? .workbook(FacilityKey(rawValue: key))
            switch form[Field.action].flatMap(Action.init(rawValue:)) {
            case .link:
                guard let code = form[Field.code]?.trimmingCharacters(in: .whitespaces).uppercased(), !code.isEmpty else {
                    throw WebError.badRequest(t("facility_review.error.no_code", ["key": key]))
                }
                self.code = code
            case .reject:
                self.code = nil
            case nil:
                throw WebError.badRequest(t("facility_review.error.no_decision"))
            }
        }
    }

    static func decide(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let editor = try context.requireRole(.editor)
        var request = request
        let decision = try Decision(try await FormFields.read(&request))
        let details = decision.code.map { ["decision": "link", "code": $0] } ?? ["decision": "reject"]
        switch decision.subject {
        case .workbook(let key):
            let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "facility.review", subject: key.rawValue, details: details)
            do {
                try await FacilityMatching(database: database).decide(key: key, code: decision.code, note: nil, by: editor.email, audit: audit)
            } catch let error as FacilityMatching.DecisionError {
                throw webError(error)
            }
        case .expansion(let kind, let key):
            // The same store as `vigil facilities review --link award:ID CODE`: a person's
            // decision, which later imports of the list leave alone.
            let audit = AuditEvent(actor: .user(id: editor.id, email: editor.email), action: "expansion.review",
                                   subject: decision.subject.reference, details: details)
            do {
                try await ExpansionArchive(database: database).decide(kind: kind, key: key, code: decision.code, note: nil,
                                                                      by: editor.email, audit: audit)
            } catch let error as ExpansionArchive.DecisionError {
                throw webError(error)
            }
        }
        let back = SiteURL.facilityReview.path + "?\(FacilityReviewController.decidedParameter)="
            + SiteURL.encodeQueryValue(decision.subject.reference)
        return Response(status: .seeOther, headers: [.location: back])
    }

    /// The store's refusal in the words of the web page (no command-line flags).
    static func webError(_ error: FacilityMatching.DecisionError) -> WebError {
        switch error {
        case .unknownKey(let key):
            return .badRequest(t("facility_review.error.unknown_key", ["key": key]))
        case .unknownCode(let code):
            return .badRequest(t("facility_review.error.unknown_code", ["code": code]))
        case .conflictsWithManualDecision(let key, let code, let method, let by, _):
            let arguments = ["key": key, "by": by, "method": method]
            return .conflict(code.map { t("facility_review.error.already_decided_code", arguments.merging(["code": $0]) { $1 }) }
                             ?? t("facility_review.error.already_decided", arguments))
        }
    }

    /// The store's refusal of an expansion record's link, without the command line's hint on how to name records.
    static func webError(_ error: ExpansionArchive.DecisionError) -> WebError {
        switch error {
        case .unknownRecord(let reference): .badRequest(t("facility_review.error.unknown_record", ["reference": reference]))
        case .unknownCode(let code): .badRequest(t("facility_review.error.unknown_code", ["code": code]))
        }
    }
}
