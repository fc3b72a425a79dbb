import Foundation
import Testing
import VigilCore
@testable import VigilStore
import VigilTestSupport

@Suite("Accounts store")
struct AccountStoreTests {
    @Test("accounts are added, listed, re-roled and disabled, each change audited", arguments: TestEngine.available)
    func lifecycle(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let accounts = UserAccounts(database: db)
            // given an account added from the command line, with a mixed-case email
            let added = try await accounts.add(email: " Ana@Example.org ", role: .editor, password: "a long enough password", by: .commandLine)
            #expect(added.email == "ana@example.org")
            // when its role is changed and it is disabled
            try await accounts.setRole(email: "ANA@example.org", to: .admin, by: .commandLine)
            try await accounts.disable(email: "ana@example.org", by: .commandLine)
            // then the list shows the outcome
            let all = try await accounts.all()
            #expect(all.count == 1)
            #expect(all[0].role == .admin && all[0].isDisabled)
            // and every change is in the audit log, newest first, with details
            let log = try await AuditLog(database: db).latest()
            #expect(log.map(\.action) == ["user.disable", "user.set_role", "user.add"])
            #expect(log.allSatisfy { $0.actor == "command line" && $0.subject == "ana@example.org" })
            #expect(log[1].details == ["from": "editor", "to": "admin"])
        }
    }

    @Test("duplicate emails, weak passwords and unknown accounts are refused", arguments: TestEngine.available)
    func refusals(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let accounts = UserAccounts(database: db)
            try await accounts.add(email: "ana@example.org", role: .viewer, password: "a long enough password", by: .commandLine)
            await #expect(throws: AccountError.emailTaken("ana@example.org")) {
                try await accounts.add(email: "ANA@example.org", role: .admin, password: "another long password", by: .commandLine)
            }
            await #expect(throws: AccountError.self) {
                try await accounts.add(email: "bo@example.org", role: .admin, password: "short", by: .commandLine)
            }
            await #expect(throws: AccountError.noSuchUser("nobody@example.org")) {
                try await accounts.setRole(email: "nobody@example.org", to: .admin, by: .commandLine)
            }
            // and a refused change leaves no audit entry
            #expect(try await AuditLog(database: db).latest().count == 1)
        }
    }

    @Test("a session is found by its token until it idles out or reaches its absolute limit", arguments: TestEngine.available)
    func sessionExpiry(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let user = try await UserAccounts(database: db).add(email: "ana@example.org", role: .editor,
                                                                password: "a long enough password", by: .commandLine)
            let sessions = SignInSessions(database: db)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            // given a session
            let (token, started) = try await sessions.start(for: user, now: start)
            // then the token is not what is stored
            struct Row: Decodable { var token_hash: String }
            let stored = try await db.sql.raw("SELECT token_hash FROM sessions").all(decoding: Row.self)
            #expect(stored.map(\.token_hash) == [SignInSessions.digest(token)])
            // and used every 11 hours it lives on, up to its absolute limit
            var moment = start
            for _ in 0..<15 {
                moment = moment.addingTimeInterval(11 * 60 * 60)
                #expect(try await sessions.session(token: token, now: moment)?.csrfToken == started.csrfToken)
            }
            #expect(try await sessions.session(token: token, now: start.addingTimeInterval(7 * 24 * 60 * 60 + 1)) == nil)
            // and a session left idle for 13 hours has ended
            let (idle, _) = try await sessions.start(for: user, now: start)
            #expect(try await sessions.session(token: idle, now: start.addingTimeInterval(13 * 60 * 60)) == nil)
            #expect(try await sessions.session(token: "not-a-token", now: start) == nil)
        }
    }

    @Test("disabling an account ends its sessions", arguments: TestEngine.available)
    func disableEndsSessions(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let accounts = UserAccounts(database: db)
            let user = try await accounts.add(email: "ana@example.org", role: .editor, password: "a long enough password", by: .commandLine)
            let (token, _) = try await SignInSessions(database: db).start(for: user)
            try await accounts.disable(email: user.email, by: .commandLine)
            #expect(try await SignInSessions(database: db).session(token: token) == nil)
        }
    }

    @Test("a hash from fewer iterations is replaced at 600,000 once its password verifies, audited; the same call again changes nothing",
          arguments: TestEngine.available)
    func passwordHashUpgrade(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { db in
            let accounts = UserAccounts(database: db)
            let password = "a long enough password"
            let user = try await accounts.add(email: "ana@example.org", role: .editor, password: password, by: .commandLine)
            // given a hash stored before the iteration count was raised
            let old = try PasswordHash.make(password, iterations: 210_000)
            try await db.sql.raw("UPDATE users SET password_hash = \(bind: old) WHERE id = \(bind: user.id)").run()
            #expect(PasswordHash.needsRehash(old))
            // when it is upgraded with the password that verified against it
            #expect(try await accounts.upgradePasswordHash(of: user, password: password, replacing: old))
            // then the stored hash is a new one at 600,000 that verifies the same password
            let stored = try #require(try await accounts.credentials(email: "ana@example.org")?.passwordHash)
            #expect(stored != old)
            #expect(PasswordHash.iterations(of: stored) == 600_000)
            #expect(PasswordHash.verify(password, against: stored))
            #expect(!PasswordHash.needsRehash(stored))
            // and the change is audited
            let entry = try #require(try await AuditLog(database: db).latest().first)
            #expect(entry.action == "user.password_rehashed" && entry.subject == "ana@example.org")
            #expect(entry.details == ["from_iterations": "210000", "to_iterations": "600000"])
            // when it is asked again with the old hash (already replaced), then nothing changes
            #expect(try await !accounts.upgradePasswordHash(of: user, password: password, replacing: old))
            #expect(try await accounts.credentials(email: "ana@example.org")?.passwordHash == stored)
            #expect(try await AuditLog(database: db).latest().filter { $0.action == "user.password_rehashed" }.count == 1)
        }
    }
}
