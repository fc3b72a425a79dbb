import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Reviewing signatures: editors see confirmed signatures with clustered names side by side,
/// and approve, reject or merge them one at a time. Each decision is audited.
enum SignatureReviewController {
    static func page(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        guard context.user != nil else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.letterReview(id: id).path)])
        }
        try context.requireRole(.editor)
        let letter = try await LettersController.readable(id, context: context, database: database)
        let queries = LetterQueries(database: database)
        let all = try await queries.signatures(letterID: id)
        // Unconfirmed signatures are not for review: they may be anyone's.
        let reviewable = all.filter { [.pending, .approved, .rejected].contains($0.status) }
        let clusters = OrganizationClusters.clusters(reviewable.map { OrganizationClusters.Entry(id: $0.id, name: $0.organization) })
        let byID = Dictionary(uniqueKeysWithValues: reviewable.map { ($0.id, $0) })
        let grouped = clusters.map { $0.compactMap { byID[$0] } }.filter { group in group.contains { $0.status != .rejected } }
        let inClusters = Set(grouped.flatMap { $0.map(\.id) })
        var counts: [(status: SignatureStatus, count: Int)] = []
        for status in SignatureStatus.allCases {
            let n = all.filter { $0.status == status }.count
            if n > 0 { counts.append((status, n)) }
        }
        let model = SignatureReviewModel(chrome: await PageChrome.load(database: database, section: .letters),
                                         csrfToken: context.signIn?.csrfToken ?? "", letter: letter,
                                         approvedCount: try await queries.approvedCount(letterID: id),
                                         clusters: grouped,
                                         pending: reviewable.filter { $0.status == .pending && !inClusters.contains($0.id) },
                                         flagged: all.filter { $0.changedSinceVersion != nil && [.unconfirmed, .pending, .approved].contains($0.status) },
                                         counts: counts)
        return HTMLResponse.make(SignatureReviewView.render(model))
    }

    static func decide(id: Int, request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        try context.requireRole(.editor)
        _ = try await LettersController.readable(id, context: context, database: database)
        var request = request
        let form = try await FormFields.read(&request)
        guard let signature = form["signature"].flatMap({ Int($0) }) else { throw WebError.badRequest(t("letters.error.no_signature")) }
        let decision: SignatureArchive.Decision
        switch form["decision"] {
        case "approve": decision = .approve
        case "reject": decision = .reject
        case "merge":
            guard let into = form["into"].flatMap({ Int($0) }) else { throw WebError.badRequest(t("letters.error.choose_merge_target")) }
            decision = .merge(into: into)
        default: throw WebError.badRequest(t("letters.error.choose_decision"))
        }
        do {
            try await SignatureArchive(database: database).decide(decision, signatureID: signature, letterID: id, audit: context.auditActor)
        } catch let refusal as SignatureArchive.Refusal {
            throw WebError.conflict(t("error.nothing_changed_after", ["reason": refusal.localizedMessage]))
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.letterReview(id: id).path])
    }
}
