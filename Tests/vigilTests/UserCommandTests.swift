import ArgumentParser
import Testing
import VigilCore
@testable import vigil

@Suite("User command line")
struct UserCommandTests {
    @Test("user add takes an email, a role and --password-stdin")
    func add() throws {
        let command = try #require(try Vigil.parseAsRoot(["user", "add", "ana@example.org", "--role", "editor", "--password-stdin"]) as? UserAddCommand)
        #expect(command.email == "ana@example.org")
        #expect(command.role == .editor)
        #expect(command.passwordStdin)
    }

    @Test("user add refuses a missing or unknown role and an implausible email")
    func addRefusals() {
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["user", "add", "ana@example.org"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["user", "add", "ana@example.org", "--role", "owner"]) }
        #expect(throws: (any Error).self) { try Vigil.parseAsRoot(["user", "add", "not-an-email", "--role", "admin"]) }
    }

    @Test("user list, set-role and disable parse")
    func others() throws {
        #expect(try Vigil.parseAsRoot(["user", "list"]) is UserListCommand)
        let setRole = try #require(try Vigil.parseAsRoot(["user", "set-role", "ana@example.org", "admin"]) as? UserSetRoleCommand)
        #expect(setRole.role == .admin)
        #expect(try Vigil.parseAsRoot(["user", "disable", "ana@example.org"]) is UserDisableCommand)
        #expect(Vigil.helpMessage().contains("user"))
    }
}
