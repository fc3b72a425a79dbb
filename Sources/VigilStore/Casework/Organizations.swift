import Foundation
import SQLKit
import VigilCore

/// What went wrong changing an organization, in words the person can act on.
public enum OrganizationError: Error, Sendable, Hashable, CustomStringConvertible {
    case slugTaken(String)
    case invalidSlug(String)
    case blankName
    case noSuchOrganization(String)
    case noSuchUser(String)
    case blankReason

    public var description: String {
        switch self {
        case .slugTaken(let slug): "There is already an organization “\(slug)”. `vigil org list` shows them all."
        case .invalidSlug(let slug): "“\(slug)” is not a usable slug: 2 to 60 lower-case letters, digits and single dashes (e.g. south-texas-legal)."
        case .blankName: "The organization needs a name."
        case .noSuchOrganization(let slug): "There is no organization “\(slug)”. `vigil org list` shows them all."
        case .noSuchUser(let email): "There is no account for \(email): add it first with `vigil user add \(email) --role viewer`."
        case .blankReason: "Breaking the glass needs a reason: say why you must open this organization's cases."
        }
    }
}

/// Organizations, their members, and the break-glass grants that let a Vigil admin read an
/// organization's cases. Every change is audited in the same transaction.
public struct Organizations: Sendable {
    let database: VigilDatabase

    public init(database: VigilDatabase) { self.database = database }

    /// How long a break-glass grant lasts.
    public static let grantMinutes = 60

    struct Row: Decodable {
        var id: Int; var name: String; var slug: String; var kind: String
        var organization: Organization {
            Organization(id: id, name: name, slug: slug, kind: OrganizationKind(rawValue: kind) ?? .legalTeam)
        }
    }

    @discardableResult
    public func add(name: String, slug: String, kind: OrganizationKind, synthetic: Bool = false,
                    by actor: AuditEvent.Actor) async throws -> Organization {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = slug.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !name.isEmpty else { throw OrganizationError.blankName }
        guard Organization.isValidSlug(slug) else { throw OrganizationError.invalidSlug(slug) }
        return try await database.transaction { db in
            if try await Self.organization(slug: slug, on: db) != nil { throw OrganizationError.slugTaken(slug) }
            try await db.raw("""
                INSERT INTO organizations (name, slug, kind, synthetic, created_at)
                VALUES (\(bind: name), \(bind: slug), \(bind: kind.rawValue), \(bind: synthetic ? 1 : 0), \(bind: Timestamp.now()))
                """).run()
            guard let organization = try await Self.organization(slug: slug, on: db) else { throw OrganizationError.noSuchOrganization(slug) }
            try await AuditLog.record(AuditEvent(actor: actor, action: "org.add", subject: "org \(slug)",
                                                 details: ["kind": kind.rawValue]), on: db)
            return organization
        }
    }

    public func all() async throws -> [Organization] {
        try await database.sql.raw("SELECT id, name, slug, kind FROM organizations ORDER BY name").all(decoding: Row.self).map(\.organization)
    }

    public func organization(slug: String) async throws -> Organization? {
        try await Self.organization(slug: slug.lowercased(), on: database.sql)
    }

    static func organization(slug: String, on db: any SQLDatabase) async throws -> Organization? {
        try await db.raw("SELECT id, name, slug, kind FROM organizations WHERE slug = \(bind: slug)").first(decoding: Row.self)?.organization
    }

    /// Adds `email`'s account to the organization with `role`, or changes its role there.
    public func setMember(slug: String, email: String, role: OrganizationRole, by actor: AuditEvent.Actor) async throws {
        let email = User.normalizedEmail(email)
        try await database.transaction { db in
            guard let organization = try await Self.organization(slug: slug.lowercased(), on: db) else {
                throw OrganizationError.noSuchOrganization(slug)
            }
            struct UserRow: Decodable { var id: Int }
            guard let user = try await db.raw("SELECT id FROM users WHERE email = \(bind: email)").first(decoding: UserRow.self) else {
                throw OrganizationError.noSuchUser(email)
            }
            struct RoleRow: Decodable { var role: String }
            let previous = try await db.raw("""
                SELECT role FROM organization_members WHERE organization_id = \(bind: organization.id) AND user_id = \(bind: user.id)
                """).first(decoding: RoleRow.self)
            if previous == nil {
                try await db.raw("""
                    INSERT INTO organization_members (organization_id, user_id, role, added_at)
                    VALUES (\(bind: organization.id), \(bind: user.id), \(bind: role.rawValue), \(bind: Timestamp.now()))
                    """).run()
            } else {
                try await db.raw("""
                    UPDATE organization_members SET role = \(bind: role.rawValue)
                    WHERE organization_id = \(bind: organization.id) AND user_id = \(bind: user.id)
                    """).run()
            }
            try await AuditLog.record(AuditEvent(actor: actor, action: "org.set_member", subject: "org \(organization.slug)",
                                                 details: ["member": email, "role": role.rawValue, "previous_role": previous?.role ?? "none"]),
                                      on: db)
        }
    }

    public func members(of organization: Organization) async throws -> [Membership] {
        struct Row: Decodable { var user_id: Int; var email: String; var role: String }
        return try await database.sql.raw("""
            SELECT m.user_id, u.email, m.role FROM organization_members m JOIN users u ON u.id = m.user_id
            WHERE m.organization_id = \(bind: organization.id) ORDER BY u.email
            """).all(decoding: Row.self).map {
            Membership(organization: organization, userID: $0.user_id, email: $0.email, role: OrganizationRole(rawValue: $0.role) ?? .intake)
        }
    }

    /// The organizations `userID` belongs to, with the role in each.
    public func memberships(userID: Int) async throws -> [Membership] {
        struct Row: Decodable { var id: Int; var name: String; var slug: String; var kind: String; var role: String; var email: String }
        return try await database.sql.raw("""
            SELECT o.id, o.name, o.slug, o.kind, m.role, u.email FROM organization_members m
            JOIN organizations o ON o.id = m.organization_id JOIN users u ON u.id = m.user_id
            WHERE m.user_id = \(bind: userID) ORDER BY o.name
            """).all(decoding: Row.self).map {
            Membership(organization: Organization(id: $0.id, name: $0.name, slug: $0.slug, kind: OrganizationKind(rawValue: $0.kind) ?? .legalTeam),
                       userID: userID, email: $0.email, role: OrganizationRole(rawValue: $0.role) ?? .intake)
        }
    }

    /// What `user` may do with `organization`'s cases. Disabled accounts never reach here
    /// (their sessions end), but are refused anyway.
    public func access(for user: User?, to organization: Organization, now: Date = Date()) async throws -> CaseAccess {
        guard let user, !user.isDisabled else { return .none }
        struct RoleRow: Decodable { var role: String }
        let membership = try await database.sql.raw("""
            SELECT role FROM organization_members WHERE organization_id = \(bind: organization.id) AND user_id = \(bind: user.id)
            """).first(decoding: RoleRow.self).flatMap { OrganizationRole(rawValue: $0.role) }
        var live = false
        if membership == nil, user.role == .admin {
            struct Grant: Decodable { var id: Int }
            live = try await database.sql.raw("""
                SELECT id FROM break_glass_grants WHERE organization_id = \(bind: organization.id) AND user_id = \(bind: user.id)
                AND expires_at > \(bind: Timestamp.iso(now))
                """).first(decoding: Grant.self) != nil
        }
        return CaseAccess.decide(siteRole: user.role, membership: membership, hasLiveGrant: live)
    }

    /// Records a Vigil admin's break-glass grant on `organization`, with the reason, for
    /// `grantMinutes`. The caller checks the user is an admin.
    public func breakGlass(_ organization: Organization, user: User, reason: String, now: Date = Date()) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw OrganizationError.blankReason }
        let expires = now.addingTimeInterval(TimeInterval(Self.grantMinutes * 60))
        try await database.transaction { db in
            try await db.raw("""
                INSERT INTO break_glass_grants (organization_id, user_id, reason, granted_at, expires_at)
                VALUES (\(bind: organization.id), \(bind: user.id), \(bind: String(reason.prefix(2_000))),
                        \(bind: Timestamp.iso(now)), \(bind: Timestamp.iso(expires)))
                """).run()
            try await AuditLog.record(AuditEvent(actor: .user(id: user.id, email: user.email), action: "org.break_glass",
                                                 subject: "org \(organization.slug)",
                                                 details: ["reason": String(reason.prefix(2_000)), "expires_at": Timestamp.iso(expires)]),
                                      on: db, at: now)
        }
    }
}
