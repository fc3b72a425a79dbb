import Foundation
import Hummingbird
import VigilCore
import VigilStore

/// Organizations on the web: the list, adding one (Vigil admins), one organization's page,
/// its members (Vigil admins and the organization's admins), and break-glass (Vigil admins).
/// Every change is audited by the store in the same transaction.
enum OrganizationController {
    static func list(_ request: Request, context: VigilRequestContext, database: VigilDatabase, problem: String? = nil,
                     status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let user = context.user else {
            return Response(status: .seeOther, headers: [.location: ReturnPath.signIn(returningTo: SiteURL.organizations.path)])
        }
        let organizations = Organizations(database: database)
        let model = OrganizationsModel(chrome: await PageChrome.load(database: database), csrfToken: context.signIn?.csrfToken ?? "",
                                       memberships: try await organizations.memberships(userID: user.id),
                                       all: user.role == .admin ? try await organizations.all() : nil, problem: problem)
        return HTMLResponse.make(OrganizationsView.render(model), status: status)
    }

    static func create(_ request: Request, context: VigilRequestContext, database: VigilDatabase) async throws -> Response {
        let admin = try context.requireRole(.admin)
        var request = request
        let form = try await FormFields.read(&request)
        let kind = OrganizationKind(rawValue: form["kind"] ?? "") ?? .legalTeam
        do {
            let organization = try await Organizations(database: database).add(name: form["name"] ?? "", slug: form["slug"] ?? "", kind: kind,
                                                                               by: .user(id: admin.id, email: admin.email))
            return Response(status: .seeOther, headers: [.location: SiteURL.organization(slug: organization.slug).path])
        } catch let error as OrganizationError {
            return try await list(request, context: context, database: database, problem: t("organizations.nothing_was_added", ["problem": error.localizedMessage]),
                                  status: .unprocessableContent)
        }
    }

    static func page(slug: String, context: VigilRequestContext, database: VigilDatabase, key: DataKey?,
                     problem: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard let user = context.user else { throw CaseGate.hidden }
        let organizations = Organizations(database: database)
        guard let organization = try await organizations.organization(slug: slug) else { throw CaseGate.hidden }
        let access = try await organizations.access(for: user, to: organization)
        guard access != .none else { throw CaseGate.hidden }
        var cases: [StoredCase]?
        if access.mayReadCases {
            let opened = try await CaseGate(database: database, key: key).open(slug, context: context)
            cases = try await opened.archive.list(organization, by: opened.reader("organization page"))
        }
        let manages: Bool
        if case .member(let role) = access { manages = role.mayManageMembers || user.role == .admin } else { manages = user.role == .admin }
        let model = OrganizationModel(chrome: await PageChrome.load(database: database), csrfToken: context.signIn?.csrfToken ?? "",
                                      organization: organization, access: access, cases: cases,
                                      members: try await organizations.members(of: organization), managesMembers: manages,
                                      problem: problem, today: .today)
        return HTMLResponse.make(OrganizationView.render(model), status: status)
    }

    static func setMember(slug: String, _ request: Request, context: VigilRequestContext, database: VigilDatabase, key: DataKey?) async throws -> Response {
        guard let user = context.user else { throw CaseGate.hidden }
        let organizations = Organizations(database: database)
        guard let organization = try await organizations.organization(slug: slug) else { throw CaseGate.hidden }
        let access = try await organizations.access(for: user, to: organization)
        var allowed = user.role == .admin
        if case .member(let role) = access, role.mayManageMembers { allowed = true }
        guard allowed else {
            if access == .none { throw CaseGate.hidden }
            throw WebError.forbidden(t("organizations.only_admins_add_members"))
        }
        var request = request
        let form = try await FormFields.read(&request)
        guard let role = OrganizationRole(rawValue: form["role"] ?? "") else {
            throw WebError.badRequest(t("organizations.choose_a_role", ["roles": OrganizationRole.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        do {
            try await organizations.setMember(slug: slug, email: form["email"] ?? "", role: role, by: context.auditActor)
        } catch let error as OrganizationError {
            return try await page(slug: slug, context: context, database: database, key: key,
                                  problem: t("organizations.nothing_was_changed", ["problem": error.localizedMessage]), status: .unprocessableContent)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.organization(slug: slug).path])
    }

    static func breakGlass(slug: String, _ request: Request, context: VigilRequestContext, database: VigilDatabase, key: DataKey?) async throws -> Response {
        guard let user = context.user else { throw CaseGate.hidden }
        let organizations = Organizations(database: database)
        guard user.role == .admin else {
            // Whether the organization exists is nobody else's business.
            throw CaseGate.hidden
        }
        guard let organization = try await organizations.organization(slug: slug) else { throw WebError.notFound(t("organizations.no_such_organization", ["slug": slug])) }
        var request = request
        let form = try await FormFields.read(&request)
        do {
            try await organizations.breakGlass(organization, user: user, reason: form["reason"] ?? "")
        } catch let error as OrganizationError {
            return try await page(slug: slug, context: context, database: database, key: key,
                                  problem: error.localizedMessage, status: .unprocessableContent)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.organization(slug: slug).path])
    }
}
