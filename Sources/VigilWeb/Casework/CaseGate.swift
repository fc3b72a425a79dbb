import Foundation
import VigilCore
import VigilStore

/// The door every case route goes through: finds the organization, decides the reader's
/// access, and opens the case archive with the data key.
///
/// Anyone who may not see an organization's cases gets the same 404 whether or not the
/// organization or case exists, so nothing (not even a name in an address) leaks. A Vigil
/// admin is told to break the glass instead (403): admins manage organizations, so knowing one
/// exists tells them nothing new.
struct CaseGate: Sendable {
    let database: VigilDatabase
    let key: DataKey?

    /// The one answer for a reader who may not look.
    /// Computed at each refusal, so it is in the reader's language.
    static var hidden: WebError { WebError.notFound(t("error.cases.hidden")) }

    struct Opened: Sendable {
        var organization: Organization
        var access: CaseAccess
        var archive: CaseArchive
        var user: User

        /// How reads under this access are audited.
        func reader(_ purpose: String) -> CaseArchive.Reader {
            CaseArchive.Reader(actor: .user(id: user.id, email: user.email), ground: access.auditGround, purpose: purpose)
        }

        /// Members change cases; a break-glass grant only reads.
        func requireChange() throws {
            guard access.mayChangeCases else {
                throw WebError.forbidden(t("error.cases.members_only", ["organization": organization.name]))
            }
        }
    }

    /// The organization `slug` and the signed-in reader's access to its cases, or the refusal.
    func open(_ slug: String, context: VigilRequestContext) async throws -> Opened {
        guard let user = context.user else { throw Self.hidden }
        guard let organization = try await Organizations(database: database).organization(slug: slug) else {
            if user.role == .admin { throw WebError.notFound(t("error.cases.no_organization", ["slug": slug])) }
            throw Self.hidden
        }
        let access = try await Organizations(database: database).access(for: user, to: organization)
        switch access {
        case .none: throw Self.hidden
        case .adminWithoutGrant:
            throw WebError.forbidden(t("error.cases.not_a_member", ["organization": organization.name,
                                                                "path": SiteURL.organization(slug: organization.slug).path]))
        case .member, .breakGlass:
            guard let key else {
                throw WebError.unavailable(t("error.cases.no_data_key", ["variable": DataKey.environmentVariable]))
            }
            return Opened(organization: organization, access: access, archive: CaseArchive(database: database, key: key), user: user)
        }
    }

    /// `open`, then the case `id` audited as read for `purpose`; the same 404 when the organization has no such case.
    func openCase(_ slug: String, id: Int, purpose: String, context: VigilRequestContext) async throws -> (Opened, StoredCase) {
        let opened = try await open(slug, context: context)
        guard let stored = try await opened.archive.read(id: id, in: opened.organization, by: opened.reader(purpose)) else { throw Self.hidden }
        return (opened, stored)
    }

    static func caseID(_ context: VigilRequestContext) throws -> Int {
        guard let text = context.parameters.get("id"), let id = Int(text), id > 0 else { throw hidden }
        return id
    }

    static func slug(_ context: VigilRequestContext) throws -> String {
        guard let slug = context.parameters.get("slug") else { throw hidden }
        return slug
    }
}
