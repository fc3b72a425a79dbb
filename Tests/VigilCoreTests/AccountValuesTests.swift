import Testing
import VigilCore

@Suite("Account values")
struct AccountValuesTests {
    @Test("roles include every role below them")
    func roles() {
        #expect(Role.admin.includes(.editor) && Role.admin.includes(.viewer))
        #expect(Role.editor.includes(.editor) && !Role.editor.includes(.admin))
        #expect(!Role.viewer.includes(.editor))
    }

    @Test("passwords shorter than 12 characters are refused")
    func passwordPolicy() {
        #expect(PasswordPolicy.refusal(for: "elevenchars") != nil)
        #expect(PasswordPolicy.refusal(for: "twelve chars") == nil)
    }

    @Test("emails are compared without case and spaces")
    func emails() {
        #expect(User.normalizedEmail("  Ana@Example.ORG\n") == "ana@example.org")
        #expect(User.isPlausibleEmail("ana@example.org"))
        #expect(!User.isPlausibleEmail("ana"))
        #expect(!User.isPlausibleEmail("ana @example.org"))
    }
}
